// Check "passing-mention": a region or PDU a document names without inspecting, rating or
// addressing it; it gets no page of its own, and the check says where it is named.
import { byReport, type Check } from './check';

export const passingMention: Check = ({ corpus, observed }) => {
  const findingsByReport = byReport(corpus.findings);
  return observed.passingMentions.map((o) => {
    const name = o.type === 'region' ? `${o.name} region` : `${o.name} PDU`;
    const at = (findingsByReport.get(o.report) ?? []).find((f) => f.data.text.includes(o.name));
    return {
      check: 'passing-mention',
      report_id: o.report,
      lines: at ? at.data.source_lines : null,
      subject: o.report,
      message: `${name} is named${at ? ` at line ${at.data.source_lines[0]}` : ''} but not inspected, rated or addressed in this document, so it gets no page of its own.`,
    };
  });
};
