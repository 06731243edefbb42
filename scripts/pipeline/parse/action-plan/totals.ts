// The totals table after the items (Agreed / Partly Agreed / Not Agreed / Total), into a section
// of the tree: each row a finding stating its total.
import type { Block } from '../../blocks';
import { ParseError } from '../../types';
import { findingFromBlock } from '../common';
import { section, type Section } from '../../tree/types';
import { totalsRow, type TableBounds } from './columns';

/** Reads the totals table (the table must have one) into `root`; returns the index of the first block after it. */
export function readTotals(blocks: Block[], table: TableBounds, root: Section): number {
  const { totalsIdx, totalsHeadIdx } = table;
  const totals = section('totals', null);
  root.children.push(totals);
  let i = totalsHeadIdx;
  let lastTotals = totalsIdx;
  let total = false;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i === totalsHeadIdx && i !== totalsIdx && b.type === 'table-row') {
      totals.children.push({ type: 'leaf', finding: findingFromBlock(b, 'table-row'), block: b });
      continue;
    }
    const t = totalsRow(b);
    if (!t || b.type !== 'table-row') break;
    total ||= !['agreed', 'partly agreed', 'not agreed'].includes(t.label);
    totals.children.push({ type: 'leaf', finding: findingFromBlock(b, 'table-row'), block: b, fact: { role: 'plan-total', ...t, line: b.lines[0] } });
    lastTotals = i;
  }
  if (!total && blocks.slice(i).every((b) => b.type === 'rule')) {
    throw new ParseError(blocks[lastTotals]!.lines[1], 'the totals table ends without its Total row and nothing follows: the document looks truncated');
  }
  return i;
}
