// Check "action-plan-gap": a plan's item numbers run 1 to the last without a gap; a missing
// item is reported after the item before it.
import { byReport, type DocumentCheck, type Issue } from './check';

export const actionPlanGap: DocumentCheck = ({ corpus }) => {
  const issues: Issue[] = [];
  const itemsByReport = byReport(corpus.actionPlanItems);
  for (const { data: plan } of corpus.reports.filter((r) => r.data.kind === 'action-plan')) {
    const items = (itemsByReport.get(plan.id) ?? []).map((i) => i.data);
    const numbers = items.map((i) => i.item).sort((a, b) => a - b);
    const max = numbers[numbers.length - 1] ?? 0;
    const missing: number[] = [];
    for (let n = 1; n <= max; n++) if (!numbers.includes(n)) missing.push(n);
    if (!missing.length) continue;
    const before = items.filter((i) => i.item < missing[0]!).sort((a, b) => b.item - a.item)[0];
    issues.push({ check: 'action-plan-gap', report_id: plan.id, lines: before ? before.source_lines : null, subject: `${plan.id}`, message: `Action plan items ${missing.join(', ')} are missing from the document (items run 1–${max}).` });
  }
  return issues;
};
