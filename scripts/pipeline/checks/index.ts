// The data-quality checks, one a file. Document checks run with each document's records (so
// that the records need not be held for the corpus), corpus checks over all documents' links.
// A new check is a file and a line here (and its name in DATA_QUALITY_CHECKS, core/schemas.ts).
import type { DataQualityIssue } from '../../../core/schemas';
import { IdScope } from '../normalise/ids';
import type { Check, CheckInput, CorpusCheck, DocumentCheck, Issue } from './check';
import { scoreSum } from './score-sum';
import { keyQuestionBand } from './key-question-band';
import { actionPlanGap } from './action-plan-gap';
import { actionPlanTotals } from './action-plan-totals';
import { itemWithoutRecommendation } from './item-without-recommendation';
import { crossReference } from './cross-reference';
import { addresseeMissing } from './addressee-missing';
import { orphanRow } from './orphan-row';
import { passingMention } from './passing-mention';
import { recommendationWithoutResponse } from './recommendation-without-response';

export type { Check, CheckInput, CorpusCheck, CorpusCheckInput, DocumentCheck, DocumentCheckInput, Issue } from './check';

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [scoreSum, keyQuestionBand, actionPlanGap, actionPlanTotals, crossReference];

export const CORPUS_CHECKS: readonly CorpusCheck[] = [itemWithoutRecommendation, addresseeMissing, orphanRow, passingMention, recommendationWithoutResponse];

/** All ten. Ids never depend on their order: each begins with its check's name. */
export const CHECKS: readonly Check[] = [
  scoreSum, keyQuestionBand, actionPlanGap, actionPlanTotals, itemWithoutRecommendation, crossReference, addresseeMissing, orphanRow, passingMention, recommendationWithoutResponse,
];

/** The issues found, each with an id (its check and subject, in the order found) and its document's file, by id. */
export function identify(issues: Issue[], fileOf: ReadonlyMap<string, string>): DataQualityIssue[] {
  const ids = new IdScope();
  return issues
    .map((i) => ({
      ...i,
      id: ids.take(`${i.check}-${i.subject ?? i.report_id ?? 'corpus'}`.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()),
      source_file: i.report_id ? (fileOf.get(i.report_id) ?? null) : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every check's findings over a whole corpus, identified. */
export function runChecks(input: CheckInput, checks: readonly Check[] = CHECKS): DataQualityIssue[] {
  const fileOf = new Map(input.corpus.reports.map((r) => [r.data.id, r.data.source_file]));
  return identify(checks.flatMap((check) => check(input)), fileOf);
}
