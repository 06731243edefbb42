// The totals table after the items (Agreed / Partly Agreed / Not Agreed / Total).
import type { Block } from '../../blocks';
import { ParseError, type DocNode, type ParsedPlanTotals } from '../../types';
import { findingFromBlock } from '../common';
import { totalsRow, type TableBounds } from './columns';

/** Reads the totals table (the table must have one); returns them and the index of the first block after it. */
export function readTotals(blocks: Block[], table: TableBounds, nodes: DocNode[]): { planTotals: ParsedPlanTotals; next: number } {
  const { totalsIdx, totalsHeadIdx } = table;
  const planTotals: ParsedPlanTotals = { agreed: null, partlyAgreed: null, notAgreed: null, total: null, line: blocks[totalsIdx]!.lines[0] };
  let i = totalsHeadIdx;
  let lastTotals = totalsIdx;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i === totalsHeadIdx && i !== totalsIdx && b.type === 'table-row') {
      nodes.push(findingFromBlock(b, 'table-row'));
      continue;
    }
    const t = totalsRow(b);
    if (!t || b.type !== 'table-row') break;
    if (t.label === 'agreed') planTotals.agreed = t.value;
    else if (t.label === 'partly agreed') planTotals.partlyAgreed = t.value;
    else if (t.label === 'not agreed') planTotals.notAgreed = t.value;
    else planTotals.total = t.value;
    nodes.push(findingFromBlock(b, 'table-row'));
    lastTotals = i;
  }
  const rest = blocks.slice(i).filter((b) => b.type !== 'rule');
  if (planTotals.total === null && rest.length === 0) {
    throw new ParseError(
      blocks[lastTotals]!.lines[1],
      'the totals table ends without its Total row and nothing follows: the document looks truncated',
    );
  }
  return { planTotals, next: i };
}
