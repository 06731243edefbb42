// The national picture (issue 22) on the seeds: every rating at a glance, counted per standard
// and month by month, checked against /data/ratings.csv; the matrix and its CSV file hold every
// rating once; recommendations that recur link both ways; no unit here is inspected twice. In
// Chromium at 1280 and 390 px: the pages read without sideways scrolling, and the filter (with
// JavaScript) recounts for the inspections chosen, keeping the choice in the address. The
// synthetic archive (tests/national-archive.test.ts) covers pagination and re-inspections.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../scripts/read-content.ts';
import { openPage, type PageVisit } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { useSiteInBrowser } from './support/site-session.ts';
import {
  csvOf, expectedCounts, expectedSince, html, inspectionCsvCells, mainOf, matrixPages, nationalCounts, programmesOf, ratingsFromOpenData, sinceTable, verdictsOf,
} from './support/national.ts';

const CONTENT = join(ROOT_DIR, 'content');

describe('the national picture, as built from the seeds', () => {
  const ratings = ratingsFromOpenData(DIST_DIR);

  it('counts every rating per standard as /data/ratings.csv gives them', () => {
    expect(ratings.length).toBe(49);
    const shown = nationalCounts(DIST_DIR);
    const expected = expectedCounts(DIST_DIR, ratings);
    // Only programmes with an inspection have a table; every cell of those is as expected.
    for (const [k, n] of shown) if (!k.endsWith('|mean')) expect(n, k).toBe(expected.get(k));
    expect(new Set([...shown.keys()].map((k) => k.split('|')[0]))).toEqual(new Set(['2023-pdu', '2023-region', '2021-pdu']));
    expect(shown.size).toBe(24 * 6); // 24 standards, each with four ratings, the total and the average
  });

  it('names the weakest and strongest standards', () => {
    const main = mainOf(html(DIST_DIR, '/national/'));
    const text = main.replace(/<[^>]+>/g, '');
    expect(text).toContain('Weakest: P 2.1 Assessment, P 2.2 Planning, P 2.3 Implementation and delivery, P 2.4 Reviewing (average 0.00). Strongest: P 1.1 Leadership (average 1.50).');
    expect(text).toContain('Weakest: R 2.1 Public protection, R 2.2 Desistance, R 2.3 Court work, R 2.4 Unpaid work, R 2.5 Resettlement (average 0.00). Strongest: R 2.6 Statutory victim work (average 3.00).');
    // And with the counts in one sentence, as a reader would quote them (the chart's description).
    expect(main).toContain('P 2.1 Assessment: 0 Outstanding, 0 Good, 0 Requires improvement, 2 Inadequate');
  });

  it('gives the overall ratings month by month with the totals since each month, as the verdicts add up', () => {
    const verdicts = verdictsOf(CONTENT);
    for (const level of ['pdu', 'region'] as const) expect(sinceTable(DIST_DIR, level), level).toEqual(expectedSince(verdicts, level));
    // "Every PDU inspected since June 2023 was rated Requires improvement or Inadequate": one row.
    const june = sinceTable(DIST_DIR, 'pdu').get('2023-06')!;
    expect(june).toEqual([3, 5, 0, 0, 3, 2]);
    expect(mainOf(html(DIST_DIR, '/national/'))).toMatch(/<tr data-month="2023-06">[\s\S]*?<span class="yes">Yes<\/span><\/td><\/tr>/);
  });

  it('shows every rating once in the matrix of its programme, a row per inspection, and the same in the CSV file', () => {
    const cells: string[] = [];
    const rows: string[] = [];
    for (const p of programmesOf(DIST_DIR)) for (const page of matrixPages(DIST_DIR, p)) {
      cells.push(...page.cells);
      rows.push(...page.rows);
    }
    expect(cells.sort()).toEqual(ratings);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.length).toBe(6);
    const csv = inspectionCsvCells(DIST_DIR);
    expect(csv.cells).toEqual(ratings);
    expect(csv.rows.sort()).toEqual(rows.sort());
  });

  it('groups recommendations that recur, and each member links to its group and back', () => {
    const index = mainOf(html(DIST_DIR, '/national/recurring/'));
    const groups = [...index.matchAll(/<li data-group="([^"]+)">/g)].map((m) => m[1]!);
    expect(groups.length).toBe(7);
    expect(index).toContain('precision 0.94');
    const members = new Map<string, string>();
    for (const g of groups) {
      const page = mainOf(html(DIST_DIR, `/national/recurring/${g}/`));
      const recs = [...page.matchAll(/<tr data-rec="([^"]+)">/g)].map((m) => m[1]!);
      expect(recs.length, g).toBeGreaterThanOrEqual(2);
      for (const r of recs) members.set(r, g);
    }
    // The DA and safeguarding group of the two PDU reports, and the regional report's ask of the region in the risk-of-harm one.
    expect(members.get('surrey-pdu-inspection-2024-03/rec-1')).toBe(members.get('west-kent-pdu-inspection-2024-03/rec-3'));
    expect(members.get('kent-surrey-and-sussex-regional-inspection-2024-05/rec-5')).toBe(members.get('south-west-regional-letter-2023-08-24/rec-dorset-14'));
    // Every recommendation's page: a link to its group if it has one, no such block if not.
    const recs = readCollection<{ id: string }>(CONTENT, 'recommendations');
    for (const { id } of recs) {
      const page = mainOf(html(DIST_DIR, `/recommendations/${id}/`));
      const group = members.get(id);
      if (group) {
        expect(page, id).toContain(`data-group="${group}"`);
        expect(page, id).toContain(`href="/national/recurring/${group}/"`);
      } else expect(page, id).not.toContain('id="recurring"');
    }
    const surrey = mainOf(html(DIST_DIR, '/recommendations/surrey-pdu-inspection-2024-03/rec-1/')).replace(/<[^>]+>/g, '');
    expect(surrey).toContain('Also asked of 3 other PDUs: Bristol and South Gloucestershire PDU, Dorset PDU and West Kent PDU.');
  });

  it('says that no unit is inspected twice here, and no unit page shows a comparison', () => {
    expect(mainOf(html(DIST_DIR, '/national/changes/'))).toContain('No region or PDU on this site has been rated by two documents yet');
    for (const dir of ['pdus', 'regions']) for (const id of readdirSync(join(DIST_DIR, dir))) {
      expect(html(DIST_DIR, `/${dir}/${id}/`), id).not.toContain('id="changed"');
    }
  });
});

