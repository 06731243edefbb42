// Finding your way around (issue 20, parts 3, 4 and 6), in Chromium at 1280 and 390 px (and 320 px
// for tables): a long report's contents beside the text (sticky, the section being read marked) or
// in reach on a phone (a "Contents" link kept on screen, "Back to contents" after each section); a
// link to a paragraph the document no longer has says so; a report and its action plan linked as
// documents; no table clipped on a phone; the same header on every page, its navigation marking
// where you are; the footer; the print view; the icons; bookkeeping kept in "Source of this text".
// What is expected comes from content/ (the seeds), not from numbers written here.
import { withSourceDate } from '../scripts/source-date.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../scripts/read-content.ts';
import { formatDate } from '../src/lib/format.ts';
import { buildDate } from '../src/lib/site-info.ts';
import type { ActionPlanItem, Recommendation, Report } from '../core/schemas.ts';
import { openPage } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { listPages, pagesByType } from './support/site-pages.ts';
import { useSiteInBrowser } from './support/site-session.ts';

const CONTENT_DIR = join(ROOT_DIR, 'content');
const reports = readCollection<Report>(CONTENT_DIR, 'reports');
const recs = readCollection<Recommendation>(CONTENT_DIR, 'recommendations');
const items = readCollection<ActionPlanItem>(CONTENT_DIR, 'action-plan-items');
const KSS = '/reports/kent-surrey-and-sussex-regional-inspection-2024-05/';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const html = (path: string) => readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');

/** Scrolls a heading of the text to just under the top of the screen. */
async function scrollToHeading(page: Page, id: string): Promise<void> {
  await page.evaluate((hid) => {
    const el = document.getElementById(hid)!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40);
  }, id);
}

