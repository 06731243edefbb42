// An item while its rows are read: the pieces of each column gathered across page breaks.
import type { ActionPlanStatus } from '../../../../core/schemas';
import type { Lines } from '../../types';
import { cellParagraphs, closes, headingAddressee, isAnd } from './cells';

export interface Piece {
  raw: string;
  lines: Lines;
}

export interface Draft {
  label: string;
  number: number;
  lines: Lines;
  recRaws: string[];
  recLines: Lines | null;
  status: ActionPlanStatus | null;
  actions: Piece[];
  owners: Piece[];
  dates: Piece[];
  /** The addressee heading in force when the item's row was read. */
  addressee: string | null;
}

export function recParagraphs(d: Draft): string[] {
  return d.recRaws.flatMap(cellParagraphs);
}
export function recIsOpen(d: Draft): boolean {
  const ps = recParagraphs(d);
  const last = ps[ps.length - 1];
  if (last === undefined) return true;
  if (headingAddressee(last) !== null || isAnd(last)) return true;
  return !closes(last);
}
export function lastOpen(ps: Piece[]): boolean | null {
  const last = ps[ps.length - 1];
  return last ? !closes(last.raw) : null;
}

/** "recommendation 22", "recommendations 5 and 11", "Recommendation 1 activity": the numbers, as written. */
export function crossReferences(texts: string[]): number[] {
  const out: number[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(/\brecommendations?\s+(\d{1,3}(?:\s*(?:,|and|&|\/)\s*\d{1,3})*)\b/gi)) {
      for (const d of m[1]!.match(/\d+/g) ?? []) {
        const n = Number(d);
        if (!out.includes(n)) out.push(n);
      }
    }
  }
  return out;
}
