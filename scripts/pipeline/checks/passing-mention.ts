// Check "passing-mention": a region or PDU a document names without inspecting, rating or
// addressing it; it gets no page of its own, and the check says where it is named.
import type { CorpusCheck } from './check';

export const passingMention: CorpusCheck = ({ observed }) =>
  observed.passingMentions.map((o) => {
    const name = o.type === 'region' ? `${o.name} region` : `${o.name} PDU`;
    return {
      check: 'passing-mention',
      report_id: o.report,
      lines: o.lines,
      subject: o.report,
      message: `${name} is named${o.lines ? ` at line ${o.lines[0]}` : ''} but not inspected, rated or addressed in this document, so it gets no page of its own.`,
    };
  });
