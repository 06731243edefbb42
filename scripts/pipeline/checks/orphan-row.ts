// Check "orphan-row": a row of a plan's items table that continues an item missing from the
// document; it stays on the page as a row of no item, and the recommendations its words
// complete are named.
import type { CorpusCheck } from './check';

export const orphanRow: CorpusCheck = ({ corpus, observed }) => {
  const recs = new Map(corpus.recommendations.map((r) => [r.data.id, r.data]));
  return observed.orphanRows.map((o) => {
    const named = o.completes.map((id) => recs.get(id)!).map((r) => `recommendation ${r.number ?? ''} to ${r.addressee}`.replace('  ', ' '));
    const quoted = `${o.fragment.slice(0, 80)}${o.fragment.length > 80 ? '…' : ''}`;
    return {
      check: 'orphan-row',
      report_id: o.plan,
      lines: o.lines,
      subject: o.row,
      message:
        `The row at line ${o.lines[0]} (“${quoted}”) continues an action plan item missing from the document; it is shown in place, as a row of no item. ` +
        (named.length ? `Its words complete ${named.join(' and ')}.` : 'Its words match the end of no recommendation in the collection.'),
    };
  });
};
