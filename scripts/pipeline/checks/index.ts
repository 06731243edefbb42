// The data-quality checks, one a file, run in this order over the finished corpus. A new check
// is a file and a line here (and its name in DATA_QUALITY_CHECKS, core/schemas.ts).
import type { DataQualityIssue } from '../../../core/schemas';
import { IdScope } from '../normalise/ids';
import type { Check, CheckInput } from './check';
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

export type { Check, CheckInput, Issue } from './check';

export const CHECKS: readonly Check[] = [
  scoreSum,
  keyQuestionBand,
  actionPlanGap,
  actionPlanTotals,
  itemWithoutRecommendation,
  crossReference,
  addresseeMissing,
  orphanRow,
  passingMention,
  recommendationWithoutResponse,
];

/** Every check's findings, each with an id (its check and subject) and its document's file, by id. */
export function runChecks(input: CheckInput, checks: readonly Check[] = CHECKS): DataQualityIssue[] {
  const ids = new IdScope();
  const fileOf = new Map(input.corpus.reports.map((r) => [r.data.id, r.data.source_file]));
  const issues = checks.flatMap((check) => check(input)).map((i) => ({
    ...i,
    id: ids.take(`${i.check}-${i.subject ?? i.report_id ?? 'corpus'}`.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()),
    source_file: i.report_id ? (fileOf.get(i.report_id) ?? null) : null,
  }));
  return issues.sort((a, b) => (a.id < b.id ? -1 : 1));
}
