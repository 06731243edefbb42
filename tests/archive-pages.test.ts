// Pages at archive scale (issues 5 and 10). Theme pages: a theme tags ~128 findings in the four seeds and
// ~20,000 in a thousand documents, so its findings are split into pages of whole documents
// (src/lib/theme-pages.ts). The seeds fit on one page each, so the project's own build never
// shows a second page: this test builds a site of its own from 16 synthetic documents (the
// seeds with entities renamed, as the benchmark makes them: scripts/bench/synthesise.ts), in a
// temporary folder, and checks on every theme:
//   - every finding the content tags with the theme is listed on exactly one of its pages;
//   - each page holds whole documents, at most FINDINGS_PER_PAGE findings unless one document
//     has more, and says which documents it shows;
//   - every page is reached from the first by its pager, which marks the current page;
// and, for a second page, html-validate and axe (WCAG 2.2 AA) in Chromium, as for every page of
// the project's build.
//
// Listings (issue 10): the same site is built with every listing's page budget divided by
// PF_PAGE_DIVISOR (src/lib/listings.ts), so that 16 documents span several pages of each, and
// the second describe checks every listing that grows with the archive: every item reachable,
// exactly once, on pages within the budget, with the counts they state right.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/synthesise.ts';
import { readCollection, readFindings } from '../scripts/read-content.ts';
import { FINDINGS_PER_PAGE } from '../src/lib/theme-pages.ts';
import { HOME_DOCUMENTS, scaledBudgets } from '../src/lib/listings.ts';
import { documentStructure } from '../src/lib/structure.ts';
import type { Finding, OutlineItem } from '../core/schemas.ts';
import { launchBrowser } from './support/browser.ts';
import { ROOT_DIR } from './support/paths.ts';
import { serveDist, type StaticServer } from './support/server.ts';

