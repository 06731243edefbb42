// npm run bench -- --ingest [--sizes 250,500,1000,2500] [--workers 1,2] [--runs 3] [--label after]
// Issue 21's measurement of the ingest alone: for each synthetic corpus size, the ingest
// (tsx scripts/ingest.ts, as scripts/bench/build.ts runs it, with the build's heap limit) --runs
// times per number of workers (INGEST_WORKERS), the numbers of workers taking turns so that the
// machine's other work falls on each alike; the median wall time and the largest peak memory
// (measure.ts). Runs are
// kept in bench-out/ingest.json by label (a run of an older checkout, copied in, is its
// "before"), and BENCHMARKS.md's notes get a block of every label's figures with the targets
// judged on the newest: peak memory under 1 GiB at 2,500 documents, each size within 1.2× of
// the peak at 250, projected to 10,000 under 8 GiB, and 2 workers at least 1.6× faster than 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withHeapLimit } from '../heap.mjs';
import { load, machine } from './machine';
import { measure } from './measure';
import { writeBlock } from './notes';
import { projectLinear } from './report';
import { writeCorpus } from './synthesise';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-out');
const RESULTS = join(OUT, 'ingest.json');

export interface IngestRun {
  label: string;
  date: string;
  /** The commit measured (git describe of the checkout), for the reader. */
  commit: string;
  docs: number;
  workers: number;
  ok: boolean;
  /** The median wall time of its runs. */
  ms: number;
  /** The largest peak memory of its runs. */
  peakKb: number;
  /** Each run's wall time, in the order run (absent in entries of one run, from before --runs). */
  times?: number[];
  /** `uptime`'s load averages before the run. */
  load: string;
}

export const INGEST_TARGET = { peakGiB: 1, peakAt: 2500, flatFrom: 250, flatRatio: 1.2, ceilingGiB: 8, ceilingDocs: 10_000, fitFrom: 500, speedup: 1.6 };

const GiB = 2 ** 30;
const mib = (kb: number) => `${Math.round(kb / 1024)} MiB`;
const verdict = (ok: boolean | null) => (ok === null ? 'NOT RUN' : ok ? 'PASS' : 'FAIL');

/** The newest label's figures against the targets, as rows [measure, target, result, verdict]. */
export function judge(runs: IngestRun[], label: string): [string, string, string, string][] {
  const mine = runs.filter((r) => r.label === label && r.ok);
  // Each size's peak: the largest over the numbers of workers run (more workers, more isolates).
  const peakAt = (docs: number) => {
    const xs = mine.filter((r) => r.docs === docs).map((r) => r.peakKb);
    return xs.length ? Math.max(...xs) * 1024 : null;
  };
  const sizes = [...new Set(mine.map((r) => r.docs))].sort((a, b) => a - b);
  const t = INGEST_TARGET;
  const rows: [string, string, string, string][] = [];
  const top = peakAt(t.peakAt);
  rows.push([`ingest peak memory at ${t.peakAt.toLocaleString('en-GB')} documents`, `< ${t.peakGiB} GiB`, top === null ? 'not run' : mib(top / 1024), verdict(top === null ? null : top < t.peakGiB * GiB)]);
  const base = peakAt(t.flatFrom);
  const others = sizes.filter((d) => d > t.flatFrom);
  const worst = base === null || others.length === 0 ? null : Math.max(...others.map((d) => peakAt(d)! / base));
  rows.push([`ingest peak memory at ${others.join(', ') || '—'} documents vs ${t.flatFrom} (largest ratio)`, `≤ ${t.flatRatio}×`, worst === null ? 'not run' : `${worst.toFixed(2)}×`, verdict(worst === null ? null : worst <= t.flatRatio)]);
  const pts = sizes.filter((d) => d >= t.fitFrom).map((d) => [d, peakAt(d)!] as [number, number]);
  const fit = projectLinear(pts, t.ceilingDocs);
  rows.push([`ingest peak memory projected to ${t.ceilingDocs.toLocaleString('en-GB')} documents (line through ${pts.map(([d]) => d).join(', ') || '—'})`, `< ${t.ceilingGiB} GiB`,
    fit ? `${(fit.at / GiB).toFixed(2)} GiB (${(fit.perDoc / 1024).toFixed(1)} KiB a document)` : 'not run', verdict(fit ? fit.at < t.ceilingGiB * GiB : null)]);
  const timeOf = (docs: number, workers: number) => mine.find((r) => r.docs === docs && r.workers === workers)?.ms;
  const both = sizes.filter((d) => timeOf(d, 1) !== undefined && timeOf(d, 2) !== undefined);
  const largest = both[both.length - 1];
  const speedup = largest === undefined ? null : timeOf(largest, 1)! / timeOf(largest, 2)!;
  rows.push([`ingest wall time, 1 worker vs 2${largest === undefined ? '' : ` at ${largest} documents`}`, `≥ ${t.speedup}× faster`, speedup === null ? 'not run' : `${speedup.toFixed(2)}×`, verdict(speedup === null ? null : speedup >= t.speedup)]);
  return rows;
}

