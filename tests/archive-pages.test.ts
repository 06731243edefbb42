// Theme pages at archive scale (issue 5): a theme tags ~128 findings in the four seeds and
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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/synthesise.ts';
import { readCollection, readFindings } from '../scripts/pipeline/read-content.ts';
import { FINDINGS_PER_PAGE } from '../src/lib/theme-pages.ts';
import { launchBrowser } from './support/browser.ts';
import { ROOT_DIR } from './support/paths.ts';
import { serveDist, type StaticServer } from './support/server.ts';

const DOCUMENTS = 16;
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

describe('theme pages at archive scale', () => {
  let themes: ThemeData[];
  let findings: FindingData[];
  const pagesOf = new Map<string, PageView[]>();

  beforeAll(() => {
    const started = Date.now();
    writeCorpus(join(ROOT_DIR, 'seeds'), join(work, 'seeds'), DOCUMENTS);
    run(bin('tsx'), ['scripts/ingest.ts', '--seeds', join(work, 'seeds'), '--out', contentDir]);
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', distDir, '--silent'], {
      CONTENT_DIR: contentDir,
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
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
    console.log(`[archive-pages] ${DOCUMENTS} documents built in ${((Date.now() - started) / 1000).toFixed(1)}s; ${multi} of ${themes.length} themes on several pages`);
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    const [id, views] = [...pagesOf].find(([, v]) => v.length > 1)!;
    const second = views[1]!;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(second.html, `themes/${id}/2/`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);

    let server: StaticServer | undefined;
    const browser = await launchBrowser();
    try {
      server = await serveDist(distDir);
      // axe-core is injected as an inline script, which the pages' policy would block.
      const page = await browser.newPage({ bypassCSP: true });
      for (const path of [`/themes/${id}/`, `/themes/${id}/2/`]) {
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
  }, 120_000);
});
