// Check "orphan-row": a row of a plan's items table that continues an item missing from the
// document; it stays on the page as a row of no item, and the recommendations its words
// complete are named.
import type { Check } from './check';

export const orphanRow: Check = ({ corpus, observed }) => {
  const recs = new Map(corpus.recommendations.map((r) => [r.data.id, r.data]));
  const findings = new Map(corpus.findings.map((f) => [f.data.id, f.data]));
  return observed.orphanRows.map((o) => {
    const row = findings.get(o.row)!;
    const named = o.completes.map((id) => recs.get(id)!).map((r) => `recommendation ${r.number ?? ''} to ${r.addressee}`.replace('  ', ' '));
    const quoted = `${o.fragment.slice(0, 80)}${o.fragment.length > 80 ? '…' : ''}`;
    return {
      check: 'orphan-row',
      report_id: o.plan,
      lines: row.source_lines,
      subject: row.id,
      message:
        `The row at line ${row.source_lines[0]} (“${quoted}”) continues an action plan item missing from the document; it is shown in place, as a row of no item. ` +
        (named.length ? `Its words complete ${named.join(' and ')}.` : 'Its words match the end of no recommendation in the collection.'),
    };
  });
};
