import { describe, expect, it } from 'vitest';
import { judge, median, renderIngest, type IngestRun } from './ingest';

const run = (label: string, docs: number, workers: number, peakMiB: number, seconds: number): IngestRun => ({
  label, date: '2026-12-01', commit: 'abc1234', docs, workers, ok: true, ms: seconds * 1000, peakKb: peakMiB * 1024, load: '1.00, 1.00, 1.00',
});

describe('the ingest bench judged against issue 21', () => {
  const before = [run('before', 250, 1, 420, 30), run('before', 1000, 1, 1750, 110)];
  const flat = [
    ...[250, 500, 1000, 2500].flatMap((d) => [run('after', d, 1, 300 + d / 100, d / 10), run('after', d, 2, 320 + d / 100, d / 18)]),
  ];

  it('takes each size’s largest peak over its numbers of workers, and 1 worker’s time over 2 workers’ at the largest size', () => {
    const rows = judge([...before, ...flat], 'after');
    expect(rows[0]).toEqual(['ingest peak memory at 2,500 documents', '< 1 GiB', '345 MiB', 'PASS']);
    // 345 / 322.5 at 2,500 vs 250
    expect(rows[1]).toEqual(['ingest peak memory at 500, 1000, 2500 documents vs 250 (largest ratio)', '≤ 1.2×', '1.07×', 'PASS']);
    expect(rows[2]![0]).toBe('ingest peak memory projected to 10,000 documents (line through 500, 1000, 2500)');
    // 320 MiB + 0.01 MiB a document → 420 MiB at 10,000
    expect(rows[2]![2]).toBe('0.41 GiB (10.2 KiB a document)');
    expect(rows[3]).toEqual(['ingest wall time, 1 worker vs 2 at 2500 documents', '≥ 1.6× faster', '1.80×', 'PASS']);
  });

  it('fails memory that grows with the archive, and says what was not run', () => {
    const rows = judge(before, 'before');
    expect(rows[0]![3]).toBe('NOT RUN');
    expect(rows[1]).toEqual(['ingest peak memory at 1000 documents vs 250 (largest ratio)', '≤ 1.2×', '4.17×', 'FAIL']);
    expect(rows[3]![3]).toBe('NOT RUN');
  });

  it('writes every label’s runs and the targets of the newest', () => {
    const md = renderIngest([...before, ...flat], 'after', 'a test machine');
    expect(md).toContain('| before | `abc1234` | 2026-12-01 | 1000 | 1 | 110.0 s | 110 ms | 1750 MiB | 1.00, 1.00, 1.00 |');
    expect(md).toContain('| after | `abc1234` | 2026-12-01 | 2500 | 2 | 138.9 s | 56 ms | 345 MiB | 1.00, 1.00, 1.00 |');
    expect(md).toContain('Targets judged on the “after” runs.');
  });

  it('shows a size run several times by its median and range', () => {
    expect(median([44_000, 40_100, 41_200])).toBe(41_200);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    const several = { ...run('after', 1000, 2, 270, 41.2), times: [44_000, 40_100, 41_200] };
    const md = renderIngest([several], 'after', 'a test machine');
    expect(md).toContain('| after | `abc1234` | 2026-12-01 | 1000 | 2 | 41.2 s (3 runs: 40.1–44.0) | 41 ms | 270 MiB | 1.00, 1.00, 1.00 |');
  });
});
