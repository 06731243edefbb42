// The items table's layout: which column is which (from its header row, or the usual six),
// where the table starts and ends, and each row's cells aligned to the columns by content.
import type { Block } from '../../blocks';
import { ParseError } from '../../types';
import { cellParagraphs, dateLike, headingAddressee, isAnd, LABEL, ownerLike, plain, prose, statusOf, SUBLABEL, terse, words } from './cells';

export type Role = 'no' | 'rec' | 'status' | 'actions' | 'owners' | 'dates';
export type RowBlock = Extract<Block, { type: 'table-row' }>;

export const DEFAULT_COLUMNS: Role[] = ['no', 'rec', 'status', 'actions', 'owners', 'dates'];

export function headerRole(cell: string): Role | null {
  const t = plain(cell).replace(/^\d+\.\s*/, '').toLowerCase();
  if (/\brec(ommendation)?\.?\s*(no|number)\b|^no\.?$|^number$|^ref/.test(t)) return 'no';
  if (/\bagreed\b/.test(t)) return 'status';
  if (/\bowner/.test(t)) return 'owners';
  if (/\bdate|timescale|deadline/.test(t)) return 'dates';
  if (/\baction|response/.test(t)) return 'actions';
  if (/\brecommendation/.test(t)) return 'rec';
  return null;
}

/** The column roles a header row names, or null when the row is not the items table's header. */
export function headerColumns(row: RowBlock): Role[] | null {
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length < 4) return null;
  const roles = filled.map(headerRole);
  if (roles.some((r) => r === null)) return null;
  const set = new Set(roles);
  if (set.size !== roles.length || !set.has('rec') || !set.has('actions') || !(set.has('owners') || set.has('dates'))) return null;
  return roles as Role[];
}

/** The item number a row opens with: its first filled cell, in the first two columns. */
export function rowLabel(row: RowBlock): { label: string; number: number; cell: number } | null {
  const idx = row.cells.findIndex((c) => plain(c) !== '');
  if (idx < 0 || idx > 1) return null;
  const label = plain(row.cells[idx]!);
  const m = LABEL.exec(label);
  if (m) return { label, number: Number(m[1]), cell: idx };
  if (SUBLABEL.test(label)) {
    throw new ParseError(row.lines[0], `item label "${label}" is not a plain number; this parser does not know lettered sub-items`);
  }
  return null;
}

export const TOTAL_LABEL = /^(agreed|partly agreed|not agreed|total|totals)$/i;
export function totalsRow(b: Block | undefined): { label: string; value: number } | null {
  if (!b || b.type !== 'table-row') return null;
  const filled = b.cells.map(plain).filter((c) => c !== '');
  if (filled.length !== 2 || !TOTAL_LABEL.test(filled[0]!) || !/^\d+$/.test(filled[1]!)) return null;
  return { label: filled[0]!.toLowerCase(), value: Number(filled[1]) };
}

export interface RowContext {
  /** The item's recommendation text so far expects more (empty, cut mid-sentence, or ends on a heading). */
  recOpen: boolean | null;
  /** The item's last action is cut mid-sentence. */
  actionOpen: boolean | null;
}

export function startsWithHeading(raw: string): boolean {
  const first = cellParagraphs(raw)[0] ?? '';
  return headingAddressee(first) !== null || isAnd(first);
}
export const hasRecMarkers = (raw: string) => cellParagraphs(raw).some((p) => headingAddressee(p) !== null || isAnd(p));

export function cellScore(raw: string, role: Role, ctx: RowContext): number {
  const paras = cellParagraphs(raw);
  switch (role) {
    case 'no':
      return -1000; // only the row's label goes there, placed before alignment
    case 'status':
      return statusOf(raw) ? 15 : paras.length === 1 && terse(raw, 4) && !/<p>/i.test(raw) ? 1 : -20;
    case 'dates':
      return paras.every(dateLike) ? 8 : paras.every((p) => terse(p, 8)) ? 0 : -30;
    case 'owners':
      return paras.every(ownerLike) ? 6 : paras.every((p) => terse(p, 12)) ? 0 : -30;
    case 'rec': {
      let s = paras.some(prose) ? 3 : 2;
      if (hasRecMarkers(raw)) s += 6;
      if (ctx.recOpen === true) s += 3;
      else if (ctx.recOpen === false && !startsWithHeading(raw)) s -= 4;
      return s;
    }
    case 'actions': {
      let s = paras.some(prose) ? 3 : 2;
      if (hasRecMarkers(raw)) s -= 6;
      if (ctx.actionOpen === true) s += 3;
      return s;
    }
  }
}

/**
 * Which column each filled cell of a row belongs to. Cells keep their order; content decides,
 * and position breaks ties (a row with fewer cells than columns has lost cells on the left).
 */
