// Check "cross-reference": a response's "see recommendation 22" names an item of the same plan.
// The reference is linked as written either way; this says where it leads nowhere.
import type { DocumentCheck, Issue } from './check';

export const crossReference: DocumentCheck = ({ corpus }) => {
  const plans = new Set(corpus.reports.filter((r) => r.data.kind === 'action-plan').map((r) => r.data.id));
  const issues: Issue[] = [];
  for (const { data: i } of corpus.actionPlanItems) {
    if (!plans.has(i.report_id)) continue;
    for (const x of i.cross_references) {
      if (!x.item) issues.push({ check: 'cross-reference', report_id: i.report_id, lines: i.source_lines, subject: `${i.id}-${x.number}`, message: `Item ${i.item} refers to recommendation ${x.number}, which is not in the plan.` });
    }
  }
  return issues;
};
