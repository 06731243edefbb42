// Smoke test of the built site: the home page renders a heading and loads nothing from
// another origin (the site must work offline and must not call third parties).
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { useSiteInBrowser } from './support/site-session.ts';

describe('home page', () => {
  const site = useSiteInBrowser();

  it('renders an <h1> and requests nothing from another origin', async () => {
    const visit = await openPage(site.browser, site.server.url, '/');
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
