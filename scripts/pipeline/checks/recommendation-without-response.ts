// Check "recommendation-without-response": a recommendation no action plan item answers (nor a
// row left of a missing item), where its region has a plan; a document whose region has no
// plan in the collection is reported once.
import { byReport, type CorpusCheck, type Issue } from './check';

export const recommendationWithoutResponse: CorpusCheck = ({ corpus }) => {
  const issues: Issue[] = [];
  const recsByReport = byReport(corpus.recommendations);
  const planRegions = new Set(corpus.reports.filter((r) => r.data.kind === 'action-plan').map((r) => r.data.region));
  for (const { data: r } of corpus.reports.filter((x) => x.data.kind !== 'action-plan')) {
    const recs = (recsByReport.get(r.id) ?? []).filter((x) => !x.data.response_item && !x.data.response_row);
    if (recs.length === 0) continue;
    if (!planRegions.has(r.region)) {
      issues.push({ check: 'recommendation-without-response', report_id: r.id, lines: null, subject: r.id, message: `No action plan in the collection answers this document's ${recs.length} recommendations.` });
      continue;
    }
    for (const x of recs) {
      issues.push({ check: 'recommendation-without-response', report_id: r.id, lines: x.data.source_lines, subject: x.data.id, message: `Recommendation ${x.data.number ?? ''} to ${x.data.addressee} (“${x.data.text.slice(0, 80)}…”) has no matching item in the region's action plan.`.replace('  ', ' ') });
    }
  }
  return issues;
};
