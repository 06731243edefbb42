// The national picture (issue 22) on a synthetic archive with re-inspections: 20 documents (the
// seeds renamed four times, scripts/bench/synthesise.ts) in which every second set's PDU is
// rated three times, by a 2021 regional letter, a 2023 report and a 2023 re-inspection a year
// later. Built in a temporary folder with every page budget divided by DIVISOR, so the matrix,
// the recurring groups and the list of re-inspected units span several pages. Checked:
//   - the matrix and the counts against /data/ratings.csv, the month-by-month table against the
//     verdicts, the CSV file against both; every rating once, each region on one page;
//   - the change view of a PDU inspected three times: each standard then and now as the open
//     data rates it, the key questions side by side as /data/key-questions.csv gives them, and
//     the 2021 standards with no 2023 partner said to have none;
//   - every recurring recommendation once on its group's pages;
//   - html-validate and axe on the pages only this archive has.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/synthesise.ts';
import { readCollection } from '../scripts/read-content.ts';
import { launchBrowser } from './support/browser.ts';
import {
  csvOf, expectedCounts, expectedSince, fileOf, html, inspectionCsvCells, mainOf, matrixPages, nationalCounts, programmesOf, ratingsFromOpenData, sinceTable, verdictsOf,
} from './support/national.ts';
import { ROOT_DIR } from './support/paths.ts';
import { serveDist } from './support/server.ts';

const DOCUMENTS = 20;
const REINSPECT_EVERY = 2;
/** Budgets divided by this: a region a page of the matrix, one unit a page of the re-inspected. */
const DIVISOR = 100;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const work = mkdtempSync(join(tmpdir(), 'pf-national-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);
function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-3000)}`);
}

beforeAll(() => {
  const started = Date.now();
  writeCorpus(join(ROOT_DIR, 'seeds'), join(work, 'seeds'), DOCUMENTS, { reinspectEvery: REINSPECT_EVERY });
  run(bin('tsx'), ['scripts/ingest.ts', '--seeds', join(work, 'seeds'), '--out', content]);
  run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', dist, '--silent'], {
    CONTENT_DIR: content,
    PF_PAGE_DIVISOR: String(DIVISOR),
    SITE_TEST_CACHE_DIR: join(work, 'cache'),
  });
  console.log(`[national-archive] ${DOCUMENTS} documents built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('ratings at a glance, at archive scale', () => {
  it('counts every rating per standard as /data/ratings.csv gives them', () => {
    const ratings = ratingsFromOpenData(dist);
    const shown = nationalCounts(dist);
    const expected = expectedCounts(dist, ratings);
    expect(shown.size).toBe(24 * 6);
    for (const [k, n] of shown) if (!k.endsWith('|mean')) expect(n, k).toBe(expected.get(k));
  });

  it('gives every month’s totals since as the verdicts add up', () => {
    const verdicts = verdictsOf(content);
    for (const level of ['pdu', 'region'] as const) expect(sinceTable(dist, level), level).toEqual(expectedSince(verdicts, level));
    // The re-inspections of January 2025 are the newest PDU row.
    expect([...sinceTable(dist, 'pdu').keys()][0]).toBe('2025-01');
  });

  it('shows every rating once, each region on one page of its programme’s matrix, the pages reached by the pager', () => {
    const ratings = ratingsFromOpenData(dist);
    const cells: string[] = [];
    const rows: string[] = [];
    let paged = 0;
    for (const p of programmesOf(dist)) {
      const pages = matrixPages(dist, p);
      if (pages.length > 1) paged++;
      const regions = pages.flatMap((x) => x.regions);
      expect(new Set(regions).size, `${p}: each region on one page`).toBe(regions.length);
      for (const page of pages) {
        cells.push(...page.cells);
        rows.push(...page.rows);
        if (pages.length > 1) expect(text(mainOf(page.html)), page.path).toMatch(new RegExp(`Regions ${regions.indexOf(page.regions[0]!) + 1} to ${regions.indexOf(page.regions[page.regions.length - 1]!) + 1} of ${regions.length};`));
      }
    }
    expect(paged, 'programmes whose matrix spans pages').toBe(3);
    expect(cells.sort()).toEqual(ratings);
    expect(new Set(rows).size).toBe(rows.length);
    const csv = inspectionCsvCells(dist);
    expect(csv.cells).toEqual(ratings);
    expect(csv.rows.sort()).toEqual(rows.sort());
  });
});

