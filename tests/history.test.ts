// Ratings over time on a PDU's page (issue 13). The seeds hold one inspection per PDU, so this
// test builds a small site in a temporary folder from the real seeds plus a dated copy of the
// Surrey PDU report: inspected again in January 2026, rated Good for P 1.1 Leadership (was
// Requires improvement), its score raised to match, everything else as published. The PDU's page
// must show both inspections, oldest first, and the change since the previous one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from './support/paths.ts';

const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);
function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The Surrey report inspected again: dates moved to 2026, Leadership rated Good. */
function reinspected(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === 'P 1.1 Leadership');
  const rating = lines.findIndex((l, i) => i > at && l.trim() === 'Requires improvement');
  if (at < 0 || rating < 0) throw new Error('the Surrey seed no longer has its ratings table as this test expects');
  lines[rating] = 'Good';
  // the same standard's rating where its section opens
  const section = lines.findIndex((l, i) => i > rating + 20 && /^Requires improvement$/.test(l.trim()));
  lines[section] = 'Good';
  return lines
    .join('\n')
    .replace('Score **3/21**', 'Score **4/21**')
    .replace(/March 2024/g, 'March 2026')
    .replace(/15 January 2024/g, '15 January 2026');
}

describe('a PDU inspected twice', () => {
  const work = mkdtempSync(join(tmpdir(), 'history-'));
  const seeds = join(work, 'seeds');
  const dist = join(work, 'dist');
  let html = '';

  beforeAll(() => {
    mkdirSync(seeds);
    let surrey = '';
    for (const name of readdirSync(join(ROOT_DIR, 'seeds'))) {
      copyFileSync(join(ROOT_DIR, 'seeds', name), join(seeds, name));
      const text = readFileSync(join(ROOT_DIR, 'seeds', name), 'utf8');
      if (text.includes('Surrey PDU') && text.includes('P 1.1 Leadership')) surrey = text;
    }
    if (!surrey) throw new Error('no Surrey PDU report among the seeds');
    writeFileSync(join(seeds, 'surrey-again.txt'), reinspected(surrey));
    run(bin('tsx'), ['scripts/ingest.ts', '--seeds', seeds, '--out', join(work, 'content')]);
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', dist, '--silent'], {
      CONTENT_DIR: join(work, 'content'),
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
    html = readFileSync(join(dist, 'pdus', 'pdu-surrey', 'index.html'), 'utf8');
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const table = () => /<table id="history-table"[^>]*>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const row = (label: string) => new RegExp(`<tr data-row="[^"]*"><th scope="row">${label}</th>([\\s\\S]*?)</tr>`).exec(table())?.[1] ?? '';

  it('shows both inspections, oldest first', () => {
    const heads = [...table().matchAll(/<th scope="col"><a href="\/reports\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(heads).toEqual(['surrey-pdu-inspection-2024-03', 'surrey-pdu-inspection-2026-03']);
  });

  it('gives the change since the previous inspection, the framework named', () => {
    const leadership = row('Leadership');
    expect(leadership).toMatch(/2023 P 1\.1[\s\S]*Requires improvement[\s\S]*<\/td><td[^>]*>[\s\S]*2023 P 1\.1[\s\S]*Good[\s\S]*data-change="better"> better than Requires improvement/);
    expect([...leadership.matchAll(/data-change=/g)]).toHaveLength(1); // none on the first inspection
    for (const label of ['Staffing', 'Services', 'Assessment', 'Planning', 'Reviewing']) expect(row(label), label).toContain('data-change="same"> no change');
  });

  it('is not shown for a PDU inspected once', () => {
    expect(readFileSync(join(dist, 'pdus', 'pdu-dorset', 'index.html'), 'utf8')).not.toContain('id="history-table"');
  });
});
