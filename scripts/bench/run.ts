// npm run bench [-- --sizes 50,200,1000|none --runs 3 --timeout-min 30]
//           [-- --hostile [--bytes 80000]] [-- --fuzz 10000 [--fuzz-seed 14]] (see hostile.ts)
//           [-- --lighthouse [--dist dist] [--runs 3]] (see lighthouse.ts)
//           [-- --ingest [--sizes 250,500,1000,2500] [--workers 1,2] [--runs 1] [--label after]] (see ingest.ts)
// Clean builds of the seeds (median of --runs), page weight of that build, then one clean build
// per synthetic corpus size; writes BENCHMARKS.md (after every step, so a long run that is
// stopped still leaves what it measured) and bench-out/results.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanBuild, indexCommand } from './build';
import { load, machine } from './machine';
import { memoryMethod } from './measure';
import { notesOf, render, type Results } from './report';
import { benchSearch, type SearchBenchRow } from './search';
import { writeCorpus } from './synthesise';
import { pageWeight } from './weight';

const ROOT = resolve(import.meta.dirname, '../..');
process.chdir(ROOT);
const OUT = 'bench-out';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
// Issue 14's measurements (scripts/bench/hostile.ts): pathological documents, fuzzing.
if (args.includes('--hostile') || args.includes('--fuzz')) {
  const { hostileBench, fuzzBench } = await import('./hostile');
  if (args.includes('--hostile')) await hostileBench(Number(opt('--bytes', '80000')), Number(opt('--timeout-min', '10')), args.includes('--cases') ? opt('--cases', '').split(',') : undefined);
  if (args.includes('--fuzz')) await fuzzBench(Number(opt('--fuzz', '10000')), Number(opt('--fuzz-seed', '14')));
  process.exit(0);
}
// Issue 21's measurement of the ingest alone (scripts/bench/ingest.ts): memory and workers.
if (args.includes('--ingest')) {
  const { ingestBench } = await import('./ingest');
  const list = (name: string, fallback: string) => opt(name, fallback).split(',').map(Number).filter((n) => n > 0);
  await ingestBench(list('--sizes', '250,500,1000,2500'), list('--workers', '1,2'), opt('--label', 'after'), Number(opt('--timeout-min', '30')), Number(opt('--runs', '1')));
  process.exit(0);
}
// Issue 12's Lighthouse scores of a built site (scripts/bench/lighthouse.ts); builds nothing.
if (args.includes('--lighthouse')) {
  const { lighthouseCommand } = await import('./lighthouse');
  await lighthouseCommand(resolve(opt('--dist', 'dist')), Number(opt('--runs', '3')));
  process.exit(process.exitCode ?? 0);
}
const sizes = opt('--sizes', '50,200').split(',').map(Number).filter((n) => n > 0);
const runs = Number(opt('--runs', '3'));
const timeoutMin = Number(opt('--timeout-min', '30'));

// Sizes measured before and not re-run now (1,000 is run by hand) are carried over, dated.
const previous: Results | null = existsSync(join(OUT, 'results.json')) ? JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) : null;
const carried = (previous?.sizes ?? []).filter((x) => !sizes.includes(x.docs)).map((x) => ({ ...x, from: x.from ?? previous!.date }));
const notes = notesOf(existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : null);
const results: Results = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(),
  memoryMethod,
  indexLabel: indexCommand('DIST').label,
  timeoutMin,
  seeds: { runs: [], loads: [] },
  weight: null,
  sizes: [],
};
results.sizes.push(...carried);
function save() {
  results.sizes.sort((a, b) => a.docs - b.docs);
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync('BENCHMARKS.md', render(results, notes));
}
const say = (m: string) => console.log(`bench: ${m}`);

/** Search in Chromium on a built site (time to first result and bytes, for three queries); null if it could not run. */
async function search(dist: string, what: string): Promise<SearchBenchRow[] | null> {
  try {
    const rows = await benchSearch(dist);
    say(`${what}: search ${rows.map((r) => `“${r.query}” ${r.firstResultMs} ms, ${(r.bytes / 1000).toFixed(0)} KB`).join('; ')}`);
    return rows;
  } catch (err) {
    say(`${what}: search not measured: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    return null;
  }
}

mkdirSync(OUT, { recursive: true });
for (let i = 0; i < runs; i++) {
  results.seeds.loads.push(load());
  const r = await cleanBuild('seeds', join(OUT, 'seeds'), timeoutMin * 60_000);
  results.seeds.runs.push(r);
  say(`seeds run ${i + 1}: ${r.failed ? `${r.failed} failed, see ${OUT}/seeds/logs/` : `${(r.totalMs / 1000).toFixed(2)} s`}`);
  save();
}
const last = results.seeds.runs[results.seeds.runs.length - 1];
if (last && !last.failed) results.weight = pageWeight(last.dist);
if (last && !last.failed) results.seedsSearch = await search(last.dist, 'seeds');
save();

for (const n of sizes) {
  const docs = join(OUT, `docs-${n}`);
  writeCorpus('seeds', docs, n);
  const loadBefore = load();
  say(`${n} documents: building (load ${loadBefore})`);
  const r = await cleanBuild(docs, join(OUT, `build-${n}`), timeoutMin * 60_000);
  const loadAfter = load();
  // Page weight of what was built (every page type at this archive size), if Astro finished.
  const weight = r.failed && r.failed !== 'index' ? undefined : pageWeight(r.dist);
  results.sizes.push({ docs: n, result: r, loadBefore, loadAfter, weight, search: r.failed ? null : await search(r.dist, `${n} documents`) });
  say(`${n} documents: ${r.failed ? `${r.failed} ${r.phases[r.failed]?.timedOut ? 'timed out' : 'failed'}, see ${OUT}/build-${n}/logs/` : `${(r.totalMs / 1000).toFixed(1)} s`}`);
  save();
}
say('wrote BENCHMARKS.md');