describe('a long document you can find your way around', () => {
  const site = useSiteInBrowser();

  it('1280 px: the contents stay beside the text while it scrolls, marking the section being read', async () => {
    const visit = await openPage(site.browser, site.server.url, KSS, { viewport: DESKTOP });
    try {
      const { page } = visit;
      const toc = page.locator('nav.toc');
      const layout = async () => page.evaluate(() => {
        const t = document.querySelector('nav.toc')!.getBoundingClientRect();
        const d = document.querySelector('.doc')!.getBoundingClientRect();
        return { tocTop: t.top, tocBottom: t.bottom, tocRight: t.right, docLeft: d.left, vh: innerHeight };
      });
      // Deep in the document (the third top-level section from its end), the contents are still on screen, to the left of the text.
      const deep = await page.locator('.doc h2').nth(-3).getAttribute('id');
      await scrollToHeading(page, deep!);
      const at = await layout();
      expect(at.tocTop).toBeGreaterThanOrEqual(0);
      expect(at.tocTop).toBeLessThan(at.vh / 2);
      expect(at.tocRight).toBeLessThan(at.docLeft);
      expect(await toc.locator('h2').isVisible()).toBe(true);
      // The section being read is marked (it, or its first subsection if that is already near
      // the top of the screen), only it, and the mark is in view.
      const section = toc.locator(`li:has(> a[href="#${deep}"])`);
      await expect.poll(() => section.locator('a[aria-current="location"]').count()).toBe(1);
      expect(await toc.locator('a[aria-current]').count()).toBe(1);
      const link = section.locator('a[aria-current]');
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(at.vh);
      // Scrolling on to a subsection moves the mark to it.
      const sub = (await page.locator('.doc h3').nth(-2).getAttribute('id'))!;
      await scrollToHeading(page, sub);
      await expect.poll(() => toc.locator(`a[href="#${sub}"]`).getAttribute('aria-current')).toBe('location');
      expect(await toc.locator('a[aria-current]').count()).toBe(1);
      // Beside the text, "Back to contents" is not needed.
      expect(await page.locator('.to-toc').first().isVisible()).toBe(false);
      expect(await page.locator('.toc-jump a').isVisible()).toBe(false);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('1280 px: the contents use the width beside the text instead of starting closed', async () => {
    const visit = await openPage(site.browser, site.server.url, KSS, { viewport: DESKTOP });
    try {
      const { page } = visit;
      expect(await page.locator('nav.toc details').count()).toBe(0);
      const used = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const t = document.querySelector('nav.toc')!.getBoundingClientRect();
        const d = document.querySelector('.doc')!.getBoundingClientRect();
        return { main: main.width, toc: t.width, doc: d.width };
      });
      expect(used.toc).toBeGreaterThan(200);
      expect(used.toc + used.doc).toBeGreaterThan(used.main * 0.85);
    } finally {
      await visit.close();
    }
  });

  it('390 px: the contents above the text, a Contents link kept on screen, "Back to contents" after every section', async () => {
    const visit = await openPage(site.browser, site.server.url, KSS, { viewport: PHONE });
    try {
      const { page } = visit;
      // Every top-level heading of the text but the first closes the section before it with a way back.
      const doc = await page.locator('.doc').evaluate((d) => {
        const heads = [...d.children].filter((c) => c.tagName === 'H2');
        return {
          heads: heads.length,
          backBefore: heads.filter((h) => h.previousElementSibling?.matches('p.to-toc')).length,
          last: d.lastElementChild?.matches('p.to-toc') ?? false,
        };
      });
      expect(doc.heads).toBeGreaterThan(5);
      expect(doc.backBefore).toBe(doc.heads - 1);
      expect(doc.last).toBe(true);
      expect(await page.locator('.footnotes p.to-toc').count()).toBe(1);
      for (const a of await page.locator('.to-toc a').all()) expect(await a.getAttribute('href')).toBe('#pf-toc');
      // The contents are open, above the text.
      const toc = await page.locator('nav.toc').boundingBox();
      const text = await page.locator('.doc').boundingBox();
      expect(toc!.y + toc!.height).toBeLessThanOrEqual(text!.y);
      // Reading deep in the document, the Contents link is on screen, and takes the reader there.
      const deep = (await page.locator('.doc h3').nth(-3).getAttribute('id'))!;
      await scrollToHeading(page, deep);
      const jump = page.locator('.toc-jump a');
      const box = (await jump.boundingBox())!;
      expect(box.y).toBeGreaterThan(0);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(norm(await jump.innerText())).toMatch(/Contents$/);
      await jump.click();
      await page.waitForURL(`**${KSS}#pf-toc`);
      await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('pf-toc')!.getBoundingClientRect().top))).toBeLessThan(5);
      // A "Back to contents" link on screen goes there too.
      await scrollToHeading(page, (await page.locator('.doc h2').nth(3).getAttribute('id'))!);
      const back = page.locator('.to-toc a').nth(2);
      expect(await back.isVisible()).toBe(true);
    } finally {
      await visit.close();
    }
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`${viewport.width} px: a link to a paragraph the document no longer has says so, and offers its contents`, async () => {
      const gone = '#p-0000dead';
      expect(html(KSS)).not.toContain(`id="${gone.slice(1)}"`);
      const visit = await openPage(site.browser, site.server.url, `${KSS}${gone}`, { viewport });
      try {
        const { page } = visit;
        const note = page.locator('#pf-missing');
        await note.waitFor({ state: 'visible' });
        expect(norm(await note.innerText())).toContain(`The paragraph or section you followed a link to is not in this document as it reads now. Its address (${gone})`);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('pf-missing');
        const box = (await note.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(viewport.height);
        // It offers the contents.
        await note.locator('a[href="#pf-toc"]').click();
        await page.waitForURL(`**#pf-toc`);
        await expect.poll(() => note.isVisible()).toBe(false);
        // A link that still lands says nothing; a stale one followed within the page does.
        const first = (await page.locator('.doc .para').first().getAttribute('id'))!;
        await page.evaluate((h) => { location.hash = h; }, first);
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${first}`);
        expect(await note.isVisible()).toBe(false);
        await page.evaluate(() => { location.hash = '#p-0000beef'; });
        await note.waitFor({ state: 'visible' });
        expect(await page.locator('#pf-missing-id').innerText()).toBe('#p-0000beef');
        expect(visit.consoleErrors).toEqual([]);
      } finally {
        await visit.close();
      }
    });
  }

  it('a link to a paragraph that exists opens at it, with no message', async () => {
    const visit = await openPage(site.browser, site.server.url, KSS, { viewport: PHONE });
    try {
      const anchor = (await visit.page.locator('.doc .para').nth(20).getAttribute('id'))!;
      await visit.page.goto(`${KSS}#${anchor}`);
      await expect.poll(() => visit.page.evaluate((a) => Math.round(document.getElementById(a)!.getBoundingClientRect().top), anchor)).toBeLessThan(10);
      expect(await visit.page.locator('#pf-missing').isVisible()).toBe(false);
    } finally {
      await visit.close();
    }
  });
});

