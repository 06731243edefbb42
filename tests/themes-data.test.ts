// Themes as data (issue 13): a theme added to data/themes.yaml appears on the site with its
// findings, and the data-quality page counts, per document, the findings that carry no theme.
//
// The added theme is built in a temporary folder: the real seeds, ingested with a copy of the
// taxonomy plus one theme (`ingest --themes FILE`), then `astro build` with Astro's cache in
// the same folder (tests/support/astro.isolated.config.mjs), so the project's content/, dist/
// and cache are never touched. About 15 s on a busy 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';

const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);

interface StoredFinding { report_id: string; anchor: string; kind: string; text: string; themes: string[] }

function findingsOf(contentDir: string): StoredFinding[] {
  const dir = join(contentDir, 'findings');
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (load(readFileSync(join(dir, name), 'utf8')) as { findings: StoredFinding[] }).findings);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

describe('a theme added to data/themes.yaml', () => {
  const work = mkdtempSync(join(tmpdir(), 'themes-site-'));
  const contentDir = join(work, 'content');
  const distDir = join(work, 'dist');
  let tagged: StoredFinding[] = [];

  beforeAll(() => {
    const file = join(work, 'themes.yaml');
    writeFileSync(
      file,
      readFileSync(join(ROOT_DIR, 'data', 'themes.yaml'), 'utf8') +
        '- id: curfews\n  name: Curfews and tags\n  definition: Curfew requirements and their electronic monitoring.\n  terms:\n    - curfew\n    - electronic monitoring\n',
    );
    run(bin('tsx'), ['scripts/ingest.ts', '--out', contentDir, '--themes', file]);
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', distDir, '--silent'], {
      CONTENT_DIR: contentDir,
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
    tagged = findingsOf(contentDir).filter((f) => f.themes.includes('curfews'));
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has its page, listing every finding it tags with a link to the paragraph', () => {
    expect(tagged.length).toBeGreaterThanOrEqual(2);
    const html = readFileSync(join(distDir, 'themes', 'curfews', 'index.html'), 'utf8');
    expect(html).toContain('<h1>Curfews and tags</h1>');
    expect(html).toContain('Curfew requirements and their electronic monitoring.');
    for (const f of tagged) expect(html).toContain(`href="/reports/${f.report_id}/#${f.anchor}"`);
  });

  it('is on the themes index, and a tagged paragraph links back to it', () => {
    expect(readFileSync(join(distDir, 'themes', 'index.html'), 'utf8')).toContain('href="/themes/curfews/"');
    const first = tagged[0]!;
    // The paragraph's citation link carries its tags (its dialog links them), and its entry on the
    // citation page, where the link leads without JavaScript, links the theme.
    const report = readFileSync(join(distDir, 'reports', first.report_id, 'index.html'), 'utf8');
    const link = new RegExp(`<a class="pc" href="/cite/${first.report_id}/#${first.anchor}"[^>]*>`).exec(report)?.[0] ?? '';
    expect(/data-t="([^"]*)"/.exec(link)?.[1]?.split(' ')).toContain('curfews');
    expect(report).toContain('"curfews":"Curfews');
    const cite = readFileSync(join(distDir, 'cite', first.report_id, 'index.html'), 'utf8');
    expect(cite.split(`<li id="${first.anchor}" class="cite-entry">`)[1]!.split('</li>')[0]).toContain('href="/themes/curfews/"');
  });
});

describe('the data quality pages count the findings without a theme, per document', () => {
  it('matches content/findings for every document', () => {
    const html = readFileSync(join(DIST_DIR, 'data-quality', 'untagged', 'index.html'), 'utf8');
    const findings = findingsOf(join(ROOT_DIR, 'content')).filter((f) => f.kind !== 'metadata');
    const reports = [...new Set(findings.map((f) => f.report_id))];
    expect(reports.length).toBe(readdirSync(join(ROOT_DIR, 'seeds')).filter((n) => n.endsWith('.txt')).length);
    for (const id of reports) {
      const mine = findings.filter((f) => f.report_id === id);
      const none = mine.filter((f) => f.themes.length === 0).length;
      const row = new RegExp(`<tr data-report="${id}">.*?</tr>`).exec(html)?.[0];
      expect(row, id).toBeDefined();
      const cells = [...row!.matchAll(/<td class="num"[^>]*>(\d+)/g)].map((m) => Number(m[1]));
      expect(cells, id).toEqual([mine.length, none]);
    }
    // the summary shows the same counts, for the documents with any finding without a theme
    const summary = readFileSync(join(DIST_DIR, 'data-quality', 'index.html'), 'utf8');
    const shown = [...summary.matchAll(/<tr data-report="([^"]+)">/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual(reports.filter((id) => findings.some((f) => f.report_id === id && f.themes.length === 0)).sort());
    expect(summary).toContain('href="/data-quality/untagged/"');
  });
});
