import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryCeiling, projectLinear, render, type Results, type SizeRun } from './report';

const MiB = 2 ** 20;
const run = (docs: number, peakMiB: [number, number, number]): SizeRun => ({
  docs,
  loadBefore: '1',
  loadAfter: '1',
  result: {
    docs, failed: null, totalMs: docs * 500, pages: docs * 20, distBytes: 0, pagefindBytes: 0, dist: '',
    phases: Object.fromEntries((['ingest', 'astro', 'index'] as const).map((p, i) => [p, { ok: true, timedOut: false, ms: docs * 100, peakKb: peakMiB[i]! * 1024, exitCode: 0, load: 1 }])),
  },
});

describe('memory towards 10,000 documents', () => {
  it('reads the least-squares line at the size asked', () => {
    expect(projectLinear([[500, 1000], [1000, 1500], [2000, 2500]], 10_000)).toEqual({ at: 10_500, perDoc: 1 });
    expect(projectLinear([[1000, 3]], 10_000)).toBeNull();
  });

  it('fits each phase over the sizes of 500 and more that built, in bytes', () => {
    const sizes = [run(50, [100, 800, 300]), run(500, [600, 1000, 900]), run(1000, [1100, 1500, 1400]), run(2000, [2100, 2500, 2400])];
    const [ingest, astro] = memoryCeiling(sizes, 10_000, 500);
    expect(ingest!.points).toEqual([500, 1000, 2000]);
    expect(ingest!.fit!.perDoc / MiB).toBeCloseTo(1, 6);
    expect(astro!.fit!.at / MiB).toBeCloseTo(10_500, 6);
  });

  it('is judged against the machine in BENCHMARKS.md', () => {
    const res = JSON.parse(readFileSync(new URL('./fixtures/results.json', import.meta.url), 'utf8')) as Results;
    const md = render(res);
    expect(md).toMatch(/\| ceiling: peak memory projected to 10,000 documents \(line through the sizes of 500 and more: 500, 1000, 2000\), largest phase \| ≤ 75% of the machine's 23.5 GiB \(17.6 GiB\) \| 23\.2 GiB \(astro build\) \| FAIL \|/);
    expect(md).toMatch(/\| peak memory at 1,000 documents, largest phase \| ≤ 4 GB \| 3\.\d+ GB \| PASS \|/);
  });
});
