// Layout of a distribution chart: one horizontal bar per row, split into the four ratings
// (Outstanding, Good, Requires improvement, Inadequate, left to right), each part as long as its
// count on one scale for the whole chart, with the count written in it where it fits. Computed at
// build time (pure, deterministic: coordinates rounded to a tenth); src/components/
// DistributionChart.astro draws it, with the same numbers in a table beside it.
import { RATINGS, type Rating } from '../../core/schemas';
import type { RatingCounts } from './national';
import { wrap } from './chart';

export interface DistributionRow {
  /** The row's label: a standard ("P 2.1 Assessment") or a year under one. */
  label: string;
  counts: RatingCounts;
}
export interface DistributionGroup {
  /** A heading above its rows (a standard, when rows are years); none for a flat chart. */
  heading?: string;
  rows: DistributionRow[];
}

export interface Segment { rating: Rating; x: number; w: number; n: number; labelled: boolean }
export interface DistributionLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  /** The count the full width stands for. */
  max: number;
  ticks: { x: number; label: string }[];
  headings: { y: number; lines: string[] }[];
  bars: { y: number; label: string; segments: Segment[]; total: number; totalX: number }[];
  /** The key: a swatch and the rating's name, in a row above the chart. */
  legend: { x: number; y: number; rating: Rating }[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;
/** Narrowest part with its count written in it (a digit or two at 12 px). */
const LABEL_MIN = 16;

export function layoutDistribution(groups: readonly DistributionGroup[], width = 600): DistributionLayout {
  const x0 = 215;
  const x1 = width - 40;
  const barH = 18;
  const gap = 6;
  const lineH = 15;
  const legendY = 14;
  const top = 40;
  const max = Math.max(1, ...groups.flatMap((g) => g.rows.map((r) => RATINGS.reduce((s, k) => s + r.counts[k], 0))));
  const scale = (x1 - x0) / max;
  const headings: DistributionLayout['headings'] = [];
  const bars: DistributionLayout['bars'] = [];
  let y = top;
  for (const g of groups) {
    if (g.heading) {
      const lines = wrap(g.heading, 90);
      y += 4;
      headings.push({ y: y + 11, lines });
      y += lines.length * lineH + 2;
    }
    for (const row of g.rows) {
      let x = x0;
      const segments: Segment[] = [];
      for (const rating of RATINGS) {
        const n = row.counts[rating];
        if (!n) continue;
        const w = r1(n * scale);
        segments.push({ rating, x: r1(x), w, n, labelled: w >= LABEL_MIN });
        x += n * scale;
      }
      const total = RATINGS.reduce((s, k) => s + row.counts[k], 0);
      bars.push({ y, label: row.label, segments, total, totalX: r1(x + 4) });
      y += barH + gap;
    }
    if (g.heading) y += 4;
  }
  // A tick at each whole step that keeps at most five of them.
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks: DistributionLayout['ticks'] = [];
  for (let v = 0; v <= max; v += step) ticks.push({ x: r1(x0 + v * scale), label: String(v) });
  return {
    width,
    height: y + 6,
    x0,
    x1,
    max,
    ticks,
    headings,
    bars,
    legend: legendOf(legendY),
  };
}

/** The key's places: each swatch (12 px) and name (about 6.5 px a letter at 12 px) after the last. */
function legendOf(y: number): DistributionLayout['legend'] {
  let x = 0;
  return RATINGS.map((rating) => {
    const at = { x, y, rating };
    x += 12 + 4 + Math.ceil(rating.length * 6.5) + 18;
    return at;
  });
}
