// Property-based fuzzing of the ingest (issue 14) with fast-check: a seed document mutated by a
// few random edits (byte flips, deleted, duplicated and moved lines, inserted markup and control
// characters, truncation) must either ingest (a whole content folder, every finding rendering)
// or be refused with "<file>:<line>: <reason>" and the output folder left as it was; never an
// unexpected exception, never a case running past the time limit, never a half-written
// content/. Deterministic for a given fast-check seed. Cases run in worker threads
// (fuzz-worker.ts), each ended and replaced when a case passes its time limit; a failing case
// is shrunk to the fewest of its edits that still fail.
// `npm test` runs a few hundred (scripts/hostile/fuzz.test.ts); `npm run bench -- --fuzz N`
// runs N and writes the counts to BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { CaseReply, CaseRequest } from './fuzz-worker';
import type { Seed } from './generate';

/** Markup, control and odd characters the edits insert. */
export const INSERTS = [
  '**', '*', '_', '__', '[', ']', '](', '[a](', '](#)', '<sup>', '</sup>', '<sup>1</sup>', '<b>', '</b>', '<i>', '<script>',
  '`', '```', '\t', '#', '## ', '|', '| --- |', '---', '- ', '1. ', '> ', '&amp;', '&#0;', '&#x110000;', '&', '\\', '¹²',
  '\u0000', '\u0001', '\u001b', '\u007f', '\r', '\r\n', '\n', '\n\n', '\u00a0', '\u200b', '\u202e', '\ufeff', '\ud800', '€', '🙂',
  'Good', 'Inadequate', 'Requires improvement', 'Recommendations', 'Outstanding', '1.1', 'Surrey', 'MAPPA',
];

export type Edit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'delete'; line: number; count: number }
  | { op: 'duplicate'; line: number; count: number }
  | { op: 'move'; line: number; to: number }
  | { op: 'insert'; line: number; col: number; text: string }
  | { op: 'truncate'; at: number };

/** A position as a fraction of a length, so edits stay meaningful as the bytes change. */
const frac = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10_000);
// Weighted towards edits that keep the bytes UTF-8 text, so that most cases reach the parsers
// (a flipped byte or a control character is refused at once, which is right but shallow).
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ op: fc.constant('flip' as const), at: frac, bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), line: frac, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), line: frac, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move' as const), line: frac, to: frac }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      line: frac,
      col: frac,
      text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 8 }), fc.array(fc.constantFrom(...INSERTS), { minLength: 2, maxLength: 30 }).map((a) => a.join(''))),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: frac }) },
);
export const caseArb = (seeds: number) => fc.record({ seed: fc.integer({ min: 0, max: seeds - 1 }), edits: fc.array(editArb, { minLength: 1, maxLength: 6 }) });
export type FuzzCase = { seed: number; edits: Edit[] };

/** The seed's bytes with the edits applied, in order. */
export function applyEdits(bytes: Uint8Array, edits: Edit[]): Buffer {
  let b = Buffer.from(bytes);
  const lines = () => b.toString('latin1').split('\n');
  const fromLines = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');
  for (const e of edits) {
    if (e.op === 'flip') {
      if (!b.length) continue;
      const i = Math.floor(e.at * b.length);
      b = Buffer.from(b);
      b[i] = b[i]! ^ (1 << e.bit);
    } else if (e.op === 'truncate') {
      b = b.subarray(0, Math.floor(e.at * b.length));
    } else {
      // Lines are edited as latin1 strings, so that invalid UTF-8 bytes survive unchanged.
      const ls = lines();
      const i = Math.floor(e.line * ls.length);
      if (e.op === 'delete') ls.splice(i, e.count);
      else if (e.op === 'duplicate') ls.splice(i, 0, ...ls.slice(i, i + e.count));
      else if (e.op === 'move') {
        const [l] = ls.splice(i, 1);
        if (l !== undefined) ls.splice(Math.floor(e.to * ls.length), 0, l);
      } else {
        const l = ls[i] ?? '';
        const col = Math.floor(e.col * (l.length + 1));
        ls[i] = l.slice(0, col) + Buffer.from(e.text, 'utf8').toString('latin1') + l.slice(col);
      }
      b = fromLines(ls);
    }
  }
  return b;
}