describe('a report and its response, linked as documents', () => {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const title = (id: string) => reports.find((r) => r.id === id)!;
  it('each report page names the plan answering it and how many of its recommendations it answers', () => {
    const withRecs = reports.filter((r) => recs.some((x) => x.report_id === r.id));
    expect(withRecs.length).toBeGreaterThanOrEqual(4);
    let answeredSome = 0;
    for (const r of withRecs) {
      const mine = recs.filter((x) => x.report_id === r.id);
      const page = html(`/reports/${r.id}/`);
      const line = /<p class="responses">([\s\S]*?)<\/p>/.exec(page);
      expect(line, r.id).not.toBeNull();
      const text = norm(line![1]!.replace(/<[^>]+>/g, '')).replace(/&#39;/g, "'");
      const plans = [...new Set(mine.map((x) => (x.response_item ? itemById.get(x.response_item)?.report_id : undefined)).filter((x): x is string => !!x))];
      if (plans.length === 0) {
        expect(text, r.id).toBe(`Response: no action plan on this site answers its ${mine.length} recommendations.`);
        continue;
      }
      answeredSome++;
      expect(plans).toHaveLength(1);
      const n = mine.filter((x) => x.response_item).length;
      expect(line![1], r.id).toContain(`href="/reports/${plans[0]}/"`);
      // a recommendation answered only by a row surviving of a missing item is counted apart
      const partly = mine.filter((x) => !x.response_item && x.response_row).length;
      const tail = partly ? `; ${partly === 1 ? 'one more' : `${partly} more`} only in part, by a row surviving of an item missing from the plan\\.$` : '\\.$';
      expect(text, r.id).toMatch(n === mine.length ? new RegExp(`answers all ${n} of this document's recommendations${tail}`) : new RegExp(`answers ${n} of this document's ${mine.length} recommendations${tail}`));
      if (r.id.startsWith('west-kent')) expect(partly).toBe(1);
    }
    expect(answeredSome).toBeGreaterThanOrEqual(3);
  });

  it('the plan page links back to each report it answers, with how many of its recommendations', () => {
    const plans = reports.filter((r) => r.kind === 'action-plan');
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const answered = new Map<string, Set<string>>();
      for (const i of items.filter((x) => x.report_id === plan.id)) {
        for (const a of i.answers) {
          const rec = recs.find((x) => x.id === a.recommendation)!;
          answered.set(rec.report_id, (answered.get(rec.report_id) ?? new Set()).add(rec.id));
        }
      }
      expect(answered.size, plan.id).toBeGreaterThanOrEqual(3);
      const line = /<p class="responses">Answers ([\s\S]*?)<\/p>/.exec(html(`/reports/${plan.id}/`));
      expect(line, plan.id).not.toBeNull();
      for (const [reportId, set] of answered) {
        const of = recs.filter((x) => x.report_id === reportId).length;
        const words = set.size === of ? `all ${of} of its recommendations` : `${set.size} of its ${of} recommendations`;
        expect(line![1]).toMatch(new RegExp(`<a href="/reports/${reportId}/">[^<]+</a> \\(${words}\\)`));
        expect(title(reportId)).toBeTruthy();
      }
    }
  });
});

