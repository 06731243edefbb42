// Check "item-without-recommendation": every action-plan item answers a recommendation of its
// region's reports.
import type { CorpusCheck } from './check';

export const itemWithoutRecommendation: CorpusCheck = ({ corpus }) => {
  const plans = new Set(corpus.reports.filter((r) => r.data.kind === 'action-plan').map((r) => r.data.id));
  return corpus.actionPlanItems
    .map((i) => i.data)
    .filter((i) => plans.has(i.report_id) && i.answers.length === 0)
    .map((i) => ({ check: 'item-without-recommendation', report_id: i.report_id, lines: i.source_lines, subject: i.id, message: `Action plan item ${i.item} answers no recommendation found in the region's reports.` }));
};