describe('what changed between inspections, on a PDU inspected three times', () => {
  const ratings = () => csvOf(dist, '/data/ratings.csv');
  const twice = () => {
    const byEntity = new Map<string, Set<string>>();
    for (const r of ratings()) byEntity.set(r.entity!, (byEntity.get(r.entity!) ?? new Set()).add(r.report_id!));
    return [...byEntity].filter(([, reports]) => reports.size > 1).map(([e, reports]) => ({ entity: e, reports: [...reports] }));
  };

  it('lists every unit rated by more than one document, one a page, each linking to its comparison', () => {
    const units = twice();
    expect(units.length).toBe(DOCUMENTS / 5 / REINSPECT_EVERY);
    expect(units.every((u) => u.reports.length === 3)).toBe(true);
    const listed: string[] = [];
    for (let n = 1; ; n++) {
      const path = n === 1 ? '/national/changes/' : `/national/changes/page/${n}/`;
      let page: string;
      try {
        page = mainOf(html(dist, path));
      } catch {
        break;
      }
      listed.push(...[...page.matchAll(/<tr data-entity="([^"]+)">[\s\S]*?href="\/pdus\/([^"/]+)\/#changed"/g)].map((m) => (expect(m[2]).toBe(m[1]), m[1]!)));
    }
    expect(listed.sort()).toEqual(units.map((u) => u.entity).sort());
  });

  it('sets each standard’s rating then and now side by side, as the open data rates them', () => {
    const { entity } = twice()[0]!;
    const page = mainOf(html(dist, `/pdus/${entity}/`));
    const sections = [...page.matchAll(/<section aria-labelledby="changed-\d+" class="changed" data-then="([^"]+)" data-now="([^"]+)"[^>]*>([\s\S]*?)<\/section>\s*(?=<section aria-labelledby="changed|<h2)/g)];
    expect(sections.length, 'a comparison for each inspection after the first').toBe(2);
    const rated = new Map(ratings().filter((r) => r.entity === entity).map((r) => [`${r.report_id}|${r.framework}|${r.standard_code}`, r.rating!]));
    const standards = new Map(csvOf(dist, '/data/standards.csv').map((s) => [s.id!, s]));
    const ratingOf = (report: string, id: string | undefined) => (id ? rated.get(`${report}|${standards.get(id)!.framework}|${standards.get(id)!.code}`) : undefined);
    for (const [, then, now, body] of sections) {
      const rows = [...body!.matchAll(/<tr data-link="([^"]+)" data-change="([^"]*)">([\s\S]*?)<\/tr>/g)];
      expect(rows.length).toBeGreaterThan(0);
      for (const [, link, change, row] of rows) {
        const cells = [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!);
        const std = (cell: string) => /href="\/standards\/([^"/]+)\/"/.exec(cell)?.[1];
        const word = (cell: string) => /<span class="r r-[a-z]+">([^<]+)<\/span>/.exec(cell)?.[1];
        expect(word(cells[1]!), `${then} ${std(cells[0]!)}`).toBe(ratingOf(then!, std(cells[0]!)));
        expect(word(cells[3]!), `${now} ${std(cells[2]!)}`).toBe(ratingOf(now!, std(cells[2]!)));
        if (link === 'none') expect(text(cells[0]! + cells[2]!)).toMatch(/No corresponding standard in the 20(21|23) programme/);
        else expect(change, `${std(cells[2]!)}`).not.toBe('none');
      }
      const framework = (report: string) => ratings().find((r) => r.report_id === report)!.framework;
      const sameProgramme = framework(then!) === framework(now!);
      if (!sameProgramme) {
        // The 2021 letter against the 2023 report: Information and facilities, and Court work (a
        // regional standard in 2023), have no 2023 PDU partner; the rest are related, not the same.
        const unpaired = rows.filter((r) => r[1] === 'none').map((r) => /href="\/standards\/([^"/]+)\/"/.exec(r[3]!)![1]);
        expect(unpaired.sort()).toEqual(['2021-1-4', '2021-2-1']);
        expect(rows.filter((r) => r[1] === 'related')).toHaveLength(7);
        expect(text(body!)).toContain('Only the later document gives key-question percentages');
      }
    }
  });

  it('sets the key-question percentages of the re-inspection beside the inspection’s, as /data/key-questions.csv gives them', () => {
    const { entity } = twice()[0]!;
    const page = mainOf(html(dist, `/pdus/${entity}/`));
    const kq = csvOf(dist, '/data/key-questions.csv').filter((k) => k.entity === entity);
    const table = /<section aria-labelledby="changed-1"[^>]*data-then="([^"]+)" data-now="([^"]+)"[^>]*>[\s\S]*?<table class="kq-change">([\s\S]*?)<\/table>/.exec(page);
    expect(table, 'the latest comparison has a key-question table').not.toBeNull();
    const [, then, now, body] = table!;
    const pct = (report: string, q: string) => kq.find((k) => k.report_id === report && k.question === q)?.percent_yes;
    const rows = [...body!.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>[^<]*<\/td><td class="num">([\s\S]*?)<\/td><td class="num">([\s\S]*?)<\/td><td class="num">([^<]+)<\/td><\/tr>/g)];
    expect(rows.length).toBe(kq.filter((k) => k.report_id === now).length);
    for (const [, q, a, b, diff] of rows) {
      const question = q!.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(text(a!), question).toBe(`${pct(then!, question)}%`);
      expect(text(b!), question).toBe(`${pct(now!, question)}%`);
      const d = Number(pct(now!, question)) - Number(pct(then!, question));
      expect(diff, question).toBe(d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0');
    }
  });
});