export function renderIngest(runs: IngestRun[], newest: string, where: string): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const labels = [...new Set(runs.map((r) => r.label))];
  const out = ['### Ingest memory and workers (issue 21)', ''];
  out.push(`\`npm run bench -- --ingest --sizes … --workers … --label …\` (\`scripts/bench/ingest.ts\`) on ${where}: the ingest alone (\`tsx scripts/ingest.ts\` with the build's heap limit) of each synthetic corpus, ` +
    'once or more per number of workers (`INGEST_WORKERS`, taking turns), the median wall time and the largest peak memory (the largest process\'s max RSS, worker threads included). Targets judged on the ' +
    `“${newest}” runs.`, '');
  out.push(row(['measure', 'target', 'result', '']), row(['---', '---', '---', '---']), ...judge(runs, newest).map(row), '');
  out.push(row(['run', 'commit', 'date', 'documents', 'workers', 'wall time', 'per document', 'peak memory', 'load average before its first run (1, 5, 15 min)']));
  out.push(row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---']));
  for (const label of labels) {
    for (const r of runs.filter((x) => x.label === label).sort((a, b) => a.docs - b.docs || a.workers - b.workers)) {
      out.push(row([label, `\`${r.commit}\``, r.date, r.docs, r.workers, r.ok ? wallTime(r) : 'failed', r.ok ? `${(r.ms / r.docs).toFixed(0)} ms` : '—', mib(r.peakKb), r.load]));
    }
  }
  out.push('', 'The machine is shared: other work ran beside these runs (the load averages say how much), which slows wall times more than it changes memory.');
  return out.join('\n');
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** "41.2 s", or with several runs their median and range: "41.2 s (3 runs: 40.1–44.0)". */
function wallTime(r: IngestRun): string {
  if (!r.times || r.times.length < 2) return `${seconds(r.ms)} s`;
  return `${seconds(r.ms)} s (${r.times.length} runs: ${seconds(Math.min(...r.times))}–${seconds(Math.max(...r.times))})`;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The commit measured, for the reader of the table. */
function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function ingestBench(sizes: number[], workers: number[], label: string, timeoutMin: number, times = 1): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const runs: IngestRun[] = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : [];
  const m = machine();
  const where = `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`;
  const head = commit();
  for (const docs of sizes) {
    const dir = join(OUT, `docs-${docs}`);
    writeCorpus(join(ROOT, 'seeds'), dir, docs);
    const measured = new Map(workers.map((w) => [w, [] as { ok: boolean; ms: number; peakKb: number; load: string }[]]));
    for (let i = 0; i < times; i++) {
      for (const w of workers) {
        const work = join(OUT, `ingest-${docs}`);
        rmSync(work, { recursive: true, force: true });
        mkdirSync(work, { recursive: true });
        const before = load();
        const env = withHeapLimit({ ...process.env, INGEST_WORKERS: String(w) });
        const r = await measure(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ingest.ts', '--seeds', dir, '--out', join(work, 'content')], { env, log: join(work, 'ingest.log'), timeoutMs: timeoutMin * 60_000 });
        measured.get(w)!.push({ ok: r.ok, ms: r.ms, peakKb: r.peakKb, load: before });
        console.log(`bench: ingest ${docs} documents, ${w} worker${w === 1 ? '' : 's'}, run ${i + 1} of ${times}: ${r.ok ? `${seconds(r.ms)} s` : 'failed'}, peak ${mib(r.peakKb)} (load ${before})`);
        rmSync(work, { recursive: true, force: true });
      }
    }
    for (const [w, xs] of measured) {
      const ms = xs.map((x) => x.ms);
      const run: IngestRun = {
        label, date: new Date().toISOString().slice(0, 10), commit: head, docs, workers: w, ok: xs.every((x) => x.ok),
        ms: median(ms), peakKb: Math.max(...xs.map((x) => x.peakKb)), ...(times > 1 ? { times: ms } : {}), load: xs[0]!.load,
      };
      const i = runs.findIndex((x) => x.label === label && x.docs === docs && x.workers === w);
      if (i >= 0) runs[i] = run;
      else runs.push(run);
    }
    writeFileSync(RESULTS, JSON.stringify(runs, null, 2) + '\n');
    writeBlock('ingest', renderIngest(runs, label, where));
  }
}
