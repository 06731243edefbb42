// Consistency checks. They report what the documents say against each other; they never
// change a value, so a reader sees the source as it is and the doubt beside it.
import type { DataQualityIssue } from '../../src/schemas';
import { BEST_POINTS, bandOf, pointsOf } from './framework/ratings';
import type { Corpus } from './assemble';
import type { ParsedPlanTotals } from './types';
import { IdScope } from './normalise/ids';

/** A finding of the link step (responses, plan rows), recorded with the checks' findings. */
export type LinkNote = Omit<DataQualityIssue, 'id' | 'source_file'>;

export function runChecks(corpus: Corpus, planTotals: Map<string, ParsedPlanTotals>, linkNotes: LinkNote[] = []): DataQualityIssue[] {
  const issues: DataQualityIssue[] = [];
  const ids = new IdScope();
  const fileOf = new Map(corpus.reports.map((r) => [r.data.id, r.data.source_file]));
  const reportById = new Map(corpus.reports.map((r) => [r.data.id, r.data]));
  const byReport = <T extends { data: { report_id: string } }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) m.set(x.data.report_id, [...(m.get(x.data.report_id) ?? []), x]);
    return m;
  };
  const itemsByReport = byReport(corpus.actionPlanItems);
  const recsByReport = byReport(corpus.recommendations);
  const add = (i: Omit<DataQualityIssue, 'id' | 'source_file'>) =>
    issues.push({ ...i, id: ids.take(`${i.check}-${i.subject ?? i.report_id ?? 'corpus'}`.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()), source_file: i.report_id ? (fileOf.get(i.report_id) ?? null) : null });

  for (const { data: r } of corpus.reports) {
    for (const v of r.verdicts) {
      const rated = r.ratings.filter((x) => x.entity === v.entity);
      if (v.score !== null) {
        const sum = rated.reduce((s, x) => s + pointsOf(x.rating), 0);
        if (sum !== v.score) {
          add({ check: 'score-sum', report_id: r.id, lines: [v.source_line, v.source_line], subject: `${r.id}-${v.entity}`, message: `Stated score ${v.score} for ${v.entity} differs from the sum of its standards' ratings (${sum}).` });
        }
      }
      if (v.score_max !== null && rated.length > 0 && v.score_max !== BEST_POINTS * rated.length) {
        add({ check: 'score-sum', report_id: r.id, lines: [v.source_line, v.source_line], subject: `${r.id}-${v.entity}-max`, message: `Maximum score ${v.score_max} for ${v.entity} is not ${BEST_POINTS} × ${rated.length} rated standards.` });
      }
    }
  }

  const kqByStandard = new Map<string, typeof corpus.keyQuestions>();
  for (const kq of corpus.keyQuestions) {
    const key = `${kq.data.report_id}|${kq.data.entity}|${kq.data.standard_code}`;
    kqByStandard.set(key, [...(kqByStandard.get(key) ?? []), kq]);
  }
  for (const [key, kqs] of kqByStandard) {
    const [reportId, entity, code] = key.split('|') as [string, string, string];
    const report = reportById.get(reportId)!;
    const rating = report.ratings.find((x) => x.entity === entity && x.standard_code === code)?.rating;
    const drivers = kqs.filter((k) => k.data.drives_rating);
    if (!rating) continue;
    if (drivers.length === 0) {
      add({ check: 'key-question-band', report_id: reportId, lines: [kqs[0]!.data.source_line, kqs[kqs.length - 1]!.data.source_line], subject: `${reportId}-${code}`, message: `No key question is marked as driving the ${code} rating.` });
      continue;
    }
    for (const d of drivers) {
      const band = bandOf(d.data.percent_yes);
      if (band !== rating) {
        add({ check: 'key-question-band', report_id: reportId, lines: [d.data.source_line, d.data.source_line], subject: `${reportId}-${code}`, message: `${code} is rated ${rating}, but its driving key question (${d.data.percent_yes}%) falls in the ${band} band.` });
      }
    }
  }

  for (const { data: plan } of corpus.reports.filter((r) => r.data.kind === 'action-plan')) {
    const items = (itemsByReport.get(plan.id) ?? []).map((i) => i.data);
    const numbers = items.map((i) => i.item).sort((a, b) => a - b);
    const max = numbers[numbers.length - 1] ?? 0;
    const missing: number[] = [];
    for (let n = 1; n <= max; n++) if (!numbers.includes(n)) missing.push(n);
    if (missing.length) {
      const before = items.filter((i) => i.item < missing[0]!).sort((a, b) => b.item - a.item)[0];
      add({ check: 'action-plan-gap', report_id: plan.id, lines: before ? before.source_lines : null, subject: `${plan.id}`, message: `Action plan items ${missing.join(', ')} are missing from the document (items run 1–${max}).` });
    }
    const totals = planTotals.get(plan.id);
    if (totals) {
      const count = (s: string) => items.filter((i) => i.status === s).length;
      const found = { agreed: count('Agreed'), partlyAgreed: count('Partly Agreed'), notAgreed: count('Not Agreed'), total: items.length };
      const parts: string[] = [];
      if (totals.agreed !== null && totals.agreed !== found.agreed) parts.push(`Agreed ${totals.agreed} stated, ${found.agreed} found`);
      if (totals.partlyAgreed !== null && totals.partlyAgreed !== found.partlyAgreed) parts.push(`Partly Agreed ${totals.partlyAgreed} stated, ${found.partlyAgreed} found`);
      if (totals.notAgreed !== null && totals.notAgreed !== found.notAgreed) parts.push(`Not Agreed ${totals.notAgreed} stated, ${found.notAgreed} found`);
      if (totals.total !== null && totals.total !== found.total) parts.push(`Total ${totals.total} stated, ${found.total} found`);
      if (parts.length) add({ check: 'action-plan-totals', report_id: plan.id, lines: [totals.line, totals.line], subject: plan.id, message: `The plan's totals do not match the items found: ${parts.join('; ')}.` });
    }
    for (const i of items) {
      if (i.answers.length === 0) {
        add({ check: 'item-without-recommendation', report_id: plan.id, lines: i.source_lines, subject: i.id, message: `Action plan item ${i.item} answers no recommendation found in the region's reports.` });
      }
      for (const x of i.cross_references) {
        if (!x.item) add({ check: 'cross-reference', report_id: plan.id, lines: i.source_lines, subject: `${i.id}-${x.number}`, message: `Item ${i.item} refers to recommendation ${x.number}, which is not in the plan.` });
      }
    }
  }

  for (const note of linkNotes) add(note);

  const planRegions = new Set(corpus.reports.filter((r) => r.data.kind === 'action-plan').map((r) => r.data.region));
  for (const { data: r } of corpus.reports.filter((r) => r.data.kind !== 'action-plan')) {
    const recs = (recsByReport.get(r.id) ?? []).filter((x) => !x.data.response_item && !x.data.response_row);
    if (recs.length === 0) continue;
    if (!planRegions.has(r.region)) {
      add({ check: 'recommendation-without-response', report_id: r.id, lines: null, subject: r.id, message: `No action plan in the collection answers this document's ${recs.length} recommendations.` });
      continue;
    }
    for (const x of recs) {
      add({ check: 'recommendation-without-response', report_id: r.id, lines: x.data.source_lines, subject: x.data.id, message: `Recommendation ${x.data.number ?? ''} to ${x.data.addressee} (“${x.data.text.slice(0, 80)}…”) has no matching item in the region's action plan.`.replace('  ', ' ') });
    }
  }
  return issues.sort((a, b) => (a.id < b.id ? -1 : 1));
}

