// Check "addressee-missing": an action-plan item linked to a recommendation by its words alone,
// because the plan lost the addressee heading it sat under (or never gave one).
import type { CorpusCheck } from './check';

export const addresseeMissing: CorpusCheck = ({ corpus, observed }) => {
  const recs = new Map(corpus.recommendations.map((r) => [r.data.id, r.data]));
  const items = new Map(corpus.actionPlanItems.map((i) => [i.data.id, i.data]));
  return observed.addresseeMissing.map((o) => {
    const rec = recs.get(o.recommendation)!;
    const item = items.get(o.item)!;
    const gap = o.missingBefore;
    const why = gap.length
      ? `follows item${gap.length > 1 ? 's' : ''} ${gap.join(', ')}, missing from the document, and its addressee heading may be lost with ${gap.length > 1 ? 'them' : 'it'}`
      : 'names no addressee';
    return {
      check: 'addressee-missing',
      report_id: o.plan,
      lines: item.source_lines,
      subject: o.recommendation,
      message: `Addressee missing in the source: action plan item ${item.item} ${why}. It repeats recommendation ${rec.number ?? ''} to ${rec.addressee} nearly word for word (match ${Math.round(o.score * 100)}%), so it is linked to it by its words alone.`.replace('  ', ' '),
    };
  });
};
