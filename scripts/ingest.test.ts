// The whole ingest, seeds → content files, read back as a user of content/ would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingest, ingestInThread } from './pipeline/ingest';
import { readCollection, readFindings } from './read-content';
import { isMetaFile, MetaError } from './pipeline/meta';

const ROOT = new URL('..', import.meta.url).pathname;
const SEEDS = join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((n) => !n.startsWith('.') && !isMetaFile(n) && statSync(join(SEEDS, n)).isFile()).sort();
const work = mkdtempSync(join(tmpdir(), 'ingest-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
function snapshot(dir: string): Map<string, string> {
  return new Map(walk(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}
const collection = <T>(out: string, name: string): T[] => readCollection<T>(out, name);

describe('ingest of the seeds', () => {
  const out = join(work, 'content');
  beforeAll(async () => {
    await ingest(SEEDS, out);
    // A whole ingest: on two busy cores it can outlast the default 10 s of a hook.
  }, 120_000);

  it('is deterministic: a second run gives byte-identical content', async () => {
    const first = snapshot(out);
    const again = join(work, 'again');
    await ingest(SEEDS, again);
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) expect(second.get(path), path).toBe(text);
  });

  it('recognises each seed by content and writes one report per seed', () => {
    const reports = collection<{ kind: string; source_file: string }>(out, 'reports');
    expect(reports.map((r) => r.kind).sort()).toEqual(['action-plan', 'pdu-report', 'pdu-report', 'regional-letter', 'regional-report']);
    expect(reports.map((r) => r.source_file.split('/').pop()).sort()).toEqual(seedFiles);
  });

  it('links each recommendation to the action-plan item answering it, by addressee and wording', () => {
    const recs = collection<{ id: string; report_id: string; number: number | null; response_item: string | null; match_score: number | null }>(out, 'recommendations');
    const itemOf = (reportPrefix: string, n: number) => {
      const r = recs.find((x) => x.report_id.startsWith(reportPrefix) && x.number === n)!;
      return r.response_item ? Number(r.response_item.split('item-')[1]) : null;
    };
    // The regional report's 16 recommendations are items 14–29 of the plan, one to one.
    for (let n = 1; n <= 16; n++) expect(itemOf('kent-surrey-and-sussex-regional-inspection', n), `KSS ${n}`).toBe(n + 13);
    // Surrey's: merged PDU items 1, 3, 4 and 6 name Surrey among others; 13 is Surrey's own.
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => itemOf('surrey-pdu-inspection', n))).toEqual([1, null, 3, 6, null, 4, 13]);
    const items = collection<{ item: number; answers: { recommendation: string }[] }>(out, 'action-plan-items');
    expect(items.find((i) => i.item === 1)!.answers.map((a) => a.recommendation)).toEqual(['surrey-pdu-inspection-2024-03/rec-1', 'west-kent-pdu-inspection-2024-03/rec-3']);
    // West Kent's: item 1 (merged, naming West Kent among others) and item 11, whose addressee
    // heading was lost with items 9 and 10; recommendations 1 and 2 were answered by those lost items.
    expect([1, 2, 3, 4].map((n) => itemOf('west-kent-pdu-inspection', n))).toEqual([null, null, 1, 11]);
    // The letter's region has no action plan: nothing of it is matched.
    expect(recs.filter((r) => r.report_id.startsWith('south-west')).every((r) => r.response_item === null)).toBe(true);
  });

  it('records the consistency checks the seeds fail, as data', () => {
    const issues = collection<{ check: string; message: string }>(out, 'data-quality');
    const checks = issues.map((i) => i.check);
    expect(issues.find((i) => i.check === 'action-plan-gap')!.message).toMatch(/items 9, 10 are missing/);
    expect(issues.find((i) => i.check === 'action-plan-totals')!.message).toMatch(/Agreed 27 stated, 25 found; Total 29 stated, 27 found/);
    // Every score and every driving key question in the seeds checks out.
    expect(checks).not.toContain('score-sum');
    expect(checks).not.toContain('key-question-band');
  });

  // Every sentence of every seed lands in one finding, heading or footnote (or, for action
  // plans, an item's number, status, owners and dates); word counts prove nothing lands twice.
  it('loses no sentence of any seed', () => {
    const reports = collection<{ id: string; source_file: string; outline: { type: string; id: string; text?: string }[] }>(out, 'reports');
    const findings = readFindings(out);
    const footnotes = collection<{ report_id: string; text: string }>(out, 'footnotes');
    const items = collection<{ report_id: string; item_label: string; status: string; owners: string[]; target_dates: string[] }>(out, 'action-plan-items');
    let total = 0;
    let found = 0;
    const lost: string[] = [];
    for (const r of reports) {
      const units = [
        ...r.outline.filter((o) => o.type === 'heading').map((o) => o.text!),
        ...findings.filter((f) => f.report_id === r.id).map((f) => f.text),
        ...footnotes.filter((f) => f.report_id === r.id).map((f) => f.text),
        ...items.filter((i) => i.report_id === r.id).flatMap((i) => [i.item_label, i.status, ...i.owners, ...i.target_dates]),
      ].map(norm);
      const source = readFileSync(join(ROOT, r.source_file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
      for (const fragment of sentenceFragments(source)) {
        total++;
        if (units.some((u) => u.includes(fragment))) found++;
        else lost.push(`${r.source_file}: ${fragment}`);
      }
      const sourceWords = countWords(sentenceFragments(source).join(' '));
      const contentWords = countWords(units.join(' '));
      const extra = [...contentWords].filter(([w, n]) => n > (sourceWords.get(w) ?? 0)).map(([w, n]) => `${w}×${n - (sourceWords.get(w) ?? 0)}`);
      const missing = [...sourceWords].filter(([w, n]) => n > (contentWords.get(w) ?? 0)).map(([w, n]) => `${w}×${n - (contentWords.get(w) ?? 0)}`);
      expect({ file: r.source_file, extra, missing }).toEqual({ file: r.source_file, extra: [], missing: [] });
    }
    console.log(`fidelity: ${found}/${total} sentence fragments of ${reports.length} seeds found in the content (${((100 * found) / total).toFixed(2)}% coverage)`);
    expect(lost).toEqual([]);
    expect(found).toBe(total);
  });
});

/** Source text with the markup stripped independently of the pipeline's own inline reader. */
function sentenceFragments(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (let cell of line.split('\t')) {
      cell = cell
        .replace(/<sup>\s*\d+\s*<\/sup>/gi, '')
        .replace(/<\/?(p|br)\s*\/?>/gi, '\n')
        .replace(/<\/?(b|i|u|sup|strong|em|span)>/gi, '')
        .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
        .replace(/\[((?:\\.|[^\]\\])*)\]\((?:\\.|\([^()\s]*\)|[^()\\\s])*\)/g, '$1')
        .replace(/\\(.)/g, '$1')
        .replace(/\*+/g, '')
        .replace(/&amp;/g, '&')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*[-•–]\s+/, '')
        .replace(/^\s*\d{1,3}[.)]\s+(?=[a-z])/, '');
      if (/^[\s\-–—|.]*$/.test(cell) && !/\.\s*$/.test(cell.trim()) ) continue;
      // Paragraphs inside a cell (<p>) are units of their own, like sentences.
      for (const s of cell.split(/(?<=[.!?])\s+|\n/)) {
        const n = norm(s);
        if (n && !/^[-–—|]+$/.test(n)) out.push(n);
      }
    }
  }
  return out;
}
function norm(s: string): string {
  return s.replace(/[\s\u00a0\u2003]+/g, ' ').trim();
}
function countWords(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of s.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

describe('an action plan answers its own inspection round', () => {
  // The inspectorate repeats recommendations from one round to the next: an earlier inspection
  // of Surrey with the same seven recommendations must not take the 2024 plan's answers.
  it('matches the plan to the 2024 Surrey report, not to an earlier inspection of Surrey', async () => {
    const dir = mkdtempSync(join(work, 'rounds-'));
    const seeds = join(dir, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    const surrey = seedFiles.find((n) => readFileSync(join(SEEDS, n), 'utf8').includes('Surrey PDU should:'))!;
    const text = readFileSync(join(SEEDS, surrey), 'utf8');
    const earlier = text
      .replace('HM Inspectorate of Probation, March 2024', 'HM Inspectorate of Probation, March 2021')
      .replace('Fieldwork started: 15 January 2024', 'Fieldwork started: 11 January 2021');
    expect(earlier).not.toBe(text);
    writeFileSync(join(seeds, 'earlier-round.txt'), earlier);
    const out = join(dir, 'content');
    await ingest(seeds, out);
    const recs = collection<{ report_id: string; number: number | null; response_item: string | null }>(out, 'recommendations');
    const itemsFor = (report: string) =>
      recs
        .filter((r) => r.report_id === report)
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
        .map((r) => (r.response_item ? Number(r.response_item.split('item-')[1]) : null));
    expect(itemsFor('surrey-pdu-inspection-2024-03')).toEqual([1, null, 3, 6, null, 4, 13]);
    expect(itemsFor('surrey-pdu-inspection-2021-03')).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('ingest refuses bad input with file, line and reason, and writes nothing', () => {
  const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
  const report = seedFiles.find((n) => seedText(n).includes('Surrey PDU should:'))!;

  function runCli(files: Record<string, string | Buffer>) {
    const dir = mkdtempSync(join(work, 'bad-'));
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    for (const [n, body] of Object.entries(files)) writeFileSync(join(seeds, n), body);
    const out = join(dir, 'content');
    mkdirSync(out);
    writeFileSync(join(out, 'sentinel.md'), 'previous content\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--seeds', seeds, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    return { ...r, out, after: snapshot(out) };
  }

  it.each([
    ['an unknown kind', 'notes.txt', 'Minutes of the team meeting\n\nWe discussed the weather.\n', /seeds\/notes\.txt:1: unrecognised document kind/],
    ['a non-text file', 'image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /seeds\/image\.bin:\d+: not a text file/],
    ['a truncated report', 'cut.txt', () => seedText(report).split('\n').slice(0, 250).join('\n'), /seeds\/cut\.txt:\d+: .*truncated/],
    ['an unknown rating word', 'odd.txt', () => seedText(report).replace('P 2.2 Planning\n\nInadequate', 'P 2.2 Planning\n\nSatisfactory'), /seeds\/odd\.txt:128: unknown rating "Satisfactory"/],
  ])('%s', (_what, name, body, message) => {
    const content = typeof body === 'function' ? body() : body;
    const r = runCli({ [name]: content, 'good.txt': seedText(report) });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect([...r.after.keys()]).toEqual(['sentinel.md']);
  });

  it('reads a CRLF copy with a byte-order mark exactly like the original', async () => {
    const a = join(work, 'crlf-a');
    const b = join(work, 'crlf-b');
    const plainDir = join(work, 'plain-seeds');
    const crlfDir = join(work, 'crlf-seeds');
    mkdirSync(plainDir);
    mkdirSync(crlfDir);
    cpSync(join(SEEDS, report), join(plainDir, 'x.txt'));
    writeFileSync(join(crlfDir, 'x.txt'), '\uFEFF' + seedText(report).replace(/\n/g, '\r\n'));
    await ingest(plainDir, a);
    await ingest(crlfDir, b);
    const sa = snapshot(a);
    const sb = snapshot(b);
    // Only the source checksum differs.
    const same = (t: string | undefined) => t?.replace(/source_sha256: \w+/, '').replaceAll('crlf-seeds', 'plain-seeds');
    for (const [path, text] of sa) expect(same(sb.get(path)), path).toBe(same(text));
  });

  it('prints data-quality warnings without failing', () => {
    const r = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--out', join(work, 'warn')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r).toMatch(/ingest: wrote \d+ content files/);
  });
});

describe('the ingest in worker threads', () => {
  const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
  const report = seedFiles.find((n) => seedText(n).includes('Surrey PDU should:'))!;
  const beside = (out: string) => readdirSync(join(out, '..')).filter((n) => n !== 'seeds' && n !== 'content');

  it('writes the same bytes with 1, 2 and 5 workers, whichever document is finished first', async () => {
    const one = join(work, 'workers-1');
    await ingest(SEEDS, one, { workers: 1 });
    const expected = snapshot(one);
    expect(expected.size).toBeGreaterThan(200);
    // Five workers: every seed on a worker of its own, the shortest finished first.
    for (const workers of [2, 5]) {
      const out = join(work, `workers-${workers}`);
      await ingest(SEEDS, out, { workers });
      const got = snapshot(out);
      expect([...got.keys()]).toEqual([...expected.keys()]);
      for (const [path, text] of expected) expect(got.get(path), path).toBe(text);
    }
  });

  it('refuses as in one thread: every refused file in input order, a later duplicate, nothing written, nothing left beside', async () => {
    const dir = mkdtempSync(join(work, 'refused-'));
    const seeds = join(dir, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    writeFileSync(join(seeds, '000_cut.txt'), seedText(report).split('\n').slice(0, 250).join('\n'));
    writeFileSync(join(seeds, 'zz_copy.txt'), seedText(report));
    const out = join(dir, 'content');
    mkdirSync(out);
    writeFileSync(join(out, 'sentinel.md'), 'previous content\n');
    const inThread = (() => {
      try {
        ingestInThread(seeds, out);
      } catch (e) {
        return e as IngestError;
      }
    })()!;
    const inWorkers = await ingest(seeds, out, { workers: 2 }).then(() => null, (e: unknown) => e as IngestError);
    expect(inWorkers).toBeInstanceOf(IngestError);
    expect(inWorkers!.message).toBe(inThread.message);
    expect(inWorkers!.refusals).toEqual(inThread.refusals);
    expect(inWorkers!.refusals.map((r) => `${r.file.split('/').pop()}:${r.line}`)).toEqual(['000_cut.txt:246', 'zz_copy.txt:1']);
    expect(inWorkers!.refusals[1]!.reason).toMatch(/^duplicates .*001_9532c6c7ee9a86e4\.txt: both are the pdu-report surrey-pdu-inspection-2024-03$/);
    expect([...snapshot(out).keys()]).toEqual(['sentinel.md']);
    expect(beside(out)).toEqual([]);
  });

  it('stops on a metadata file in error as in one thread, with its own kind of error', async () => {
    const dir = mkdtempSync(join(work, 'meta-'));
    const seeds = join(dir, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    writeFileSync(join(seeds, report.replace(/\.txt$/, '.meta.yaml')), 'official_url: http://www.example.org/x\n');
    const out = join(dir, 'content');
    const e = await ingest(seeds, out, { workers: 2 }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(MetaError);
    expect((e as Error).message).toMatch(/001_9532c6c7ee9a86e4\.meta\.yaml: official_url: must be an https:\/\/ address/);
    expect(beside(out)).toEqual([]);
  });
});
