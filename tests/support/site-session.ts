// The served dist/ and a Chromium for the tests of one describe block: started before its
// tests, stopped after them. Read `site.server` and `site.browser` inside the tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
}

export function useSiteInBrowser(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.server = await serveDist();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