describe('recommendations that recur, at archive scale', () => {
  it('lists every grouped recommendation once on its group’s pages, and each page of the index is reached', () => {
    const recs = readCollection<{ id: string }>(content, 'recommendations').map((r) => r.id);
    const groups: string[] = [];
    for (let n = 1; ; n++) {
      const path = n === 1 ? '/national/recurring/' : `/national/recurring/page/${n}/`;
      let page: string;
      try {
        page = mainOf(html(dist, path));
      } catch {
        break;
      }
      groups.push(...[...page.matchAll(/<li data-group="([^"]+)">/g)].map((m) => m[1]!));
    }
    expect(groups.length).toBeGreaterThanOrEqual(7);
    const members: string[] = [];
    for (const g of groups) {
      for (let n = 1; ; n++) {
        let page: string;
        try {
          page = mainOf(html(dist, `/national/recurring/${g}/${n === 1 ? '' : `${n}/`}`));
        } catch {
          break;
        }
        members.push(...[...page.matchAll(/<tr data-rec="([^"]+)">/g)].map((m) => m[1]!));
      }
    }
    expect(new Set(members).size).toBe(members.length);
    expect(members.every((m) => recs.includes(m))).toBe(true);
    // The same ask copied into every set's documents is one group, whatever the names.
    const surreyAsk = members.filter((m) => /\/rec-1$/.test(m) && /-pdu-inspection-2024-03\//.test(m));
    expect(surreyAsk.length).toBeGreaterThanOrEqual(DOCUMENTS / 5);
  });
});

describe('pages only an archive has: valid and accessible', () => {
  it('html-validate and axe (WCAG 2.2 AA) on later pages and a comparison, which reads at 1280 and 390 px', async () => {
    const entity = /href="\/pdus\/([^"/]+)\/#changed"/.exec(html(dist, '/national/changes/'))![1]!;
    const group = /<li data-group="([^"]+)">/.exec(html(dist, '/national/recurring/'))![1]!;
    const paths = ['/national/', '/national/ratings/2023-pdu/2/', '/national/changes/page/2/', '/national/recurring/page/2/', `/national/recurring/${group}/2/`, `/pdus/${entity}/`];
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const path of paths) {
      const report = await validator.validateString(readFileSync(fileOf(dist, path), 'utf8'), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), `html-validate ${path}`).toEqual([]);
    }
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ bypassCSP: true });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, `axe on ${path}`).toEqual([]);
      }
      // The change view at a desk and on a phone: only its tables scroll sideways.
      for (const width of [1280, 390]) {
        const view = await browser.newPage({ viewport: { width, height: 900 } });
        for (const path of [`/pdus/${entity}/`, '/national/changes/']) {
          await view.goto(`${server.url}${path}`);
          const [scroll, inner] = await view.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(inner);
        }
        await view.goto(`${server.url}/pdus/${entity}/#changed`);
        expect(await view.locator('#changed').isVisible()).toBe(true);
        await view.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
