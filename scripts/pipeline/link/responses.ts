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
