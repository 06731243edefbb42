// Links each action-plan item to the report recommendations it answers: same region, an
// addressee in common, and the recommendation's words found in the item's recommendation.
// Scores are shown to readers, so a weak match is visible as such rather than hidden.
import type { ActionPlanItem, Recommendation } from '../../../src/schemas';

const STOP = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their them they this to with all any should ensure'.split(' '),
);

function stem(w: string): string {
  return w.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w) && w.length > 1).map(stem));
}

/** Share of the recommendation's words that the item's text contains. */
export function containment(rec: string, item: string): number {
  const r = contentWords(rec);
  if (r.size === 0) return 0;
  const it = contentWords(item);
  let hit = 0;
  for (const w of r) if (it.has(w)) hit++;
  return hit / r.size;
}

// An addressee mismatch halves the score, so a match below this needs the same addressee:
// a PDU's recommendation is not answered by an item addressed to other PDUs.
export const MATCH_THRESHOLD = 0.6;

export interface Match {
  recommendation: string;
  item: string;
  score: number;
}

/**
 * Best item for every recommendation, keeping those at or over the threshold. A
 * recommendation answers to one item; an item may answer several (merged PDU items).
 */
export function matchResponses(
  recs: Recommendation[],
  items: ActionPlanItem[],
  addresseeKeys: (addressees: string[]) => Set<string>,
): Match[] {
  const matches: Match[] = [];
  for (const rec of recs) {
    let best: Match | null = null;
    const recKeys = addresseeKeys([rec.addressee]);
    for (const item of items) {
      const text = containment(rec.text, item.recommendation);
      const itemKeys = addresseeKeys(item.addressees);
      const sameAddressee = [...recKeys].some((k) => itemKeys.has(k));
      const score = Math.round((sameAddressee ? text : text * 0.5) * 100) / 100;
      if (!best || score > best.score || (score === best.score && item.item < Number(best.item.split('-').pop()))) {
        best = { recommendation: rec.id, item: item.id, score };
      }
    }
    if (best && best.score >= MATCH_THRESHOLD) matches.push(best);
  }
  return matches;
}

/**
 * How long after a report an action plan may answer it. Plans follow their reports within
 * months (the seeds: PDU report March 2024, regional report May 2024, plan submitted May 2024),
 * and the inspectorate repeats recommendations from one round to the next, so without a window
 * a plan would be matched to an earlier round's report of the same region.
 */
export const RESPONSE_WINDOW_MONTHS = 18;

/** Months since year 0 of an ISO date or year-month ("2024-05-06", "2024-05"), or null. */
function monthIndex(date: string | null): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/**
 * Whether a plan published on `planDate` may answer a report published on `reportDate`: not
 * published after the plan, nor more than RESPONSE_WINDOW_MONTHS before it. An undated plan or
 * report may answer or be answered by any.
 */
export function withinResponseWindow(planDate: string | null, reportDate: string | null): boolean {
  const plan = monthIndex(planDate);
  const report = monthIndex(reportDate);
  if (plan === null || report === null) return true;
  return report <= plan && plan - report <= RESPONSE_WINDOW_MONTHS;
}
