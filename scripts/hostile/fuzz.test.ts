// The fuzzer (fuzz.ts) in `npm test`: a few hundred mutated seeds with a fixed fast-check seed,
// so the run is the same every time; then every saved regression case (fuzz-regressions/, a
// failure the fuzzer once found, with the edits that made it) must end well. The counts are
// printed; `npm run bench -- --fuzz 10000` runs the long version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCase } from './fuzz-worker';
import { applyEdits, fuzz, summary, type FuzzCase } from './fuzz';
import { loadSeeds } from './generate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seeds = loadSeeds(join(ROOT, 'seeds'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const REGRESSIONS = join(ROOT, 'scripts/hostile/fuzz-regressions');

describe('fuzzing the ingest', () => {
  it(`${RUNS} mutated seeds: each ingests or is refused with file:line, none crashes or hangs`, { timeout: 600_000 }, async () => {
    const r = await fuzz(seeds, { runs: RUNS, seed: SEED, timeLimitMs: 20_000 });
    console.log(summary(r));
    for (const f of r.failures) console.log(`fuzz failure (${f.name}): ${f.reason}\n  edits: ${JSON.stringify(f.case)}`);
    expect(r.cases).toBe(RUNS);
    expect(r.ingested + r.refused).toBe(RUNS);
    expect(r.failures.map((f) => `${f.name}: ${f.reason} ${JSON.stringify(f.case)}`)).toEqual([]);
  });

  const saved = (() => {
    try {
      return readdirSync(REGRESSIONS).filter((n) => n.endsWith('.json')).sort();
    } catch {
      return [];
    }
  })();
  // Never skipped: at least one case is kept (a past defect of the ingest), so the replay runs.
  it(`${saved.length} saved regression cases end well`, { timeout: 120_000 }, async () => {
    expect(saved.length).toBeGreaterThan(0);
    const work = mkdtempSync(join(tmpdir(), 'fuzz-regressions-'));
    try {
      for (const file of saved) {
        const { seed, case: c } = JSON.parse(readFileSync(join(REGRESSIONS, file), 'utf8')) as { seed: string; case: FuzzCase };
        const s = seeds.find((x) => x.name === seed);
        expect(s, `${file}: seed ${seed}`).toBeDefined();
        const started = performance.now();
        const reply = await runCase({ work, name: s!.name, bytes: applyEdits(s!.bytes, c.edits) });
        expect(reply.defects, file).toEqual([]);
        expect(['ingested', 'refused'], file).toContain(reply.ending);
        // the fuzzer's own limit for a case (fuzz.test's timeLimitMs)
        expect(performance.now() - started, file).toBeLessThan(20_000);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