export interface FuzzResult {
  cases: number;
  ingested: number;
  refused: number;
  failures: { case: FuzzCase; name: string; reply: CaseReply | null; reason: string }[];
  /** The slowest case, ms. */
  slowestMs: number;
  totalMs: number;
}

/** One worker at a time; replaced when a case passes its time limit. */
class Runner {
  private worker: Worker | null = null;
  constructor(private readonly timeLimitMs: number) {}
  private start(): Worker {
    const w = new Worker(new URL('./fuzz-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    w.unref();
    return w;
  }
  run(req: CaseRequest): Promise<CaseReply | 'timeout'> {
    const w = (this.worker ??= this.start());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void w.terminate();
        this.worker = null;
        resolve('timeout');
      }, this.timeLimitMs);
      const onMessage = (r: CaseReply) => {
        cleanup();
        resolve(r);
      };
      const onError = (e: Error) => {
        cleanup();
        this.worker = null;
        reject(e);
      };
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage(req);
    });
  }
  async close() {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** Fewest edits that still fail: drop edits one at a time while the case still fails (greedy). */
async function shrink(c: FuzzCase, fails: (c: FuzzCase) => Promise<boolean>): Promise<FuzzCase> {
  let best = c;
  for (let changed = true; changed && best.edits.length > 1; ) {
    changed = false;
    for (let i = 0; i < best.edits.length; i++) {
      const fewer = { ...best, edits: best.edits.filter((_, k) => k !== i) };
      if (await fails(fewer)) {
        best = fewer;
        changed = true;
        break;
      }
    }
  }
  return best;
}

export async function fuzz(
  seeds: Seed[],
  {
    runs,
    seed = 14,
    timeLimitMs = 10_000,
    workers = 1,
    onProgress,
  }: { runs: number; seed?: number; timeLimitMs?: number; workers?: number; onProgress?: (done: number, r: FuzzResult) => void },
): Promise<FuzzResult> {
  const work = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const runners = Array.from({ length: Math.max(1, workers) }, () => new Runner(timeLimitMs));
  const result: FuzzResult = { cases: 0, ingested: 0, refused: 0, failures: [], slowestMs: 0, totalMs: 0 };
  const t0 = performance.now();
  const judge = async (runner: Runner, c: FuzzCase) => {
    const s = seeds[c.seed]!;
    const r = await runner.run({ work, name: s.name, bytes: applyEdits(s.bytes, c.edits) });
    if (r === 'timeout') return { reply: null, reason: `ran past the ${timeLimitMs} ms limit`, name: s.name };
    return { reply: r, reason: r.defects.length ? r.defects.join('; ') : null, name: s.name };
  };
  // The cases are fast-check's for this seed, the same on every run; they run on `workers`
  // workers at once (each case is independent, so the counts do not depend on the order).
  const cases = fc.sample(caseArb(seeds.length), { seed, numRuns: runs });
  const failed: FuzzCase[] = [];
  let next = 0;
  try {
    await Promise.all(
      runners.map(async (runner) => {
        while (next < cases.length) {
          const c = cases[next++]!;
          const { reply, reason } = await judge(runner, c);
          result.cases++;
          if (reply?.ending === 'ingested') result.ingested++;
          if (reply?.ending === 'refused') result.refused++;
          result.slowestMs = Math.max(result.slowestMs, reply?.ms ?? timeLimitMs);
          if (reason) failed.push(c);
          onProgress?.(result.cases, result);
        }
      }),
    );
    // Each failure, shrunk to the fewest edits that still fail, becomes a regression case.
    for (const c of failed) {
      const small = await shrink(c, async (x) => (await judge(runners[0]!, x)).reason !== null);
      const { reply, reason, name } = await judge(runners[0]!, small);
      result.failures.push({ case: small, name, reply, reason: reason ?? 'failed once, not again' });
    }
  } finally {
    await Promise.all(runners.map((r) => r.close()));
    rmSync(work, { recursive: true, force: true });
  }
  result.totalMs = performance.now() - t0;
  return result;
}

export const summary = (r: FuzzResult) =>
  `fuzz: ${r.cases} cases, ${r.ingested} ingested, ${r.refused} refused, ${r.failures.length} failures (slowest case ${(r.slowestMs / 1000).toFixed(2)} s, ${(r.totalMs / 1000).toFixed(1)} s in all)`;
