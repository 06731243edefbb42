// Accessibility of the built site (issue 3):
//   1. axe-core, WCAG 2.0/2.1 A and AA plus WCAG 2.2 AA rules, over the built HTML pages listed
//      from dist/ itself: zero violations, each failure reported as page, rule and target.
//   2. A keyboard walk of the main pages (home, a report, a theme, a standard, search): the
//      skip link is the first tab stop, is visible when focused and moves focus to <main>; then
//      Tab through every tab stop of the page (the walk must reach every focusable element),
//      and each focused element must be visible (in the viewport, not hidden, not transparent,
//      with a non-zero size) and show a focus indicator (an outline or a box-shadow).
//   3. Reflow (WCAG 1.4.10): at 320 CSS px wide, two pages of every type never scroll sideways.
// A first test proves the checks can fail (an image without alt, a focus without outline).
//
// Coverage and timing. axe costs ~0.25 s for a short page and ~1.3 s for a report (2 cores;
// page load ~0.1 s, injecting axe ~0.1 s, axe.run the rest; two tabs at a time). Every page of
// every type is checked, citation pages included (one per document, /cite/<report>/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { listPages, pagesByType, spread, type SitePage } from './support/site-pages.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Served by the test at this same-origin path, so Chromium caches axe's compiled code between pages. */
const AXE_PATH = '/__test-axe-core.js';
/** Pages axe checks at the same time (tabs of one browser); the machines have 2 cores. */
const CONCURRENCY = 2;

const pages = listPages();
const byType = pagesByType(pages);



interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

