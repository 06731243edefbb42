// The facts of a set of documents, as the typography suite and the web-page suite compare
// them: the rows of the open data files under /data/ (reports, ratings, key questions,
// recommendations with the responses linked to them, action-plan items with the
// recommendations they answer) and the kind and standard of every finding, in order. Text
// compares with its typography folded where the fact quotes the document (quote marks, dashes,
// spacing); a finding's permalink hashes its own words, so finding ids are not compared.
import { assemble, type SourceDoc } from '../assemble';
import { actionPlanJson, keyQuestionsCsv, ratingsCsv, recommendationsJson, reportsJson } from '../../../src/lib/open-data';

/** Text as a fact: quote marks, dashes and spaces folded (they are typography, not words). */
const foldText = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s[–—]\s/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
function fold(v: unknown): unknown {
  if (typeof v === 'string') return foldText(v);
  if (Array.isArray(v)) return v.map(fold);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fold(x)]));
  return v;
}
const csvRows = (csv: string) => csv.trimEnd().split('\n').map(foldText);

const LIST_KINDS = new Set(['strength', 'area-for-improvement', 'narrative', 'bullet']);

export function facts(sources: SourceDoc[], listKindsAmbiguous = false, regrouped: string[] = []) {
  const c = assemble(sources);
  const reports = c.reports.map((e) => e.data);
  const entities = c.entities.map((e) => e.data);
  return {
    reports: (JSON.parse(reportsJson(reports, entities)) as Record<string, unknown>[]).map(({ source_file: _f, ...r }) => fold(r)),
    ratings: csvRows(ratingsCsv(reports, entities)),
    keyQuestions: csvRows(keyQuestionsCsv(c.keyQuestions.map((e) => e.data), c.standards.map((e) => e.data), entities)),
    recommendations: fold(JSON.parse(recommendationsJson(c.recommendations.map((e) => e.data)))),
    actionPlan: fold(JSON.parse(actionPlanJson(c.actionPlanItems.map((e) => e.data)))),
    // Bullet or paragraph is typography: an item that lost its bullet is still the same finding.
    findings: c.findings
      .map((e) => e.data)
      .filter((f) => !regrouped.includes(f.kind))
      .sort((a, b) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : a.order - b.order))
      .map((f) => {
        const kind = listKindsAmbiguous && LIST_KINDS.has(f.kind) ? 'prose' : f.kind === 'bullet' ? 'narrative' : f.kind;
        return `${f.report_id} ${kind} ${f.standard_code ?? '-'}`;
      }),
  };
}

export type Facts = ReturnType<typeof facts>;

/** The first difference between two fact sets, for a readable failure. */
export function firstDifference(a: Facts, b: Facts): string | null {
  for (const key of Object.keys(a) as (keyof Facts)[]) {
    const x = a[key] as unknown[];
    const y = b[key] as unknown[];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const sx = JSON.stringify(x[i]) ?? '(none)';
      const sy = JSON.stringify(y[i]) ?? '(none)';
      if (sx !== sy) {
        return `${key}[${i}] (${x.length} rows in the original, ${y.length} in the variant):\n  original ${sx.slice(0, 400)}\n  variant  ${sy.slice(0, 400)}`;
      }
    }
  }
  return null;
}
