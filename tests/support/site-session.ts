// The served site (dist/, or another build) and a Chromium for the tests of one describe block: started before its
// tests, stopped after them. Read `site.server` and `site.browser` inside the tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
}

/** `dir` says which built site to serve (default dist/), asked when the block's tests start. */
export function useSiteInBrowser(dir?: () => string): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.server = await serveDist(dir?.());
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
