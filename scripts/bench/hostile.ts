// npm run bench -- --hostile [--bytes 80000] [--cases id,id] | --fuzz N [--fuzz-seed S]
// Issue 14's measurements, written into BENCHMARKS.md's notes (between their own markers, so
// that a plain `npm run bench` keeps them):
//   --hostile  a clean build (ingest + astro build + index, as scripts/bench/build.ts) of the
//              seeds with the Surrey PDU report carrying one pathological paragraph
//              (scripts/hostile/pathological.ts), for each case, against the same build with an
//              ordinary paragraph of the same size, built just before and just after it (the
//              mean of the two is the case's baseline, so that a change in the machine's load
//              during the run is not taken for a case's cost). Target: each case ≤ 1.5× its
//              baseline.
//   --fuzz N   N fuzz cases (scripts/hostile/fuzz.ts): counts of ingested, refused, failures;
//              each failure is saved under scripts/hostile/fuzz-regressions/ as a regression case.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanBuild, type BuildResult } from './build';
import { load, machine } from './machine';
import { writeBlock } from './notes';
import { fuzz, summary } from '../hostile/fuzz';
import { loadSeeds } from '../hostile/generate';
import { CASE_BYTES, cleanText, pathologicalCases, surrey, withParagraph } from '../hostile/pathological';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-out', 'hostile');
const TARGET = 1.5;
const say = (m: string) => console.log(`bench: ${m}`);
const where = () => {
  const m = machine();
  return `${m.cpu}, ${m.cores} cores, Node ${m.node}`;
};


const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function hostileBench(bytes: number, timeoutMin: number, only?: string[]): Promise<void> {
  const { seed, others } = surrey(join(ROOT, 'seeds'));
  const cases = pathologicalCases(bytes).filter((c) => !only || only.includes(c.id));
  const folder = (id: string, doc: Buffer) => {
    const dir = join(OUT, 'docs', id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const o of others) writeFileSync(join(dir, o.name), o.bytes);
    writeFileSync(join(dir, seed.name), doc);
    return dir;
  };
  const cleanDir = folder('clean', withParagraph(seed, cleanText(seed, bytes)));
  const clean: BuildResult[] = [];
  const rows: { id: string; what: string; r: BuildResult; load: string; base: number }[] = [];
  const build = async (label: string, dir: string) => {
    const loadBefore = load();
    const r = await cleanBuild(dir, join(OUT, 'build', label), timeoutMin * 60_000);
    say(`${label}: ${r.failed ? `${r.failed} ${r.phases[r.failed]?.timedOut ? 'timed out' : 'failed'}: ${r.error}` : s(r.totalMs)} (load ${loadBefore})`);
    return { r, loadBefore };
  };
  const write = () => {
    const lines = [
      `### Pathological documents (issue 14)`,
      '',
      `${new Date().toISOString().slice(0, 10)}, ${where()}. Each case: a clean build (ingest + astro build + index) of the seeds, the Surrey PDU report carrying one added paragraph of ${(bytes / 1000).toFixed(0)} kB (\`scripts/hostile/pathological.ts\`), against the same build with an ordinary paragraph of the same size instead, built just before and just after the case (baseline: the mean of those two; ${clean.length} clean builds from ${s(Math.min(...clean.map((c) => c.totalMs)))} to ${s(Math.max(...clean.map((c) => c.totalMs)))}, median ${s(median(clean.map((c) => c.totalMs)))}). Target: ≤ ${TARGET}× the baseline. Before the fix, on the issue's machine: \`[a](\` ×20,000 109 s, \`**a\` ×30,000 50 s, both with \`_a\` ×30,000 508 s, against ~10 s.`,
      '',
      '| case | added paragraph | ingest | astro build | index | total | baseline | ratio | |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows.map(({ id, what, r, base }) => {
        const ratio = r.totalMs / base;
        return `| ${id} | ${what} | ${s(r.phases.ingest?.ms)} | ${s(r.phases.astro?.ms)} | ${s(r.phases.index?.ms)} | ${r.failed ? `${r.failed} failed` : s(r.totalMs)} | ${s(base)} | ${ratio.toFixed(2)}× | ${!r.failed && ratio <= TARGET ? 'PASS' : 'FAIL'} |`;
      }),
      '',
      `Worst ratio: ${rows.length ? Math.max(...rows.map(({ r, base }) => r.totalMs / base)).toFixed(2) : '—'}×. Load averages before each build are in \`bench-out/hostile/results.json\`. CI runs a fast version (\`scripts/hostile/pathological.test.ts\`: 20 kB, ingest + render only, bound 3×).`,
    ];
    writeBlock('hostile', lines.join('\n'));
    writeFileSync(join(OUT, 'results.json'), JSON.stringify({ bytes, clean, rows }, null, 2) + '\n');
  };
  mkdirSync(OUT, { recursive: true });
  clean.push((await build('clean-0', cleanDir)).r);
  for (const [i, c] of cases.entries()) {
    const { r, loadBefore } = await build(c.id, folder(c.id, withParagraph(seed, c.text)));
    clean.push((await build(`clean-${i + 1}`, cleanDir)).r);
    const base = (clean[clean.length - 2]!.totalMs + clean[clean.length - 1]!.totalMs) / 2;
    rows.push({ id: c.id, what: c.what, r, load: loadBefore, base });
    write();
  }
  say('wrote the hostile section of BENCHMARKS.md');
}

