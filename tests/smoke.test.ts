// Smoke test of the built site: the home page renders a heading and loads nothing from
// another origin (the site must work offline and must not call third parties).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';

describe('home page', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders an <h1> and requests nothing from another origin', async () => {
    const visit = await openPage(browser, server.url, '/');
    try {
      expect(visit.response?.status()).toBe(200);
      const h1 = visit.page.locator('h1');
      expect(await h1.count()).toBeGreaterThanOrEqual(1);
      expect((await h1.first().innerText()).trim()).not.toBe('');
      // let late requests (fonts, lazy scripts) show up before checking
      await visit.page.waitForLoadState('networkidle');
      expect(visit.externalRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
