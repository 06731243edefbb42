// The links the corpus steps made (on a document's DocLinks) put back into its records: the
// fields they set, each where the record has it or, new, after the others in the order they
// were set, as if the steps had set them on the record itself.
import type { DocLinks, DocumentCorpus } from './assembly';

const SET_BY_STEPS = new Set(['addressee_entities', 'response_item', 'match_score', 'response_addressee_missing', 'response_row', 'answers', 'entities_mentioned']);

function put(record: object, link: object): void {
  for (const [k, v] of Object.entries(link)) if (SET_BY_STEPS.has(k)) (record as Record<string, unknown>)[k] = v;
}

export function patchRecords(c: Pick<DocumentCorpus, 'reports' | 'recommendations' | 'actionPlanItems'>, links: DocLinks): void {
  put(c.reports[0]!.data, links.report);
  c.recommendations.forEach((r, k) => put(r.data, links.recommendations[k]!));
  c.actionPlanItems.forEach((i, k) => put(i.data, links.actionPlanItems[k]!));
}