const DOCUMENTS = 16;
/** Listing budgets are divided by this in the test's build (theme findings pages are not). */
const DIVISOR = 20;
const BUDGET = scaledBudgets(DIVISOR);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);
function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-3000)}`);
}

interface ThemeData { id: string; name: string }
interface FindingData { report_id: string; anchor: string; themes: string[] }
interface PageView { n: number; html: string; findings: string[]; documents: string[]; pagerLinks: string[]; current: string | null }

const work = mkdtempSync(join(tmpdir(), 'pf-archive-'));
const contentDir = join(work, 'content');
const distDir = join(work, 'dist');

/** A theme page as built: the findings it lists (by permalink), the documents it heads, its pager. */
function view(themeId: string, n: number): PageView | null {
  const file = join(distDir, 'themes', themeId, ...(n === 1 ? [] : [String(n)]), 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const main = html.slice(html.indexOf('<h2 id="findings">'));
  const findings = [...main.matchAll(/<a href="(\/reports\/[^"#]+\/#[^"]+)">/g)].map((m) => m[1]!);
  const documents = [...main.matchAll(/<h3><a href="\/reports\/([^"/]+)\/">/g)].map((m) => m[1]!);
  const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  const pagerLinks = [...pager.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  const current = /<span aria-current="page">Page (\d+)<\/span>/.exec(pager)?.[1] ?? null;
  return { n, html, findings, documents, pagerLinks, current };
}

let built: Promise<void> | null = null;
/** The test's site, built once for both describes. */
function buildOnce(): Promise<void> {
  built ??= (async () => {
    const started = Date.now();
    writeCorpus(join(ROOT_DIR, 'seeds'), join(work, 'seeds'), DOCUMENTS);
    run(bin('tsx'), ['scripts/ingest.ts', '--seeds', join(work, 'seeds'), '--out', contentDir]);
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', distDir, '--silent'], {
      CONTENT_DIR: contentDir,
      PF_PAGE_DIVISOR: String(DIVISOR),
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
    console.log(`[archive-pages] ${DOCUMENTS} documents built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  })();
  return built;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('theme pages at archive scale', () => {
  let themes: ThemeData[];
  let findings: FindingData[];
  const pagesOf = new Map<string, PageView[]>();

  beforeAll(async () => {
    await buildOnce();
    themes = readCollection<ThemeData>(contentDir, 'themes');
    findings = readFindings(contentDir);
    for (const t of themes) {
      const views: PageView[] = [];
      for (let n = 1; ; n++) {
        const v = view(t.id, n);
        if (!v) break;
        views.push(v);
      }
      pagesOf.set(t.id, views);
    }
    const multi = [...pagesOf.values()].filter((v) => v.length > 1).length;
    console.log(`[archive-pages] ${multi} of ${themes.length} themes on several pages`);
  }, 600_000);

  it('splits the largest themes into several pages', () => {
    const biggest = Math.max(...[...pagesOf.values()].map((v) => v.length));
    expect(biggest, 'pages of the theme with the most findings').toBeGreaterThanOrEqual(3);
  });

  it('lists every finding tagged with a theme on exactly one of its pages', () => {
    for (const t of themes) {
      const expected = findings.filter((f) => f.themes.includes(t.id)).map((f) => `/reports/${f.report_id}/#${f.anchor}`).sort();
      const listed = pagesOf.get(t.id)!.flatMap((p) => p.findings).sort();
      expect(listed, `findings on the pages of ${t.name}`).toEqual(expected);
    }
  });

  it('keeps each document on one page, and each page within the budget unless one document exceeds it', () => {
    for (const t of themes) {
      const views = pagesOf.get(t.id)!;
      const docs = views.flatMap((p) => p.documents);
      expect(new Set(docs).size, `documents of ${t.name} heading more than one page`).toBe(docs.length);
      for (const p of views) {
        if (p.documents.length > 1) expect(p.findings.length, `${t.name} page ${p.n}`).toBeLessThanOrEqual(FINDINGS_PER_PAGE);
        if (views.length > 1) expect(p.html, `${t.name} page ${p.n} says which documents it shows`).toMatch(new RegExp(`Documents \\d+ to \\d+ of ${docs.length}`));
      }
    }
  });

  it('reaches every page from the first through the pager, which marks the page shown', () => {
    for (const t of themes) {
      const views = pagesOf.get(t.id)!;
      if (views.length === 1) {
        expect(views[0]!.pagerLinks, `${t.name} fits on one page and has no pager`).toEqual([]);
        continue;
      }
      const byPath = new Map(views.map((p) => [p.n === 1 ? `/themes/${t.id}/` : `/themes/${t.id}/${p.n}/`, p]));
      const seen = new Set([`/themes/${t.id}/`]);
      const queue = [...seen];
      while (queue.length) {
        const p = byPath.get(queue.shift()!)!;
        expect(p.current, `${t.name} page ${p.n}: current page`).toBe(String(p.n));
        for (const href of p.pagerLinks) {
          expect(byPath.has(href), `${t.name} page ${p.n} links to ${href}, which was not built`).toBe(true);
          if (!seen.has(href)) {
            seen.add(href);
            queue.push(href);
          }
        }
      }
      expect(seen.size, `pages of ${t.name} reached from the first`).toBe(views.length);
    }
  });

  it('has valid HTML and no axe violations on a later page', async () => {
    const [id] = [...pagesOf].find(([, v]) => v.length > 1)!;
    // html-validate and axe on the theme's first and second pages, as on every listing's later page.
    await validAndAccessible([`/themes/${id}/`, `/themes/${id}/2/`]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Listings that grow with the archive, at budgets divided by DIVISOR.

interface Listed { path: string; n: number; html: string; main: string; pagerLinks: string[]; current: string | null }

const fileOf = (path: string) => join(distDir, ...path.split('/').filter(Boolean), 'index.html');
const mainOf = (html: string) => {
  const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return body.replace(/<nav class="pager"[\s\S]*?<\/nav>/, '');
};
const hrefs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
const count = <T,>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());

/**
 * The pages of a listing, from its first page through the pager links only (breadth first), in
 * page order; fails if a pager links to a page not built, if a page does not mark itself as the
 * current page, or if the pages are not numbered 1 to n at the expected addresses.
 */
function crawl(base: string, later: (n: number) => string): Listed[] {
  const seen = new Map<string, Listed>();
  const queue = [base];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    expect(existsSync(fileOf(path)), `${path} (linked from a pager) is built`).toBe(true);
    const html = readFileSync(fileOf(path), 'utf8');
    const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const pagerLinks = hrefs(pager, /href="([^"]+)"/g);
    const current = /<span aria-current="page">Page (\d+)<\/span>/.exec(pager)?.[1] ?? null;
    const n = current ? Number(current) : 1;
    seen.set(path, { path, n, html, main: mainOf(html), pagerLinks, current });
    queue.push(...pagerLinks);
  }
  const pages = [...seen.values()].sort((a, b) => a.n - b.n);
  pages.forEach((p, i) => {
    expect(p.n, `${p.path}: page number`).toBe(i + 1);
    expect(p.path, `page ${p.n} of ${base}`).toBe(i === 0 ? base : later(i + 1));
    if (pages.length > 1) expect(p.current, `${p.path} marks itself as the current page`).toBe(String(p.n));
  });
  // No page beyond the last: the next address is not built.
  expect(existsSync(fileOf(later(pages.length + 1))), `${base}: no page ${pages.length + 1}`).toBe(false);
  return pages;
}
const under = (base: string) => (n: number) => `${base}page/${n}/`;
const below = (base: string) => (n: number) => `${base}${n}/`;

/** "Things 6 to 10 of 16": the range a page says it shows. */
function range(p: Listed, what: string): [number, number, number] {
  const m = new RegExp(`${what} (\\d+) to (\\d+) of (\\d+)`).exec(p.main);
  expect(m, `${p.path} says which ${what.toLowerCase()} it shows`).not.toBeNull();
  return [Number(m![1]), Number(m![2]), Number(m![3])];
}
/** Ranges of consecutive pages tile 1..total. */
function expectTiled(pages: Listed[], what: string, total: number, itemsOn: (p: Listed) => number): void {
  let next = 1;
  for (const p of pages) {
    const [a, b, t] = range(p, what);
    expect([a, b, t], `${p.path}: ${what} range`).toEqual([next, next + itemsOn(p) - 1, total]);
    next = b + 1;
  }
  expect(next - 1, `${what}: last of the last page`).toBe(total);
}

async function validAndAccessible(paths: string[]): Promise<void> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  for (const path of paths) {
    const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), `html-validate ${path}`).toEqual([]);
  }
  let server: StaticServer | undefined;
  const browser = await launchBrowser();
  try {
    server = await serveDist(distDir);
    // axe is injected as an inline script, which the pages' Content-Security-Policy blocks:
    // lifted for this context only (the policy itself is tested by tests/csp.test.ts).
    const page = await browser.newPage({ bypassCSP: true });
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
      }, AXE_TAGS);
      expect(violations, `axe on ${path}`).toEqual([]);
    }
  } finally {
    await browser.close();
    await server?.close();
  }
}

