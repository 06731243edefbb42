// Reader journeys through the built site, in Debian's Chromium (issue 3). What each journey
// expects is computed from the generated content (content/, read back by scripts/read-content.ts), never written
// into the test, so the journeys hold for whatever the seeds say:
//   1. From the Surrey PDU page, follow "P 2.1 Assessment" to the standard's page and see every
//      entity rated on that standard, with its rating and the document that rated it.
//   2. From the home page, open the domestic abuse theme, follow a finding "in context" and
//      land on that paragraph of its report: the URL's fragment is the finding's anchor, the
//      element is the document's :target, is scrolled into view and holds the finding's text.
//   3. From that paragraph, open its menu and its citation page, and copy the Harvard citation
//      with its Copy button (clipboard permissions granted): the clipboard holds the report's
//      title, the paragraph's locator, its absolute permalink and "Accessed:" with today's date.
// Each journey also fails on a console error, a dialog, a failed same-origin request or any
// request to another origin. Timing: ~5 s.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type PageVisit } from './support/browser.ts';
import { ROOT_DIR } from './support/paths.ts';
import { readCollection, readFindings } from '../scripts/read-content.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { citedReport, citedTitle } from '../src/lib/cite.ts';
import type { Report } from '../core/schemas.ts';

const CONTENT_DIR = join(ROOT_DIR, 'content');

/** The frontmatter of every Markdown file of a content collection (recursively). */
const collection = <T>(name: string): T[] => readCollection<T>(CONTENT_DIR, name);

interface Rating {
  entity: string;
  framework: string;
  standard_code: string;
  rating: string;
}
type ReportData = Omit<Report, 'ratings'> & { ratings: Rating[] };
interface EntityData {
  id: string;
  name: string;
  type: 'region' | 'pdu';
}
interface StandardData {
  id: string;
  framework: string;
  level: 'region' | 'pdu';
  code: string;
  name: string;
}
interface ThemeData {
  id: string;
  name: string;
}
interface FindingData {
  id: string;
  anchor: string;
  report_id: string;
  kind: string;
  text: string;
  themes: string[];
  footnotes: number[];
}

const normCode = (c: string) => c.replace(/\s+/g, '').replace(/\.+$/, '').toUpperCase();
const normText = (s: string) => s.replace(/\s+/g, ' ').trim();
const entityHref = (e: EntityData) => (e.type === 'region' ? `/regions/${e.id}/` : `/pdus/${e.id}/`);

/** Fails with everything that went wrong in the background of a journey. */
function expectQuiet(visit: PageVisit): void {
  expect(visit.consoleErrors, 'console errors').toEqual([]);
  expect(visit.dialogs, 'dialogs').toEqual([]);
  expect(visit.failedRequests, 'failed requests').toEqual([]);
  expect(visit.externalRequests, 'requests to another origin').toEqual([]);
}