describe('accessibility', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const externalRequests: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    // bypassCSP: axe-core and the canary markup are injected, which the pages' policy would
    // block (the policy itself is tested by tests/csp.test.ts).
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
    const origin = new URL(server.url).origin;
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin && url.pathname === AXE_PATH) {
        await route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript', headers: { 'cache-control': 'max-age=3600' } });
      } else if (url.origin === origin || /^(data|blob|about):/.test(url.protocol)) {
        await route.continue();
      } else {
        externalRequests.push(url.href);
        await route.abort('blockedbyclient');
      }
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function axeCheck(page: Page, path: string): Promise<string[]> {
    const res = await page.goto(server.url + path, { waitUntil: 'load' });
    const status = res?.status() ?? 0;
    // 404.html is served by the file server as a file, with 200; every other page must be 200
    if (status !== 200) return [`${path}: HTTP ${status}`];
    await page.addScriptTag({ url: AXE_PATH });
    const violations = (await page.evaluate(
      async (tags) =>
        (
          await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          })
        ).violations,
      AXE_TAGS,
    )) as AxeViolation[];
    return violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${path}  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    target: ${JSON.stringify(n.target)}\n    html: ${n.html.slice(0, 200)}` +
          (n.failureSummary ? `\n    ${n.failureSummary.replace(/\n\s*/g, ' | ').slice(0, 400)}` : ''),
      ),
    );
  }

  /** Runs axe on each page, CONCURRENCY tabs at a time; returns every violation found. */
  async function axeAll(list: SitePage[]): Promise<string[]> {
    const queue = [...list];
    const found: string[] = [];
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        const page = await context.newPage();
        try {
          for (let p = queue.shift(); p; p = queue.shift()) found.push(...(await axeCheck(page, p.path)));
        } finally {
          await page.close();
        }
      }),
    );
    return found.sort();
  }

  it('lists the pages from dist/', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(byType.get('/cite/*/')?.length).toBe(byType.get('/reports/*/')?.length);
    expect(byType.get('/')?.length).toBe(1);
    expect(byType.get('/reports/*/')?.length).toBeGreaterThan(0);
  });

  for (const [type, list] of byType) {
    it(`axe ${AXE_TAGS.join('+')}: no violations on ${type} (all ${list.length})`, { timeout: 600_000 }, async () => {
      const violations = await axeAll(list);
      expect(violations, `${violations.length} violation(s):\n${violations.join('\n')}`).toEqual([]);
    });
  }

  // Pages whose scripts build part of the page (issue 13): checked once the script has run.
  it('axe: the compare page and the action tracker after their scripts ran', { timeout: 120_000 }, async () => {
    const scripted: [path: string, ready: string][] = [
      ['/compare/?e=pdu-surrey&e=pdu-dorset&e=region-kent-surrey-and-sussex', '#compare-result table'],
      ['/actions/region-kent-surrey-and-sussex/?state=due&theme=domestic-abuse', '#tracker-shown:not([hidden])'],
    ];
    const page = await context.newPage();
    try {
      const found: string[] = [];
      for (const [path, ready] of scripted) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.locator(ready).first().waitFor();
        await page.addScriptTag({ url: AXE_PATH });
        const violations = (await page.evaluate(
          async (tags) =>
            (await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            })).violations,
          AXE_TAGS,
        )) as AxeViolation[];
        for (const v of violations) for (const n of v.nodes) found.push(`${path}  ${v.id}: ${v.help}\n    html: ${n.html.slice(0, 200)}`);
      }
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the checks catch what they are meant to catch (an image without alt, a focus without outline)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/about/`);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.insertAdjacentHTML('afterbegin', '<img src="data:," width="10" height="10"><a href="#" id="canary" style="outline:none">canary</a>');
      });
      await page.addScriptTag({ url: AXE_PATH });
      const ids = await page.evaluate(
        async (tags) =>
          (
            await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, {
              runOnly: { type: 'tag', values: tags },
            })
          ).violations.map((v) => v.id),
        AXE_TAGS,
      );
      expect(ids).toContain('image-alt');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.focus('#canary');
      const f = await focusInfo(page);
      expect(f.desc).toContain('canary');
      expect(f.problems.join()).toContain('no focus indicator');
    } finally {
      await page.close();
    }
  });

  // WCAG 1.4.10 Reflow: at 320 CSS px wide (a phone, or 1280 px at 400% zoom) the page itself
  // never scrolls sideways; wide tables and charts scroll inside their own boxes.
  it('reflow: no page scrolls sideways at 320 px wide (2 pages of every type)', { timeout: 300_000 }, async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 800 }, colorScheme: 'light' });
    const problems: string[] = [];
    try {
      const page = await narrow.newPage();
      for (const list of byType.values()) {
        for (const p of spread(list, 2)) {
          await page.goto(server.url + p.path, { waitUntil: 'load' });
          const r = await page.evaluate(() => {
            const de = document.documentElement;
            const over = [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > de.clientWidth + 1)
              .slice(0, 3)
              .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${(e.textContent ?? '').trim().slice(0, 40)}`);
            return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, over };
          });
          if (r.scrollWidth > r.clientWidth + 1) problems.push(`${p.path}: page is ${r.scrollWidth}px wide at ${r.clientWidth}px; e.g. ${r.over.join(' | ')}`);
        }
      }
    } finally {
      await narrow.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('requested nothing from another origin while checking', () => {
    expect(externalRequests).toEqual([]);
  });

  // -------------------------------------------------------------------------------------------
  // Keyboard walk.

  const MAIN_PAGES = [
    '/',
    '/reports/surrey-pdu-inspection-2024-03/',
    '/themes/domestic-abuse/',
    '/standards/2023-p-2-1/',
    '/search/',
  ];

  interface FocusInfo {
    /** A short description of the element, for messages. */
    desc: string;
    isBody: boolean;
    inMain: boolean;
    isSkip: boolean;
    problems: string[];
    key: string;
  }

  /** Describes document.activeElement and what makes it invisible, if anything. */
  function focusInfo(page: Page): Promise<FocusInfo> {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) {
        return { desc: 'body', isBody: true, inMain: false, isSkip: false, problems: [], key: 'body' };
      }
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const href = el.getAttribute('href');
      const path: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const idx = e.parentElement ? Array.prototype.indexOf.call(e.parentElement.children, e) : 0;
        path.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}:${idx}`);
      }
      const desc = `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${href ? ` href="${href}"` : ''}> "${text}"`;
      const problems: string[] = [];
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';
      if (!outline && !shadow) problems.push(`no focus indicator (outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow})`);
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) problems.push(`zero size (${r.width}x${r.height})`);
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) problems.push(`outside the viewport (${Math.round(r.left)},${Math.round(r.top)})`);
      if (cs.visibility !== 'visible') problems.push(`visibility ${cs.visibility}`);
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
      if (opacity < 0.5) problems.push(`opacity ${opacity}`);
      if (el.closest('.vh')) problems.push('inside a visually hidden element');
      return {
        desc,
        isBody: false,
        inMain: !!el.closest('main'),
        isSkip: el.classList.contains('skip'),
        problems,
        key: path.join('>'),
      };
    });
  }

  for (const path of MAIN_PAGES) {
    it(`keyboard: skip link first and working, every tab stop visibly focused on ${path}`, { timeout: 180_000 }, async () => {
      const page = await context.newPage();
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        // Let scripts that add controls (e.g. the search UI) finish.
        await page.waitForLoadState('networkidle');

        // The skip link is the first tab stop, visible when focused, and moves focus to <main>.
        await page.keyboard.press('Tab');
        const first = await focusInfo(page);
        expect(first.isSkip, `first tab stop is ${first.desc}, not the skip link`).toBe(true);
        expect(first.problems, `skip link: ${first.problems.join('; ')}`).toEqual([]);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#main');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await page.keyboard.press('Tab');
        const afterSkip = await focusInfo(page);
        expect(afterSkip.inMain, `after the skip link, Tab went to ${afterSkip.desc}, outside <main>`).toBe(true);

        // Tab through the whole page from the top.
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        const problems: string[] = [];
        const seen = new Set<string>();
        let stops = 0;
        for (let i = 0; i < 5000; i++) {
          await page.keyboard.press('Tab');
          const f = await focusInfo(page);
          if (f.isBody || seen.has(f.key)) break; // past the last tab stop (focus left the page or wrapped)
          seen.add(f.key);
          stops++;
          if (f.problems.length) problems.push(`tab stop ${stops}: ${f.desc}: ${f.problems.join('; ')}`);
        }
        // The walk reached every focusable element of the page (it did not stop early).
        const focusable = await page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
              (e) =>
                e.tabIndex >= 0 &&
                !(e as HTMLButtonElement).disabled &&
                e.getClientRects().length > 0 &&
                // inside a closed <details>, only its <summary> can take focus, unless the page
                // shows the details' content anyway (the header's menu on a wide screen)
                e.checkVisibility() &&
                // a group of radio buttons is one tab stop: its checked button, or its first
                !(e instanceof HTMLInputElement && e.type === 'radio' && e.name &&
                  e !== (document.querySelector(`input[type=radio][name="${e.name}"]:checked`) ?? document.querySelector(`input[type=radio][name="${e.name}"]`))),
            ).length,
        );
        expect(stops, 'tab stops reached, against the focusable elements on the page').toBe(focusable);
        expect(problems, `${problems.length} tab stop(s) not visibly focused on ${path}:\n${problems.join('\n')}`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