export async function fuzzBench(runs: number, fcSeed: number): Promise<void> {
  const seeds = loadSeeds(join(ROOT, 'seeds'));
  const t0 = Date.now();
  const r = await fuzz(seeds, {
    runs,
    seed: fcSeed,
    timeLimitMs: 20_000,
    // Both cores: the benchmark holds the machine's build lock while it runs.
    workers: 2,
    onProgress: (n, res) => {
      if (n % 500 === 0) say(`fuzz: ${n} cases, ${res.ingested} ingested, ${res.refused} refused (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    },
  });
  say(summary(r));
  const dir = join(ROOT, 'scripts/hostile/fuzz-regressions');
  for (const f of r.failures) {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `fuzz-${fcSeed}-${r.cases}.json`);
    writeFileSync(file, JSON.stringify({ seed: f.name, reason: f.reason, case: f.case }, null, 2) + '\n');
    say(`failure saved to ${file}: ${f.reason}`);
  }
  writeBlock(
    'fuzz',
    [
      '### Fuzzing the ingest (issue 14)',
      '',
      `${new Date().toISOString().slice(0, 10)}, ${where()}. \`npm run bench -- --fuzz ${runs}\` (fast-check seed ${fcSeed}; \`scripts/hostile/fuzz.ts\`): each case is one seed with 1–6 random edits (byte flips, deleted, duplicated and moved lines, inserted markup and control characters, truncation), ingested alone in a worker thread (two at a time) with a 20 s limit, then every finding rendered; it must ingest whole or be refused with file:line and the output folder untouched.`,
      '',
      '| cases | ingested | refused | failures | slowest case | total |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${r.cases} | ${r.ingested} | ${r.refused} | ${r.failures.length} | ${s(r.slowestMs)} | ${(r.totalMs / 60_000).toFixed(1)} min |`,
      '',
      r.failures.length
        ? `Failures (saved as regression cases in \`scripts/hostile/fuzz-regressions/\`): ${r.failures.map((f) => `${f.name}: ${f.reason}`).join('; ')}.`
        : `No failures. \`npm test\` runs 300 cases with seed 14 (\`scripts/hostile/fuzz.test.ts\`) and every saved regression case.`,
    ].join('\n'),
  );
  if (!existsSync(join(ROOT, 'BENCHMARKS.md'))) throw new Error('no BENCHMARKS.md');
}