describe('no table is clipped on a phone', () => {
  const site = useSiteInBrowser();
  const pages = listPages();
  const types = pagesByType(pages);
  // One page of every type that has a table, and every report (their tables are the documents').
  const sample = [...new Set([
    ...[...types.values()].map((list) => list.find((p) => /<table/.test(readFileSync(join(DIST_DIR, p.file), 'utf8')))?.path).filter((p): p is string => !!p),
    ...reports.map((r) => `/reports/${r.id}/`),
    '/pdus/pdu-surrey/',
  ])].filter((p) => !p.startsWith('/cite/'));
  const COMPARE = '/compare/?e=pdu-surrey&e=pdu-west-kent&e=region-kent-surrey-and-sussex';

  for (const width of [390, 320]) {
    it(`${width} px: every table fits the screen, stacked if need be, or scrolls in a focusable, labelled box`, { timeout: 240_000 }, async () => {
      expect(sample.length).toBeGreaterThan(10);
      const problems: string[] = [];
      let tables = 0;
      let stacked = 0;
      for (const path of [...sample, COMPARE]) {
        const visit = await openPage(site.browser, site.server.url, path, { viewport: { width, height: 800 } });
        try {
          if (path === COMPARE) await visit.page.locator('#compare-result table').nth(2).waitFor();
          // Closed panels ("About this document") are opened: their tables count too.
          await visit.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const found = await visit.page.evaluate(() => [...document.querySelectorAll('table')].map((t) => {
            const box = t.closest('.table-wrap') as HTMLElement | null;
            const r = t.getBoundingClientRect();
            const label = box?.getAttribute('aria-label') ?? (box?.getAttribute('aria-labelledby') ? document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent : null);
            return {
              name: (t.caption?.textContent ?? t.querySelector('th')?.textContent ?? '').trim().slice(0, 60),
              fits: r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5,
              stacked: getComputedStyle(t).display === 'block',
              region: !!box && box.tabIndex === 0 && ['region', null].includes(box.getAttribute('role')) && (box.tagName === 'SECTION' || box.getAttribute('role') === 'region') && !!label?.trim(),
              scrolls: !!box && box.scrollWidth > box.clientWidth,
            };
          }));
          const page = await visit.page.evaluate(() => document.documentElement.scrollWidth);
          if (page > width) problems.push(`${path}: the page is ${page} px wide`);
          for (const t of found) {
            tables++;
            if (t.stacked) stacked++;
            if (!t.fits && !(t.region && t.scrolls)) problems.push(`${path}: "${t.name}" is clipped (not within ${width} px, not a focusable labelled scroll box)`);
          }
          if (path === COMPARE) {
            // The third region or PDU is on screen, in every table.
            const third = await visit.page.locator('#compare-result td[data-label="Kent, Surrey and Sussex region"]').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
            expect(third.length).toBeGreaterThan(10);
            for (const right of third) expect(right).toBeLessThanOrEqual(width);
          }
        } finally {
          await visit.close();
        }
      }
      expect(problems).toEqual([]);
      expect(tables).toBeGreaterThan(40);
      expect(stacked).toBeGreaterThan(20);
    });
  }

  it('at 1280 px the same tables are tables', async () => {
    const visit = await openPage(site.browser, site.server.url, '/pdus/pdu-surrey/', { viewport: DESKTOP });
    try {
      const displays = await visit.page.locator('table.stack').evaluateAll((ts) => ts.map((t) => getComputedStyle(t).display));
      expect(displays.length).toBeGreaterThan(2);
      expect(new Set(displays)).toEqual(new Set(['table']));
    } finally {
      await visit.close();
    }
  });
});

