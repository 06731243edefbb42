// Check "key-question-band": a standard's driving key question falls in the band of the
// standard's rating (bands in data/ratings.yaml, inferred from the seeds).
import type { KeyQuestion } from '../../../core/schemas';
import { bandOf } from '../framework/ratings';
import type { Entry } from '../corpus/assembly';
import type { DocumentCheck, Issue } from './check';

export const keyQuestionBand: DocumentCheck = ({ corpus }) => {
  const issues: Issue[] = [];
  const reportById = new Map(corpus.reports.map((r) => [r.data.id, r.data]));
  const byStandard = new Map<string, Entry<KeyQuestion>[]>();
  for (const kq of corpus.keyQuestions) {
    const key = `${kq.data.report_id}|${kq.data.entity}|${kq.data.standard_code}`;
    byStandard.set(key, [...(byStandard.get(key) ?? []), kq]);
  }
  for (const [key, kqs] of byStandard) {
    const [reportId, entity, code] = key.split('|') as [string, string, string];
    const rating = reportById.get(reportId)!.ratings.find((x) => x.entity === entity && x.standard_code === code)?.rating;
    if (!rating) continue;
    const drivers = kqs.filter((k) => k.data.drives_rating);
    if (drivers.length === 0) {
      issues.push({ check: 'key-question-band', report_id: reportId, lines: [kqs[0]!.data.source_line, kqs[kqs.length - 1]!.data.source_line], subject: `${reportId}-${code}`, message: `No key question is marked as driving the ${code} rating.` });
      continue;
    }
    for (const d of drivers) {
      const band = bandOf(d.data.percent_yes);
      if (band !== rating) {
        issues.push({ check: 'key-question-band', report_id: reportId, lines: [d.data.source_line, d.data.source_line], subject: `${reportId}-${code}`, message: `${code} is rated ${rating}, but its driving key question (${d.data.percent_yes}%) falls in the ${band} band.` });
      }
    }
  }
  return issues;
};
