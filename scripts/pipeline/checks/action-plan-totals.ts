// Check "action-plan-totals": the totals a plan states agree with the items found in it.
import { byReport, type DocumentCheck, type Issue } from './check';

export const actionPlanTotals: DocumentCheck = ({ corpus, planTotals }) => {
  const issues: Issue[] = [];
  const itemsByReport = byReport(corpus.actionPlanItems);
  for (const { data: plan } of corpus.reports.filter((r) => r.data.kind === 'action-plan')) {
    const totals = planTotals.get(plan.id);
    if (!totals) continue;
    const items = (itemsByReport.get(plan.id) ?? []).map((i) => i.data);
    const count = (s: string) => items.filter((i) => i.status === s).length;
    const found = { agreed: count('Agreed'), partlyAgreed: count('Partly Agreed'), notAgreed: count('Not Agreed'), total: items.length };
    const parts: string[] = [];
    if (totals.agreed !== null && totals.agreed !== found.agreed) parts.push(`Agreed ${totals.agreed} stated, ${found.agreed} found`);
    if (totals.partlyAgreed !== null && totals.partlyAgreed !== found.partlyAgreed) parts.push(`Partly Agreed ${totals.partlyAgreed} stated, ${found.partlyAgreed} found`);
    if (totals.notAgreed !== null && totals.notAgreed !== found.notAgreed) parts.push(`Not Agreed ${totals.notAgreed} stated, ${found.notAgreed} found`);
    if (totals.total !== null && totals.total !== found.total) parts.push(`Total ${totals.total} stated, ${found.total} found`);
    if (parts.length) issues.push({ check: 'action-plan-totals', report_id: plan.id, lines: [totals.line, totals.line], subject: plan.id, message: `The plan's totals do not match the items found: ${parts.join('; ')}.` });
  }
  return issues;
};
