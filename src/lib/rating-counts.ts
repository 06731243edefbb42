// Counting ratings: shared by the build (src/lib/national.ts) and the filter tool's script
// (src/client/national-filter.ts), so that both name the same weakest and strongest standards.
// Pure, with nothing of the build's in it.
import type { Rating } from '../../core/schemas';

// The scale, as core/schemas.ts has it (a test holds them equal): imported from there, the
// browser's copy of this module would bring the schemas' validation library with it.
export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const satisfies readonly Rating[];
export const RATING_POINTS: Record<Rating, number> = { Outstanding: 3, Good: 2, 'Requires improvement': 1, Inadequate: 0 };

export type RatingCounts = Record<Rating, number>;
export const noCounts = (): RatingCounts => ({ Outstanding: 0, Good: 0, 'Requires improvement': 0, Inadequate: 0 });
export const totalOf = (c: RatingCounts) => RATINGS.reduce((s, r) => s + c[r], 0);

/** Average points on the inspectorate's scale (Outstanding 3 … Inadequate 0); null when nothing is rated. */
export function meanPoints(c: RatingCounts): number | null {
  const n = totalOf(c);
  return n ? RATINGS.reduce((s, r) => s + c[r] * RATING_POINTS[r], 0) / n : null;
}

/** Average points as printed: two decimals, or a dash. */
export const formatMean = (m: number | null) => (m === null ? '—' : m.toFixed(2));

/**
 * The weakest and strongest of some counted things (standards), in their order: lowest and highest
 * average points; a tie goes to the larger share of Inadequate (weakest) or of Good or better
 * (strongest), and all tied with the first are named. None when fewer than two were rated or all
 * are alike.
 */
export function weakestAndStrongest<T extends { counts: RatingCounts }>(items: readonly T[]): { weakest: T[]; strongest: T[] } {
  const rated = items.map((x, order) => ({ x, order, n: totalOf(x.counts), mean: meanPoints(x.counts) })).filter((r) => r.n > 0);
  if (rated.length < 2) return { weakest: [], strongest: [] };
  const share = (r: (typeof rated)[number], rs: Rating[]) => rs.reduce((s, k) => s + r.x.counts[k], 0) / r.n;
  const pick = (key: (r: (typeof rated)[number]) => [number, number]) => {
    const sorted = [...rated].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || a.order - b.order);
    const [k0, k1] = key(sorted[0]!);
    return sorted.filter((r) => key(r)[0] === k0 && key(r)[1] === k1).map((r) => r.x);
  };
  const weakest = pick((r) => [r.mean!, -share(r, ['Inadequate'])]);
  const strongest = pick((r) => [-r.mean!, -share(r, ['Outstanding', 'Good'])]);
  if (weakest.length === rated.length) return { weakest: [], strongest: [] };
  return { weakest, strongest };
}