describe('header, navigation, footer, print, icons', () => {
  const site = useSiteInBrowser();
  const pages = listPages();
  const SAMPLE = ['/', KSS, '/pdus/pdu-surrey/', '/search/', '/compare/', '/actions/', '/actions/region-kent-surrey-and-sussex/', '/recommendations/', '/cite/surrey-pdu-inspection-2024-03/', '/glossary/', '/themes/domestic-abuse/', '/accessibility/'];

  for (const viewport of [DESKTOP, PHONE, { width: 320, height: 700 }]) {
    it(`${viewport.width} px: the header is the same height on every page, its search placeholder readable whole`, async () => {
      const heights = new Map<string, number>();
      for (const path of SAMPLE) {
        const visit = await openPage(site.browser, site.server.url, path, { viewport });
        try {
          const { page } = visit;
          heights.set(path, await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height));
          const fit = await page.locator('#site-q').evaluate((input: HTMLInputElement) => {
            const s = getComputedStyle(input);
            const ctx = document.createElement('canvas').getContext('2d')!;
            ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
            const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
            return { text: ctx.measureText(input.placeholder).width, room, placeholder: input.placeholder };
          });
          expect(fit.placeholder).toBe('Search all documents');
          expect(fit.text, `${path}: the placeholder fits its box`).toBeLessThanOrEqual(fit.room);
        } finally {
          await visit.close();
        }
      }
      expect(new Set(heights.values()).size, JSON.stringify(Object.fromEntries(heights))).toBe(1);
    });
  }

  it('the navigation leads to the tracker, compare and recommendations, and marks where you are', async () => {
    const current: [string, string, string][] = [
      ['/actions/', '/actions/', 'page'],
      ['/actions/region-kent-surrey-and-sussex/', '/actions/', 'true'],
      ['/compare/', '/compare/', 'page'],
      ['/recommendations/', '/recommendations/', 'page'],
      ['/recommendations/surrey-pdu-inspection-2024-03/rec-1/', '/recommendations/', 'true'],
      [KSS, '/reports/', 'true'],
      ['/pdus/pdu-surrey/', '/entities/', 'true'],
      ['/accessibility/', '/about/', 'true'],
    ];
    for (const [path, href, value] of current) {
      const visit = await openPage(site.browser, site.server.url, path, { viewport: PHONE });
      try {
        const nav = visit.page.locator('nav.site-nav');
        const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const h of ['/actions/', '/compare/', '/recommendations/', '/reports/']) expect(hrefs).toContain(h);
        const marked = await nav.locator('a[aria-current]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current'), getComputedStyle(a).borderBottomColor, getComputedStyle(a).fontWeight]));
        expect(marked.map(([h, v]) => [h, v]), path).toEqual([[href, value]]);
        // Marked to the eye as well, by a bar (not bold type, which would widen it).
        const plain = await nav.locator('a:not([aria-current])').first().evaluate((a) => [getComputedStyle(a).borderBottomColor, getComputedStyle(a).fontWeight]);
        expect(marked[0]![2]).not.toBe(plain[0]);
        expect(marked[0]![3]).toBe(plain[1]);
      } finally {
        await visit.close();
      }
    }
  });

  it('every page: the footer links the accessibility statement and the source code, and says when the site was built', () => {
    // the date `npm run build` gave the build: SOURCE_DATE_EPOCH, else the last commit's time
    const built = buildDate(reports, withSourceDate(process.env, ROOT_DIR).env);
    const words = built.recorded ? `Site built on <time datetime="${built.date}">${formatDate(built.date)}</time>.` : `Site built from documents published up to <time datetime="${built.date}">${formatDate(built.date)}</time>; the build did not record its date.`;
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(readFileSync(join(DIST_DIR, p.file), 'utf8'))?.[1] ?? '';
      expect(footer, p.path).toContain('<a href="/accessibility/">Accessibility statement</a>');
      expect(footer, p.path).toMatch(/<a href="[^"]+"[^>]*>Source code<\/a>/);
      expect(footer, p.path).toContain(words);
    }
  });

  it('the accessibility statement says what is tested and what is known not to work', () => {
    const page = norm(html('/accessibility/').replace(/<[^>]+>/g, ' '));
    const version = (pkg: string) => JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
    for (const t of [`axe-core ${version('axe-core')}`, `html-validate ${version('html-validate')}`, 'Keyboard', '320 pixels', 'Known limits', 'Search needs JavaScript']) expect(page).toContain(t);
  });

  it('printed, a page gives its address and leaves out the search box and the navigation', async () => {
    for (const path of [KSS, '/pdus/pdu-surrey/']) {
      const visit = await openPage(site.browser, site.server.url, path, { viewport: DESKTOP });
      try {
        const { page } = visit;
        expect(await page.locator('.print-address').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'print' });
        // Without SITE_URL the address is the page's path (tests/findable.test.ts: with it, the canonical URL).
        expect(norm(await page.locator('.print-address').innerText())).toBe(`This page: ${path}`);
        for (const hidden of ['form.site-search', 'nav.site-nav', '.footer-links']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
        if (path === KSS) expect(await page.locator('nav.toc').isVisible()).toBe(false);
      } finally {
        await visit.close();
      }
    }
  });

  it('a favicon and a touch icon, linked from every page and served', async () => {
    for (const p of pages) {
      const head = readFileSync(join(DIST_DIR, p.file), 'utf8').split('</head>')[0]!;
      expect(head, p.path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(head, p.path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
    }
    expect(existsSync(join(DIST_DIR, 'favicon.svg'))).toBe(true);
    const visit = await openPage(site.browser, site.server.url, '/', { viewport: PHONE });
    try {
      for (const [path, type] of [['/favicon.svg', 'image/svg+xml'], ['/apple-touch-icon.png', 'image/png']]) {
        const r = await visit.page.request.get(path!);
        expect(r.status(), path).toBe(200);
        expect(r.headers()['content-type'], path).toContain(type);
      }
      expect(visit.failedRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('bookkeeping in "Source of this text"', () => {
  it('report pages: the source file and the match confidences only there, inside "About this document"', () => {
    for (const r of reports) {
      const page = html(`/reports/${r.id}/`);
      const about = /<details class="about-doc">[\s\S]*?<div class="source-of-text">([\s\S]*?)<\/div>\s*<\/details>/.exec(page);
      expect(about, r.id).not.toBeNull();
      expect(about![1]).toContain(`<code>${r.source_file}</code>`);
      expect(page.split(r.source_file)).toHaveLength(2);
      const outside = page.replace(about![0], '');
      expect(outside, r.id).not.toMatch(/match \d+%|\(match|Match confidence/);
      const matched = r.kind === 'action-plan' ? items.filter((i) => i.report_id === r.id).flatMap((i) => i.answers) : recs.filter((x) => x.report_id === r.id && x.response_item);
      expect((about![1].match(/<td class="num" data-label="Match">/g) ?? []).length, r.id).toBe(matched.length);
    }
  });

  it('recommendation pages: source lines and match confidence only in "Source of this text"', () => {
    for (const rec of recs) {
      const page = html(`/recommendations/${rec.id}/`);
      const source = /<details class="source-of-text">([\s\S]*?)<\/details>/.exec(page);
      expect(source, rec.id).not.toBeNull();
      expect(source![1]).toContain(`lines ${rec.source_lines[0]}–${rec.source_lines[1]} of <code>`);
      if (rec.response_item) expect(source![1]).toMatch(/Match confidence<\/dt><dd>\d+%/);
      const outside = page.replace(source![0], '');
      expect(outside, rec.id).not.toMatch(/Source lines|Match confidence|<code>seeds\//);
    }
  });

  describe('citation pages', () => {
    const site = useSiteInBrowser();
    it('show each paragraph\'s lines in the text file only while "Source of this text" is open', async () => {
      const visit = await openPage(site.browser, site.server.url, '/cite/surrey-pdu-inspection-2024-03/');
      try {
        const lines = visit.page.locator('li.cite-entry .src-lines');
        expect(await lines.count()).toBeGreaterThan(100);
        expect(await lines.first().isVisible()).toBe(false);
        await visit.page.click('#source-of-text > summary');
        await expect.poll(() => lines.first().isVisible()).toBe(true);
        expect(await lines.first().textContent()).toMatch(/^lines \d+–\d+ of the text file · $/);
        expect(await visit.page.locator('#source-of-text code').textContent()).toMatch(/^seeds\/.+\.txt$/);
      } finally {
        await visit.close();
      }
    });
  });
});
