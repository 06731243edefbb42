// A region's or PDU's ratings over time: one column per inspection, oldest first, one row per
// subject (related standards of the 2021 and 2023 frameworks aligned, src/lib/compare.ts), each
// rating with its change since the previous inspection that rated that subject.
import type { Site } from './data';
import type { StandardRow } from './compare';
import { RATINGS, type Rating, type Report } from '../../core/schemas';

export type Change = 'better' | 'worse' | 'same';

export interface HistoryCell {
  framework: string;
  code: string;
  name: string;
  rating: Rating;
  /** Against the previous inspection rating this row; null for the first. */
  change: Change | null;
  previous: Rating | null;
}

export interface RatingHistory {
  inspections: { report: Report; date: string | null }[];
  rows: { key: string; label: string; cells: (HistoryCell | null)[] }[];
}

/** Better is higher on the inspectorate's scale (RATINGS runs from Outstanding down). */
export function changeOf(previous: Rating, now: Rating): Change {
  const d = RATINGS.indexOf(previous) - RATINGS.indexOf(now);
  return d > 0 ? 'better' : d < 0 ? 'worse' : 'same';
}

export function ratingHistory(site: Site, entityId: string, rowOf: Map<string, StandardRow>): RatingHistory {
  const rated = site.ratingRowsByEntity.get(entityId) ?? [];
  const verdicts = site.verdictsByEntity.get(entityId) ?? [];
  const dateOf = (r: Report) => verdicts.find((v) => v.r === r)?.v.fieldwork_started ?? r.fieldwork_started ?? r.published;
  const inspections = [...new Set(rated.map((x) => x.report))]
    .map((report) => ({ report, date: dateOf(report) }))
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.report.id < b.report.id ? -1 : 1));
  const rows = new Map<string, { key: string; label: string; order: number; cells: (HistoryCell | null)[] }>();
  for (const x of rated) {
    const row = (x.standard && rowOf.get(x.standard.id)) || { key: `${x.framework}:${x.code}`, label: x.name, order: 999 };
    const entry = rows.get(row.key) ?? { key: row.key, label: row.label, order: row.order, cells: inspections.map(() => null) };
    rows.set(row.key, entry);
    const col = inspections.findIndex((i) => i.report === x.report);
    entry.cells[col] ??= { framework: x.framework, code: x.code, name: x.name, rating: x.rating, change: null, previous: null };
  }
  for (const r of rows.values()) {
    let last: Rating | null = null;
    for (const c of r.cells) {
      if (!c) continue;
      if (last) Object.assign(c, { previous: last, change: changeOf(last, c.rating) });
      last = c.rating;
    }
  }
  return {
    inspections,
    rows: [...rows.values()].sort((a, b) => a.order - b.order || (a.label < b.label ? -1 : 1)).map(({ key, label, cells }) => ({ key, label, cells })),
  };
}
