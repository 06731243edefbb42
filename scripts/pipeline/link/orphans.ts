// Rows of an action plan's items table that belong to no item: what is left of an item the
// document lost (its number and first row fell in a page break the extraction dropped). They
// stay on the page as rows, in place; these helpers name them so that the data-quality page
// can say what they are, and which recommendation they complete where their words show it.
import type { ActionPlanItem, Finding, Recommendation } from '../../../core/schemas';

/**
 * A plan's rows inside its items table that no item took, whose first cell (the item number)
 * is empty: continuation rows of a missing item. Header and totals rows have a first cell.
 */
export function orphanRows(findings: Finding[], items: ActionPlanItem[]): Finding[] {
  if (items.length === 0) return [];
  const taken = new Set(items.flatMap((i) => i.finding_ids));
  const first = Math.min(...items.map((i) => i.source_lines[0]));
  const last = Math.max(...items.map((i) => i.source_lines[1]));
  return findings.filter(
    (f) =>
      f.kind === 'table-row' &&
      !taken.has(f.id) &&
      f.source_lines[0] > first &&
      f.source_lines[1] < last &&
      (f.cells?.[0] ?? '').trim() === '' &&
      (f.cells ?? []).some((c) => c.trim() !== ''),
  );
}

/** The text a continuation row carries on: its first non-empty cell. */
export function fragmentOf(row: Finding): string {
  return (row.cells ?? []).find((c) => c.trim() !== '')?.trim() ?? row.text;
}

const words = (text: string) => text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];

/** Fewer words than this say too little to tell which recommendation they end. */
const MIN_FRAGMENT_WORDS = 3;

/**
 * The recommendations whose text ends with the fragment's words, in order: the fragment is
 * the tail of the plan's copy of that recommendation.
 * @example completes("protected characteristic is monitored and addressed.", recs)
 *          → the recommendation "…with a protected characteristic is monitored and addressed."
 */
export function completes<R extends Pick<Recommendation, 'text'>>(fragment: string, recs: R[]): R[] {
  const tail = words(fragment);
  if (tail.length < MIN_FRAGMENT_WORDS) return [];
  return recs.filter((r) => {
    const w = words(r.text);
    if (w.length < tail.length) return false;
    const off = w.length - tail.length;
    return tail.every((t, k) => w[off + k] === t);
  });
}
