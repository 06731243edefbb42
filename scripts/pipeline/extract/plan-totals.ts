// Extractor: an action plan's totals as its totals table states them (the checks compare them
// with the items found).
import type { ParsedPlanTotals } from '../types';
import { factsOf, type Section } from '../tree/types';

export function planTotals(root: Section): ParsedPlanTotals | null {
  const rows = factsOf(root, 'plan-total');
  if (rows.length === 0) return null;
  const totals: ParsedPlanTotals = { agreed: null, partlyAgreed: null, notAgreed: null, total: null, line: rows[0]!.fact.line };
  for (const { fact } of rows) {
    if (fact.label === 'agreed') totals.agreed = fact.value;
    else if (fact.label === 'partly agreed') totals.partlyAgreed = fact.value;
    else if (fact.label === 'not agreed') totals.notAgreed = fact.value;
    else totals.total = fact.value;
  }
  return totals;
}