describe('reader journeys', () => {
  let reports: ReportData[];
  let entities: Map<string, EntityData>;
  let standards: StandardData[];
  let themes: ThemeData[];
  let findings: FindingData[];
  let findingByAnchor: Map<string, FindingData>;

  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    reports = collection<ReportData>('reports');
    entities = new Map(collection<EntityData>('entities').map((e) => [e.id, e]));
    standards = collection<StandardData>('standards');
    themes = collection<ThemeData>('themes');
    findings = readFindings(CONTENT_DIR) as FindingData[];
    findingByAnchor = new Map(findings.map((f) => [`${f.report_id}#${f.anchor}`, f]));
    server = await serveDist();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Surrey PDU → P 2.1 Assessment: every rated entity with its P 2.1 rating', async () => {
    const surrey = entities.get('pdu-surrey');
    expect(surrey, 'content/entities has pdu-surrey').toBeDefined();
    const standard = standards.find((s) => s.framework === '2023' && s.level === 'pdu' && normCode(s.code) === 'P2.1');
    expect(standard, 'content/standards has the 2023 PDU standard P 2.1').toBeDefined();
    // Every rating of that standard in any document, of a PDU (the level the standard belongs to).
    const expected = reports.flatMap((r) =>
      r.ratings
        .filter((x) => x.framework === standard!.framework && normCode(x.standard_code) === normCode(standard!.code))
        .filter((x) => entities.get(x.entity)?.type === standard!.level)
        .map((x) => ({ entity: entities.get(x.entity)!, report: r, rating: x.rating })),
    );
    expect(expected.length, 'ratings of P 2.1 in the content').toBeGreaterThan(0);
    expect(expected.some((x) => x.entity.id === 'pdu-surrey'), 'Surrey PDU is rated on P 2.1').toBe(true);

    const visit = await openPage(browser, server.url, entityHref(surrey!));
    try {
      const { page } = visit;
      expect(visit.response?.status()).toBe(200);
      const link = page.getByRole('link', { name: `${standard!.code} ${standard!.name}`, exact: true }).first();
      await link.click();
      await page.waitForURL(`**/standards/${standard!.id}/`);
      await expect.poll(() => page.locator('h1').innerText()).toContain(`${standard!.code} ${standard!.name}`);

      // The ratings table: one row per (entity, document), each with its rating, grouped by
      // region (a heading row per region).
      const rows = await page.locator('#ratings + .table-wrap table tbody tr:not(.group)').evaluateAll((trs) =>
        trs.map((tr) => ({
          entityHref: tr.querySelector('th a')?.getAttribute('href') ?? '',
          reportHref: tr.querySelector('td a')?.getAttribute('href') ?? '',
          rating: (tr.querySelector('.r') as HTMLElement | null)?.innerText.trim() ?? '',
        })),
      );
      const want = expected
        .map((x) => ({ entityHref: entityHref(x.entity), reportHref: `/reports/${x.report.id}/`, rating: x.rating }))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      expect([...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))).toEqual(want);
      // and each is visible to the reader
      for (const x of expected) {
        const row = page.locator('tbody tr:not(.group)', { has: page.locator(`th a[href="${entityHref(x.entity)}"]`) }).first();
        await row.scrollIntoViewIfNeeded();
        expect(await row.isVisible()).toBe(true);
        expect(await row.locator('.r').innerText()).toBe(x.rating);
      }
      expectQuiet(visit);
    } finally {
      await visit.close();
    }
  });

  it('home → domestic abuse theme → a finding in context → its citation, copied', async () => {
    const theme = themes.find((t) => /domestic abuse/i.test(t.name));
    expect(theme, 'content/themes has a domestic abuse theme').toBeDefined();
    const tagged = findings.filter((f) => f.themes.includes(theme!.id));
    expect(tagged.length, 'findings tagged with the theme').toBeGreaterThan(0);

    const visit = await openPage(browser, server.url, '/', { viewport: { width: 1280, height: 900 } });
    try {
      const { page, context } = visit;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });

      // Home → theme.
      await page.getByRole('link', { name: theme!.name, exact: true }).first().click();
      await page.waitForURL(`**/themes/${theme!.id}/`);
      expect(await page.locator('h1').innerText()).toBe(theme!.name);

      // Theme → a finding in context: the first locator (the link of a finding's extract to its
      // paragraph) of a paragraph of prose without footnote markers, so that its text reads on the
      // page exactly as in the content.
      const hrefs = await page.locator('#findings ~ ul.extracts .loc a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, 'finding links on the theme page').toBeGreaterThan(0);
      const resolved = hrefs.map((h) => {
        const m = /^\/reports\/([^/]+)\/#(.+)$/.exec(h);
        return { href: h, finding: m ? findingByAnchor.get(`${m[1]}#${decodeURIComponent(m[2]!)}`) : undefined };
      });
      for (const r of resolved) expect(r.finding, `${r.href} is the link of a finding in content/`).toBeDefined();
      const prose = new Set(['narrative', 'strength', 'area-for-improvement', 'bullet', 'recommendation']);
      const pick = resolved.find((r) => prose.has(r.finding!.kind) && r.finding!.footnotes.length === 0) ?? resolved[0]!;
      const f = pick.finding!;
      expect(f.themes, 'the chosen finding is tagged with the theme').toContain(theme!.id);

      await page.locator(`#findings ~ ul.extracts .loc a[href="${pick.href}"]`).first().click();
      await page.waitForURL(`**/reports/${f.report_id}/#${f.anchor}`);
      expect(new URL(page.url()).hash).toBe(`#${f.anchor}`);
      const target = await page.evaluate((anchor) => {
        const el = document.getElementById(anchor);
        const t = document.querySelector(':target');
        const r = el?.getBoundingClientRect();
        return {
          exists: !!el,
          isTarget: !!el && el === t,
          text: el instanceof HTMLElement ? el.innerText : '',
          inView: !!r && r.bottom > 0 && r.top < innerHeight,
        };
      }, f.anchor);
      expect(target.exists, `an element with id ${f.anchor}`).toBe(true);
      expect(target.isTarget, `#${f.anchor} is the :target`).toBe(true);
      expect(target.inView, `#${f.anchor} is scrolled into view`).toBe(true);
      expect(normText(target.text)).toContain(normText(f.text));

      // Paragraph → its citation, in a dialog on the page (no page loaded) → Copy.
      const report = reports.find((r) => r.id === f.report_id)!;
      await visit.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const link = page.locator(`[id="${f.anchor}"] a.pc`).first();
      const locator = ((await link.textContent()) ?? '').replace(/^Cite /, '').trim();
      expect(locator, 'the paragraph shows its human locator').toMatch(/para \d|row \d|Recommendation \d|Item \d|key question \d/);
      await link.click();
      const dialog = page.locator('dialog.cite-dialog[open]');
      await dialog.waitFor();
      expect(new URL(page.url()).pathname).toBe(`/reports/${f.report_id}/`);
      await dialog.getByRole('button', { name: 'Copy citation in the text' }).click();
      await expect.poll(() => dialog.locator('.cd-status').innerText()).toMatch(/copied/i);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(locator);
      await dialog.getByRole('button', { name: 'Copy reference' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(citedTitle(citedReport(report)));
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toMatch(/\(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
      expectQuiet(visit);
    } finally {
      await visit.close();
    }
  });
});