interface ReportData { id: string; published: string | null; entity: string | null; ratings: { entity: string; framework: string }[] }
interface EntityData { id: string; type: 'region' | 'pdu'; region: string | null }
interface RecData { id: string; report_id: string; themes: string[] }
interface ItemData { id: string; report_id: string; item: number; answers: string[] }
interface IssueData { id: string; check: string }
interface StoredFindingData extends FindingData { id: string; standard: string | null; kind: string; entity: string | null }

describe(`listings at archive scale (budgets ÷ ${DIVISOR})`, () => {
  let reports: ReportData[];
  let entities: EntityData[];
  let recs: RecData[];
  let items: ItemData[];
  let issues: IssueData[];
  let allFindings: StoredFindingData[];
  const notListed = new Set<string>();
  let listable: StoredFindingData[];
  const entityHref = (e: EntityData) => (e.type === 'region' ? `/regions/${e.id}/` : `/pdus/${e.id}/`);
  const laterPages: string[] = [];

  beforeAll(async () => {
    await buildOnce();
    reports = readCollection<ReportData>(contentDir, 'reports');
    entities = readCollection<EntityData>(contentDir, 'entities');
    recs = readCollection<RecData>(contentDir, 'recommendations');
    items = readCollection<ItemData>(contentDir, 'action-plan-items');
    issues = readCollection<IssueData>(contentDir, 'data-quality');
    allFindings = readFindings(contentDir) as unknown as StoredFindingData[];
    // A table's column headers and the printed front matter are not findings to list.
    const byId = new Map(readFindings(contentDir).map((f) => [f.id, f as Finding]));
    for (const r of reports as unknown as { kind: string; outline: OutlineItem[] }[]) {
      const st = documentStructure({ kind: r.kind, outline: r.outline, findingById: byId });
      for (const id of [...st.headerRows, ...st.frontIds]) notListed.add(id);
    }
    listable = allFindings.filter((f) => !notListed.has(f.id));
  }, 600_000);

  it('/reports/: every document once, newest first, within the budget, with the range each page states', () => {
    const pages = crawl('/reports/', under('/reports/'));
    expect(pages.length, 'pages of /reports/').toBe(Math.ceil(reports.length / BUDGET.reports));
    const listed = pages.map((p) => hrefs(p.main, /<a href="\/reports\/([^"/]+)\/"><strong>/g));
    for (const l of listed) expect(l.length).toBeLessThanOrEqual(BUDGET.reports);
    expect(listed.flat().sort()).toEqual(reports.map((r) => r.id).sort());
    expect(new Set(listed.flat()).size).toBe(reports.length);
    expectTiled(pages, 'Documents', reports.length, (p) => listed[p.n - 1]!.length);
    laterPages.push(pages[1]!.path);
  });

  it('/recommendations/: every recommendation and every unmatched item once, in whole documents', () => {
    const pages = crawl('/recommendations/', under('/recommendations/'));
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.map((p) => hrefs(p.main, /<th scope="row"><a href="\/recommendations\/([^"]+)\/">/g));
    expect(listed.flat().sort(), 'recommendations listed').toEqual(recs.map((r) => r.id).sort());
    const docHeads = pages.flatMap((p) => hrefs(p.main, /<h2 id="r-([^"]+)">/g));
    expect(new Set(docHeads).size, 'each document on one page only').toBe(docHeads.length);
    pages.forEach((p, i) => {
      const docs = hrefs(p.main, /<h2 id="r-([^"]+)">/g).length;
      if (docs > 1) expect(listed[i]!.length, `${p.path} within budget`).toBeLessThanOrEqual(BUDGET.recommendations);
    });
    const orphans = items.filter((i) => i.answers.length === 0).map((i) => `/reports/${i.report_id}/#item-${i.item}`).sort();
    const listedOrphans = pages.flatMap((p) => {
      const at = p.main.indexOf('id="unmatched-items"');
      return at < 0 ? [] : hrefs(p.main.slice(at), /<li><a href="([^"]+)">Item /g);
    });
    expect(listedOrphans.sort(), 'unmatched action plan items').toEqual(orphans);
    const withRecs = pages.filter((_, i) => listed[i]!.length);
    expectTiled(withRecs, 'Recommendations', recs.length, (p) => listed[p.n - 1]!.length);
    laterPages.push(pages[1]!.path);
  });

  it('/entities/: every region and PDU once, A–Z, within the budget; the letters reach their pages', () => {
    const pages = crawl('/entities/', under('/entities/'));
    expect(pages.length).toBe(Math.ceil(entities.length / BUDGET.entities));
    const listed = pages.map((p) => hrefs(p.main, /<li><a href="(\/(?:regions|pdus)\/[^"]+\/)">/g));
    for (const l of listed) expect(l.length).toBeLessThanOrEqual(BUDGET.entities);
    expect(listed.flat().sort()).toEqual(entities.map(entityHref).sort());
    expectTiled(pages, 'Names', entities.length, (p) => listed[p.n - 1]!.length);
    for (const href of hrefs(/<nav aria-label="Letters">[\s\S]*?<\/nav>/.exec(pages[0]!.main)?.[0] ?? "", /href="([^"]*#letter-[^"]+)"/g)) {
      const [path, anchor] = href.split('#');
      const target = path ? pages.find((p) => p.path === path) : pages[0];
      expect(target?.main, `letter link ${href}`).toContain(`id="${anchor}"`);
    }
    laterPages.push(pages[1]!.path);
  });

  it('home and /ratings/: every region once; every rating once in the tables per region and programme', () => {
    const regions = entities.filter((e) => e.type === 'region');
    const pages = crawl('/ratings/', under('/ratings/'));
    expect(pages.length).toBe(Math.ceil(regions.length / BUDGET.regions));
    const listed = pages.map((p) => hrefs(p.main, /<th scope="row"><a href="\/regions\/([^"/]+)\/">/g));
    expect(listed.flat().sort()).toEqual(regions.map((r) => r.id).sort());
    expectTiled(pages, 'Regions', regions.length, (p) => listed[p.n - 1]!.length);
    // The home page: the first page's regions, a link to all of them, the latest documents.
    const home = mainOf(readFileSync(join(distDir, 'index.html'), 'utf8'));
    expect(hrefs(home, /<th scope="row"><a href="\/regions\/([^"/]+)\/">/g)).toEqual(listed[0]);
    expect(home).toContain(`<a href="/ratings/">All ${regions.length} regions</a>`);
    expect(hrefs(home.slice(home.indexOf('id="documents"')), /<li><a href="\/reports\/([^"/]+)\/">/g)).toHaveLength(HOME_DOCUMENTS);
    // Every rating of a region or a PDU in a region is one cell of its region's tables.
    const tables = pages.flatMap((p) => hrefs(p.main, /href="(\/ratings\/[^"]+\/(?:2021|2023)\/)"/g));
    expect(new Set(tables).size).toBe(tables.length);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const expected = count(
      reports.flatMap((r) => r.ratings.filter((x) => { const e = byId.get(x.entity); return e && (e.type === 'region' || e.region); }).map((x) => `${x.entity}|${r.id}`)),
    );
    const cells = new Map<string, number>();
    for (const t of tables) {
      const main = mainOf(readFileSync(fileOf(t), 'utf8'));
      for (const m of main.matchAll(/<tr><th scope="row"><a href="\/(?:regions|pdus)\/([^"/]+)\/">[^<]*<\/a><br><a href="\/reports\/([^"/]+)\/">[\s\S]*?<\/tr>/g)) {
        const k = `${m[1]}|${m[2]}`;
        cells.set(k, (cells.get(k) ?? 0) + (m[0].match(/<td class="c">/g)?.length ?? 0));
      }
    }
    expect(cells).toEqual(expected);
    laterPages.push(pages[1]!.path, tables[0]!);
  });

  it('standard pages: every rating and finding once, grouped by region, in pages of whole regions', () => {
    const standards = readCollection<{ id: string }>(contentDir, 'standards');
    let multi = 0;
    for (const s of standards) {
      const base = `/standards/${s.id}/`;
      const pages = crawl(base, below(base));
      if (pages.length > 1) multi++;
      const expected = listable.filter((f) => f.standard === s.id && f.kind !== 'key-question' && f.kind !== 'rating').map((f) => `/reports/${f.report_id}/#${f.anchor}`).sort();
      const listedFindings = pages.flatMap((p) => hrefs(p.main.slice(p.main.indexOf('<h2 id="findings">')), /<span class="k"><a href="(\/reports\/[^"]+#[^"]+)">/g));
      expect(listedFindings.sort(), `findings of ${s.id}`).toEqual(expected);
      const regionHeads = pages.flatMap((p) => hrefs(p.main, /<h3 id="in-([^"]+)">/g));
      expect(new Set(regionHeads).size, `${s.id}: each region on one page`).toBe(regionHeads.length);
      if (pages.length > 1) {
        expectTiled(pages, 'Regions', regionHeads.length, (p) => hrefs(p.main, /<h3 id="in-([^"]+)">/g).length);
        // The first page says where each region is.
        for (const href of hrefs(pages[0]!.main.slice(pages[0]!.main.indexOf('id="regions"')), /<li><a href="([^"]+#in-[^"]+)">/g)) {
          const [path, anchor] = href.split('#');
          expect(pages.find((p) => p.path === path)?.main, `${s.id}: ${href}`).toContain(`id="${anchor}"`);
        }
        for (const p of pages) {
          const regionsHere = hrefs(p.main, /<h3 id="in-([^"]+)">/g).length;
          const size = (p.main.match(/<tr><th scope="row">/g)?.length ?? 0) + (p.main.match(/<tr class="drives"><th scope="row">/g)?.length ?? 0) + (p.main.match(/<span class="k"><a href="\/reports\//g)?.length ?? 0);
          if (regionsHere > 1) expect(size, `${p.path}: items within the budget`).toBeLessThanOrEqual(BUDGET.standardItems);
        }
        if (!laterPages.some((x) => x.startsWith('/standards/'))) laterPages.push(pages[1]!.path);
      }
      // Ratings rows: one per rating of the standard (entity, document).
      const rows = pages.flatMap((p) => hrefs(p.main, /<tr><th scope="row"><a href="\/(?:regions|pdus)\/([^"/]+)\/">[^<]*<\/a><\/th><td><a href="\/reports\//g));
      expect(new Set(rows.map((r, i) => `${r}|${i}`)).size).toBe(rows.length);
    }
    expect(multi, 'standards on several pages').toBeGreaterThan(0);
  });

  it('theme recommendations: every recommendation on a theme once, on the theme’s pages or pages of their own', () => {
    const themes = readCollection<ThemeData>(contentDir, 'themes');
    let own = 0;
    for (const t of themes) {
      const expected = recs.filter((r) => r.themes.includes(t.id)).map((r) => r.id).sort();
      const first = mainOf(readFileSync(fileOf(`/themes/${t.id}/`), 'utf8'));
      const recBase = `/themes/${t.id}/recommendations/`;
      if (expected.length > BUDGET.themeRecsOnFirstPage) {
        own++;
        expect(first, `${t.name} links to its recommendations`).toContain(`href="${recBase}"`);
        const pages = crawl(recBase, below(recBase));
        const listed = pages.map((p) => hrefs(p.main, /<li><a href="\/recommendations\/([^"]+)\/">/g));
        expect(listed.flat().sort(), `recommendations on ${t.name}`).toEqual(expected);
        expectTiled(pages, 'Recommendations', expected.length, (p) => listed[p.n - 1]!.length);
        if (own === 1 && pages.length > 1) laterPages.push(pages[1]!.path);
      } else {
        const at = first.indexOf('id="recommendations"');
        const listed = at < 0 ? [] : hrefs(first.slice(at, first.indexOf('<h2', at + 10)), /<li><a href="\/recommendations\/([^"]+)\/">/g);
        expect(listed.sort(), `recommendations on ${t.name}`).toEqual(expected);
        expect(existsSync(fileOf(recBase))).toBe(false);
      }
    }
    expect(own, 'themes with recommendations on pages of their own').toBeGreaterThan(0);
  });

  it('data quality: a summary of the checks; every issue once on its check’s pages', () => {
    const summary = mainOf(readFileSync(fileOf('/data-quality/'), 'utf8'));
    const checks = hrefs(summary, /<th scope="row"><a href="\/data-quality\/([^"/]+)\/">/g);
    expect(checks.sort()).toEqual([...new Set(issues.map((i) => i.check))].sort());
    const listed: string[] = [];
    for (const c of checks) {
      const pages = crawl(`/data-quality/${c}/`, below(`/data-quality/${c}/`));
      const here = pages.map((p) => hrefs(p.main, /<li id="(dq-[^"]+)">/g));
      for (const h of here) expect(h.length).toBeLessThanOrEqual(BUDGET.issues);
      const n = issues.filter((i) => i.check === c).length;
      expect(pages.length, `pages of ${c}`).toBe(Math.ceil(n / BUDGET.issues));
      if (pages.length > 1) {
        expectTiled(pages, 'Issues', n, (p) => here[p.n - 1]!.length);
        if (!laterPages.some((x) => x.startsWith('/data-quality/'))) laterPages.push(pages[1]!.path);
      }
      listed.push(...here.flat());
    }
    expect(listed.sort()).toEqual(issues.map((i) => `dq-${i.id.replace(/[^A-Za-z0-9-]+/g, '-')}`).sort());
    expect(laterPages.some((x) => x.startsWith('/data-quality/')), 'a check on several pages').toBe(true);
  });

  it('data quality: findings without a theme, every document once on pages within the budget, the largest shares on the summary', () => {
    const pages = crawl('/data-quality/untagged/', below('/data-quality/untagged/'));
    expect(pages.length, 'pages of /data-quality/untagged/').toBe(Math.ceil(reports.length / BUDGET.untaggedDocuments));
    expect(pages.length, 'the table spans pages at this size').toBeGreaterThan(1);
    const listed = pages.map((p) => hrefs(p.main, /<tr data-report="([^"]+)">/g));
    for (const l of listed) expect(l.length).toBeLessThanOrEqual(BUDGET.untaggedDocuments);
    expectTiled(pages, 'Documents', reports.length, (p) => listed[p.n - 1]!.length);
    expect(listed.flat().sort()).toEqual(reports.map((r) => r.id).sort());
    // the summary: at most ten documents, ordered by their share without a theme, and a link to all
    const summary = mainOf(readFileSync(fileOf('/data-quality/'), 'utf8'));
    const rows = [...summary.matchAll(/<tr data-report="[^"]+">.*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<td class="num">(\d+)/g)].map((x) => Number(x[1])));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
    const shares = rows.map(([f, u]) => u! / f!);
    expect(shares, 'largest share first').toEqual([...shares].sort((a, b) => b - a));
    expect(summary).toContain('href="/data-quality/untagged/"');
    laterPages.push(pages[1]!.path);
  });

  it('findings.json also one file per document, together exactly the combined file', () => {
    const combined = JSON.parse(readFileSync(join(distDir, 'data/findings.json'), 'utf8')) as { id: string; report_id: string }[];
    expect(combined.length).toBe(allFindings.length);
    const perReport = reports.flatMap((r) => {
      const mine = JSON.parse(readFileSync(join(distDir, 'data/findings', `${r.id}.json`), 'utf8')) as { id: string; report_id: string }[];
      expect(mine.every((f) => f.report_id === r.id)).toBe(true);
      return mine;
    });
    expect(JSON.stringify([...perReport].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))).toBe(JSON.stringify([...combined].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))));
    const data = mainOf(readFileSync(fileOf('/data/'), 'utf8'));
    expect(data).toMatch(/findings\.json<\/a><\/h3>\s*<p>[^<]*; [\d,]+ records, [\d.]+ (MB|kB|bytes)\./);
  });

  it('region and PDU pages: every finding filed under a standard once, in pages of whole standards', () => {
    const reportEntity = new Map(reports.map((r) => [r.id, r.entity]));
    let multi = 0;
    for (const e of entities) {
      const base = entityHref(e);
      const pages = crawl(base, below(base));
      const expected = listable
        .filter((f) => (f.entity ?? reportEntity.get(f.report_id)) === e.id && f.standard && !['key-question', 'rating', 'metadata'].includes(f.kind))
        .map((f) => `/reports/${f.report_id}/#${f.anchor}`)
        .sort();
      const section = (p: Listed) => {
        const at = p.main.indexOf('<h2 id="findings">');
        if (at < 0) return '';
        const end = p.main.indexOf('<h2 id="other-findings">', at);
        return p.main.slice(at, end < 0 ? undefined : end);
      };
      const listed = pages.map((p) => hrefs(section(p), /<span class="k"><a href="(\/reports\/[^"]+#[^"]+)">/g));
      expect(listed.flat().sort(), `findings of ${e.id}`).toEqual(expected);
      const heads = pages.flatMap((p) => hrefs(section(p), /<h3 id="(std-[^"]+)">/g));
      expect(new Set(heads).size, `${e.id}: each standard on one page`).toBe(heads.length);
      if (pages.length > 1) {
        multi++;
        pages.forEach((p, i) => {
          if (hrefs(section(p), /<h3 id="(std-[^"]+)">/g).length > 1) expect(listed[i]!.length, `${p.path} within budget`).toBeLessThanOrEqual(BUDGET.entityFindings);
        });
        expectTiled(pages, 'Standards', heads.length, (p) => hrefs(section(p), /<h3 id="(std-[^"]+)">/g).length);
        const kind = base.startsWith('/regions/') ? '/regions/' : '/pdus/';
        if (!laterPages.some((x) => x.startsWith(kind))) laterPages.push(pages[1]!.path);
      }
    }
    expect(multi, 'regions and PDUs on several pages').toBeGreaterThan(0);
  });

  it('later pages of every listing: valid HTML, no axe violations', async () => {
    expect(laterPages.length).toBeGreaterThanOrEqual(6);
    await validAndAccessible(laterPages);
  }, 180_000);
});
