// The national picture's counting (src/lib/national.ts, src/lib/rating-counts.ts) and its chart
// layout (src/lib/distribution-chart.ts): pure functions on small made-up inspections.
import { describe, expect, it } from 'vitest';
import { RATING_POINTS as SCHEMA_POINTS, RATINGS as SCHEMA_RATINGS, type Rating } from '../../core/schemas';
import { layoutDistribution } from './distribution-chart';
import { sinceMonths, type Inspection } from './national';
import { meanPoints, noCounts, RATING_POINTS, RATINGS, weakestAndStrongest, type RatingCounts } from './rating-counts';

const counts = (o: number, g: number, ri: number, i: number): RatingCounts => ({ Outstanding: o, Good: g, 'Requires improvement': ri, Inadequate: i });

describe('rating counts', () => {
  it('has the scale of core/schemas.ts (its own copy keeps the validation library out of the browser)', () => {
    expect(RATINGS).toEqual(SCHEMA_RATINGS);
    expect(RATING_POINTS).toEqual(SCHEMA_POINTS);
  });
  it('averages on the inspectorate’s scale', () => {
    expect(meanPoints(counts(1, 1, 1, 1))).toBe(1.5);
    expect(meanPoints(noCounts())).toBeNull();
  });
  it('names the weakest and strongest, a tie on the average going to the larger share of Inadequate or of Good and better', () => {
    const a = { id: 'a', counts: counts(0, 0, 2, 0) }; // 1.00, no Inadequate
    const b = { id: 'b', counts: counts(0, 1, 0, 1) }; // 1.00, half Inadequate: weaker than a
    const c = { id: 'c', counts: counts(0, 2, 0, 0) }; // 2.00
    const d = { id: 'd', counts: noCounts() }; // not rated: neither
    expect(weakestAndStrongest([a, b, c, d])).toEqual({ weakest: [b], strongest: [c] });
    // All alike: nothing is weaker than anything else.
    expect(weakestAndStrongest([a, { id: 'e', counts: counts(0, 0, 2, 0) }])).toEqual({ weakest: [], strongest: [] });
    expect(weakestAndStrongest([a])).toEqual({ weakest: [], strongest: [] });
  });
});

describe('month by month', () => {
  const x = (level: 'pdu' | 'region', month: string | null, overall: Rating | null) => ({ level, month, overall }) as unknown as Inspection;
  it('counts each month’s inspections and the running totals since each month, newest first, one level at a time', () => {
    const rows = sinceMonths([
      x('pdu', '2023-06', 'Requires improvement'), x('pdu', '2023-06', 'Inadequate'), x('pdu', '2024-03', 'Good'),
      x('pdu', '2024-01', null), x('region', '2024-01', 'Inadequate'), x('pdu', null, 'Outstanding'),
    ], 'pdu');
    expect(rows.map((r) => [r.month, r.inMonth.n, r.since.n, r.since.Good, r.since.Inadequate, r.since.unrated])).toEqual([
      ['2024-03', 1, 1, 1, 0, 0],
      ['2024-01', 1, 2, 1, 0, 1],
      ['2023-06', 2, 4, 1, 1, 1],
    ]);
  });
});

describe('distribution chart', () => {
  const L = layoutDistribution([{ rows: [{ label: 'P 2.1 Assessment', counts: counts(0, 1, 2, 9) }, { label: 'P 1.1 Leadership', counts: counts(0, 0, 0, 0) }] }]);
  it('draws a part per rating given, in the scale’s order, on one scale for the chart', () => {
    const [bar, empty] = L.bars;
    expect(bar!.segments.map((s) => [s.rating, s.n])).toEqual([['Good', 1], ['Requires improvement', 2], ['Inadequate', 9]]);
    expect(bar!.segments.reduce((s, x) => s + x.w, 0)).toBeCloseTo(L.x1 - L.x0, 0);
    expect(bar!.total).toBe(12);
    expect(empty!.segments).toEqual([]);
  });
  it('writes a count in its part only where it fits', () => {
    const wide = layoutDistribution([{ rows: [{ label: 'x', counts: counts(1, 0, 0, 99) }] }]);
    expect(wide.bars[0]!.segments.map((s) => s.labelled)).toEqual([false, true]);
  });
  it('is the same every time (coordinates to a tenth)', () => {
    expect(JSON.stringify(layoutDistribution([{ rows: [{ label: 'a', counts: counts(1, 2, 3, 4) }] }]))).toBe(JSON.stringify(layoutDistribution([{ rows: [{ label: 'a', counts: counts(1, 2, 3, 4) }] }])));
    for (const s of L.bars[0]!.segments) expect(Math.round(s.x * 10) / 10).toBe(s.x);
  });
});
