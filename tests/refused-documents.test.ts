// One bad document does not take the site down (issue 9, item 5): a site built with
// --skip-refused from a good document and a refused one lists the refused file, its line, the
// reason, what was expected and found and a hint on the data-quality page. The site is built in
// a temporary folder from two documents (the PDU report seed and a note of an unknown kind), as
// tests/hostile-site.test.ts builds its own, so the project's content/, dist/ and cache are never
// touched. The project's own build (no refused document) shows no such section: the
// html-validity and accessibility tests cover its data-quality page as every other page.
// Timing: ~20 s on 2 busy cores (one small build, no browser).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';

const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);
function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return r;
}

const work = mkdtempSync(join(tmpdir(), 'pf-refused-'));
const seedsDir = join(work, 'seeds');
const contentDir = join(work, 'content');
const distDir = join(work, 'dist');
const SEEDS = join(ROOT_DIR, 'seeds');

describe('a build that skips refused documents', () => {
  let log = '';
  let html = '';
  beforeAll(() => {
    mkdirSync(seedsDir);
    const pdu = readdirSync(SEEDS).find((n) => readFileSync(join(SEEDS, n), 'utf8').includes('Surrey PDU should:'))!;
    copyFileSync(join(SEEDS, pdu), join(seedsDir, pdu));
    writeFileSync(join(seedsDir, 'notes.txt'), 'Minutes of the team meeting\n\nWe discussed the weather.\n');
    const ingest = run(bin('tsx'), ['scripts/ingest.ts', '--seeds', seedsDir, '--out', contentDir, '--skip-refused']);
    log = ingest.stdout + ingest.stderr;
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', distDir, '--silent'], {
      CONTENT_DIR: contentDir,
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
    html = readFileSync(join(distDir, 'data-quality', 'index.html'), 'utf8');
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('names the refused file in the log and builds the rest', () => {
    expect(log).toMatch(/refused: .*notes\.txt:1: unrecognised document kind/);
    expect(log).toMatch(/skipped 1 refused document: .*notes\.txt/);
    expect(readdirSync(join(distDir, 'reports')).filter((n) => n !== 'index.html' && n !== 'feed.xml')).toEqual(['surrey-pdu-inspection-2024-03']);
  });

  it('lists the refused file with its line, reason, expected, found and hint on the data-quality page', () => {
    const section = html.slice(html.indexOf('<h2 id="refused">'));
    expect(section).toMatch(/Documents left out of this build <span class="count">\(1\)<\/span>/);
    expect(section).toMatch(/<code>[^<]*notes\.txt<\/code>, line 1: unrecognised document kind/);
    expect(section).toContain('<dt>Expected</dt><dd>an inspection report');
    expect(section).toContain('<dt>Found</dt><dd>a document that begins “Minutes of the team meeting”');
    expect(section).toContain('<dt>Hint</dt><dd>The ingest reads four kinds of document');
  });

  it('has valid HTML on that page', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'data-quality/');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('is not what the project build shows: its data-quality page lists no refused document', () => {
    expect(readFileSync(join(DIST_DIR, 'data-quality', 'index.html'), 'utf8')).not.toContain('id="refused"');
  });
});
