// Links each action-plan item to the report recommendations it answers: same region, an
// addressee in common, and the recommendation's words found in the item's recommendation.
// Scores are shown to readers, so a weak match is visible as such rather than hidden.
import type { ActionPlanItem, Recommendation } from '../../../core/schemas';

const STOP = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their them they this to with all any should ensure'.split(' '),
);

function stem(w: string): string {
  return w.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '');
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w) && w.length > 1).map(stem));
}

/** Share of the recommendation's words `r` that the item's words `it` contain. */
function shared(r: ReadonlySet<string>, it: ReadonlySet<string>): number {
  if (r.size === 0) return 0;
  let hit = 0;
  for (const w of r) if (it.has(w)) hit++;
  return hit / r.size;
}

// An addressee mismatch halves the score, so a match below this needs the same addressee:
// a PDU's recommendation is not answered by an item addressed to other PDUs.
export const MATCH_THRESHOLD = 0.6;

/**
 * How much of a recommendation's words an item must repeat to answer it without its addressee
 * confirming the match: "nearly word for word". Used only where the plan lost the addressee.
 */
export const NEAR_VERBATIM = 0.9;

export interface Match {
  recommendation: string;
  item: string;
  score: number;
  /** Matched by its words alone, the item's addressee being missing in the source. */
  addresseeMissing: boolean;
}

/** Why an item's addressee is not known from the source. */
export interface UncertainAddressee {
  item: string;
  /** Items missing from the document just before this one, inside which a heading may be lost. */
  missingBefore: number[];
}

/**
 * Items whose addressee the plan does not really give. A plan names an addressee once, in a
 * heading row ("East Kent PDU should:"), for the items under it; when items are missing before
 * an item that inherits the previous item's addressee, the heading of its own group may have
 * been lost with them (a page break), so the inherited addressee is not evidence. An item
 * with no addressee at all is uncertain too.
 */
export function uncertainAddressees(items: Pick<ActionPlanItem, 'id' | 'item' | 'addressees'>[]): Map<string, UncertainAddressee> {
  const out = new Map<string, UncertainAddressee>();
  const sorted = [...items].sort((a, b) => a.item - b.item);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  sorted.forEach((it, k) => {
    const prev = sorted[k - 1];
    const missingBefore: number[] = [];
    for (let n = (prev?.item ?? 0) + 1; n < it.item; n++) missingBefore.push(n);
    if (it.addressees.length === 0) out.set(it.id, { item: it.id, missingBefore });
    else if (prev && missingBefore.length > 0 && same(prev.addressees, it.addressees)) out.set(it.id, { item: it.id, missingBefore });
  });
  return out;
}

/**
 * Best item for every recommendation, keeping those at or over the threshold. A
 * recommendation answers to one item; an item may answer several (merged PDU items).
 */
export function matchResponses(
  recs: Pick<Recommendation, 'id' | 'addressee' | 'text'>[],
  items: Pick<ActionPlanItem, 'id' | 'item' | 'addressees' | 'recommendation'>[],
  addresseeKeys: (addressees: string[]) => Set<string>,
  uncertain: ReadonlySet<string> = new Set(),
): Match[] {
  const matches: Match[] = [];
  // Each item's words and addressees once, not once for every recommendation of its region.
  const read = items.map((item) => ({ item, words: contentWords(item.recommendation), keys: addresseeKeys(item.addressees) }));
  for (const rec of recs) {
    let best: (Match & { rank: number }) | null = null;
    const recKeys = addresseeKeys([rec.addressee]);
    const recWords = contentWords(rec.text);
    for (const { item, words, keys: itemKeys } of read) {
      const text = shared(recWords, words);
      const sameAddressee = [...recKeys].some((k) => itemKeys.has(k));
      // Where the plan lost the item's addressee, its words alone may carry the match, but only
      // if they repeat the recommendation nearly word for word.
      const addresseeMissing = !sameAddressee && uncertain.has(item.id) && text >= NEAR_VERBATIM;
      const score = Math.round((sameAddressee || addresseeMissing ? text : text * 0.5) * 100) / 100;
      // Equal scores: a confirmed addressee first, then the lower item number.
      const rank = sameAddressee ? 1 : 0;
      if (
        !best ||
        score > best.score ||
        (score === best.score && (rank > best.rank || (rank === best.rank && item.item < Number(best.item.split('-').pop()))))
      ) {
        best = { recommendation: rec.id, item: item.id, score, addresseeMissing, rank };
      }
    }
    if (best && best.score >= MATCH_THRESHOLD) matches.push({ recommendation: best.recommendation, item: best.item, score: best.score, addresseeMissing: best.addresseeMissing });
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