describe('the national picture in a browser', () => {
  const site = useSiteInBrowser();
  const PAGES = ['/national/', '/national/ratings/2021-pdu/', '/national/recurring/', '/national/recurring/surrey-pdu-inspection-2024-03/rec-7/', '/national/changes/'];

  for (const width of [1280, 390]) {
    it(`reads at ${width} px: nothing scrolls sideways but the tables, the charts drawn`, async () => {
      for (const path of PAGES) {
        const visit = await openPage(site.browser, site.server.url, path, { viewport: { width, height: 900 } });
        try {
          const { page } = visit;
          const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(inner);
          await expect(page.locator('h1').isVisible()).resolves.toBe(true);
          expect(visit.consoleErrors, path).toEqual([]);
          expect(visit.externalRequests, path).toEqual([]);
        } finally {
          await visit.close();
        }
      }
      const visit = await openPage(site.browser, site.server.url, '/national/', { viewport: { width, height: 900 } });
      try {
        // Every chart is an image with its title, and its bars are drawn at a readable size.
        const charts = visit.page.locator('figure.dist svg[role="img"]');
        expect(await charts.count()).toBe(6);
        const box = await charts.first().boundingBox();
        expect(box!.width).toBeGreaterThan(300);
      } finally {
        await visit.close();
      }
    });
  }

  describe('the filter', () => {
    let visit: PageVisit;
    beforeAll(async () => {
      visit = await openPage(site.browser, site.server.url, '/national/filter/?kind=pdu&from=2024-01', { viewport: { width: 390, height: 900 } });
    });
    afterAll(async () => visit?.close());

    it('opens with the choice in the address: the PDUs inspected from January 2024, counted', async () => {
      const { page } = visit;
      const summary = page.locator('#filter-summary');
      await page.waitForFunction(() => /inspections? chosen/.test(document.getElementById('filter-summary')?.textContent ?? ''));
      expect(await summary.textContent()).toBe('2 inspections chosen (PDUs, inspected in or after January 2024). Overall ratings: 0 Outstanding, 0 Good, 1 Requires improvement, 1 Inadequate. None was rated Good or better.');
      const cell = (std: string, r: string) => page.locator(`#filter-counts table[data-programme="2023-pdu"] tr[data-std="${std}"] td[data-r="${r}"]`).textContent();
      expect(await cell('2023-p-1-1', 'Good')).toBe('1');
      expect(await cell('2023-p-2-1', 'Inadequate')).toBe('2');
      expect(await page.locator('#filter-counts section[data-programme="2021-pdu"] [data-extremes]').textContent()).toBe('No inspection of this programme is among those chosen.');
      expect(await page.locator('#filter-counts section[data-programme="2023-pdu"] tr[data-entity]').count()).toBe(2);
      expect(await page.locator('#filter-nojs').isHidden()).toBe(true);
    });

    it('recounts when the choice changes, and keeps it in the address', async () => {
      const { page } = visit;
      await page.locator('input[name="from"]').fill('2023-06');
      await page.locator('input[name="from"]').dispatchEvent('change');
      await page.waitForFunction(() => /^5 inspections chosen/.test(document.getElementById('filter-summary')?.textContent ?? ''));
      expect(new URL(page.url()).search).toBe('?kind=pdu&from=2023-06');
      // The 2021 PDUs of the South West letter are counted now: as /data/ratings.csv has them.
      const expected = csvOf(DIST_DIR, '/data/ratings.csv').filter((r) => r.framework === '2021' && r.standard_code === '2.2' && r.rating === 'Inadequate').length;
      expect(await page.locator('#filter-counts table[data-programme="2021-pdu"] tr[data-std="2021-2-2"] td[data-r="Inadequate"]').textContent()).toBe(String(expected));
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.failedRequests).toEqual([]);
    });
  });

  it('without JavaScript, the filter says where the same figures are', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/national/filter/`);
      expect(await page.locator('#national-filter').isHidden()).toBe(true);
      expect(await page.locator('#filter-nojs a[href="/national/"]').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
