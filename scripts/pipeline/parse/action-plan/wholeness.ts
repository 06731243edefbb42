// An items table cut short is refused: where no totals table follows, the table must not stop
// inside a cell, part-way through a row, on an addressee heading, after its header, or inside
// an item (its recommendation, actions, owners or dates still open). HMPPS plans close with their
// totals table, so a plan without one was cut short even where the cut fell between two rows.
import { ParseError, type Lines } from '../../types';
import { dateContinues, ownerContinues, plain, tagsBalanced } from './cells';
import { lastOpen, recIsOpen, recParagraphs, type Draft, type Piece } from './draft';
import type { ItemsCtx, LastRow } from './context';

/** Why an item that ends the table looks cut, or null. */
function itemCut(d: Draft): string | null {
  const lastOf = (ps: Piece[]) => plain(ps[ps.length - 1]?.raw ?? '');
  if (recIsOpen(d)) return `in item ${d.number}'s recommendation ("…${recParagraphs(d).map(plain).join(' ').slice(-40)}")`;
  if (d.actions.length === 0) return `in item ${d.number}, before its actions`;
  if (lastOpen(d.actions)) return `in item ${d.number}'s actions ("…${lastOf(d.actions).slice(-40)}")`;
  if (d.status !== 'Not Agreed' && d.owners.length === 0) return `in item ${d.number}, before its owners`;
  if (d.status !== 'Not Agreed' && d.dates.length === 0) return `in item ${d.number}, before its target dates`;
  const lo = d.owners[d.owners.length - 1];
  if (lo && ownerContinues(lo.raw, 'X')) return `in item ${d.number}'s owners ("…${lastOf(d.owners).slice(-40)}")`;
  const ld = d.dates[d.dates.length - 1];
  if (ld && dateContinues(ld.raw, 'X')) return `in item ${d.number}'s target dates ("…${lastOf(d.dates).slice(-40)}")`;
  return null;
}

/** Why the table's last row looks cut, or null. */
function rowCut(row: LastRow, draft: Draft | null): string | null {
  if (!tagsBalanced(row.raw)) return 'inside a cell (a <p> or <b> tag is left open)';
  if (row.short) return 'part-way through a row (its last columns are missing)';
  if (row.kind === 'addressee') return 'on an addressee heading with no item under it';
  if (row.kind === 'header') return 'right after its header row';
  return row.kind === 'item' && draft ? itemCut(draft) : null;
}

export function requireWholeTable(c: ItemsCtx): void {
  const { lines, blocks, table, lastRow } = c;
  if (table.totalsIdx >= 0) return;
  if (lastRow) {
    // The document's last line, whatever block it made, ends inside a tag it opened.
    let end = lines.length;
    while (end > 0 && lines[end - 1]!.trim() === '') end--;
    if (end > 0 && end >= blocks[table.firstItemIdx]!.lines[0] && !tagsBalanced(lines[end - 1]!)) {
      throw new ParseError(end, 'the items table stops inside a cell (a <p> or <b> tag is left open) and no totals table follows: the document looks truncated');
    }
    const why = rowCut(lastRow, c.draft);
    if (why) throw new ParseError(lastRow.lines[1], `the items table stops ${why} and no totals table follows: the document looks truncated`);
  }
  throw new ParseError(lines.length, 'no totals table (Agreed / Partly Agreed / Not Agreed / Total) after the items table: the document looks truncated');
}