export function alignRow(row: RowBlock, columns: Role[], ctx: RowContext, label: number | null): Map<Role, string> {
  const n = row.cells.length;
  const ncols = columns.length;
  const filled = row.cells.map((c, i) => ({ raw: c.trim(), i })).filter((c) => plain(c.raw) !== '');
  const fixed = new Map<number, number>(); // filled index → column index
  if (label !== null) {
    const noCol = columns.indexOf('no');
    const at = filled.findIndex((c) => c.i === label);
    if (noCol >= 0 && at >= 0) fixed.set(at, noCol);
  }
  if (filled.length > ncols) {
    throw new ParseError(row.lines[0], `table row has ${filled.length} filled cells but the table has ${ncols} columns`);
  }
  const positional = (i: number, col: number) => {
    if (n >= ncols) return col === i ? 1.5 : 0;
    return col === i + (ncols - n) ? 1.5 : col === i ? 0.5 : 0;
  };
  let best: { score: number; cols: number[] } | null = null;
  const cols: number[] = [];
  const memo = new Map<number, number>();
  const walk = (k: number, minCol: number, score: number) => {
    if (k === filled.length) {
      if (!best || score > best.score) best = { score, cols: [...cols] };
      return;
    }
    const cell = filled[k]!;
    const forced = fixed.get(k);
    for (let col = minCol; col < ncols; col++) {
      if (forced !== undefined && col !== forced) continue;
      // Leave room for the cells still to place.
      if (ncols - col < filled.length - k) break;
      const key = k * ncols + col;
      let s = memo.get(key);
      if (s === undefined) {
        s = forced !== undefined ? 0 : cellScore(cell.raw, columns[col]!, ctx) + positional(cell.i, col);
        memo.set(key, s);
      }
      cols.push(col);
      walk(k + 1, col + 1, score + s);
      cols.pop();
    }
  };
  walk(0, 0, 0);
  const out = new Map<Role, string>();
  const chosen = best as { score: number; cols: number[] } | null;
  if (!chosen) throw new ParseError(row.lines[0], 'cannot align this table row with the columns of the action plan');
  chosen.cols.forEach((col, k) => out.set(columns[col]!, filled[k]!.raw));
  return out;
}

/** Where the items table lies among a plan's blocks. */
export interface TableBounds {
  /** The header row's block, or -1. */
  headerIdx: number;
  columns: Role[];
  /** Block index → item number, for every row that starts an item. */
  labels: Map<number, number>;
  firstItemIdx: number;
  /** The first totals row, or -1. */
  totalsIdx: number;
  /** The totals table's first block (a label row above the totals, or the totals themselves). */
  totalsHeadIdx: number;
  tableStart: number;
  tableEnd: number;
}

/** Finds the items table: its header (or first numbered row) and its end (the totals). */
export function locateTable(blocks: Block[], lastLine: number): TableBounds {
  // Where the items table starts (its header, or the first numbered row) and ends (the totals).
  let headerIdx = -1;
  let columns = DEFAULT_COLUMNS;
  const labels = new Map<number, number>(); // block index → item number
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'table-row') continue;
    const lab = rowLabel(b);
    if (lab) labels.set(i, lab.number);
    else if (headerIdx < 0 && labels.size === 0) {
      const cols = headerColumns(b);
      if (cols) {
        headerIdx = i;
        if (cols.includes('no') && cols.includes('status')) columns = cols;
      }
    }
  }
  const firstItemIdx = labels.size ? Math.min(...labels.keys()) : -1;
  if (firstItemIdx < 0) {
    const at = headerIdx >= 0 ? blocks[headerIdx]!.lines[0] : lastLine;
    throw new ParseError(at, 'no items: the action plan has no table row that starts with a recommendation number');
  }
  let totalsIdx = -1;
  for (let i = firstItemIdx; i < blocks.length; i++) {
    if (totalsRow(blocks[i])) {
      totalsIdx = i;
      break;
    }
  }
  // A short label row just above the totals ("Recommendations") heads the totals table.
  let totalsHeadIdx = totalsIdx;
  if (totalsIdx > 0) {
    const prev = blocks[totalsIdx - 1]!;
    if (
      prev.type === 'table-row' &&
      !labels.has(totalsIdx - 1) &&
      prev.lines[1] === blocks[totalsIdx]!.lines[0] - 1 &&
      prev.cells.every((c) => words(plain(c)) <= 4 && !/<p>/i.test(c))
    ) {
      totalsHeadIdx = totalsIdx - 1;
    }
  }
  const tableStart = headerIdx >= 0 && headerIdx < firstItemIdx ? headerIdx : firstItemIdx;
  const tableEnd = totalsHeadIdx >= 0 ? totalsHeadIdx : blocks.length;
  return { headerIdx, columns, labels, firstItemIdx, totalsIdx, totalsHeadIdx, tableStart, tableEnd };
}
