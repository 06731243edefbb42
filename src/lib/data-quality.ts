// The data-quality checks as the site shows them: a label per check, and where an issue points
// (the finding its source lines fall in, the recommendation, item or document it is about).
import type { Site } from './data';
import { findingPath, itemLabel, itemPath, reportPath } from './paths';
import { DATA_QUALITY_CHECKS, type DataQualityIssue, type Finding } from '../../core/schemas';
import { group } from '../../core/group';

export const CHECK_LABEL: Record<(typeof DATA_QUALITY_CHECKS)[number], string> = {
  'score-sum': 'Score does not equal the sum of the standard ratings',
  'key-question-band': 'Key-question percentage disagrees with the rating band',
  'action-plan-gap': 'Action plan item missing from the document',
  'action-plan-totals': 'Action plan totals do not match its items',
  'recommendation-without-response': 'Recommendation with no response on this site',
  'item-without-recommendation': 'Action plan item without a matching recommendation',
  'cross-reference': 'Cross-reference that does not resolve',
  'addressee-missing': 'Response matched although its addressee is missing in the source',
  'orphan-row': 'Row continuing an action plan item missing from the document',
  'passing-mention': 'Region or PDU mentioned only in passing (no page of its own)',
};

/** The checks that found anything, each with its issues, in the order of DATA_QUALITY_CHECKS. */
export function issuesByCheck(site: Site): { c: (typeof DATA_QUALITY_CHECKS)[number]; issues: DataQualityIssue[] }[] {
  const by = group(site.dataQuality, (d) => d.check);
  return DATA_QUALITY_CHECKS.map((c) => ({ c, issues: by.get(c) ?? [] })).filter((g) => g.issues.length);
}

/** The finding whose source lines contain (or overlap) the issue's lines. */
export function findingFor(site: Site, reportId: string | null, lines: [number, number] | null): Finding | undefined {
  if (!reportId || !lines) return undefined;
  const fs = site.findingsByReport.get(reportId) ?? [];
  return (
    fs.find((f) => f.source_lines[0] <= lines[0] && f.source_lines[1] >= lines[1]) ??
    fs.find((f) => f.source_lines[0] <= lines[1] && f.source_lines[1] >= lines[0])
  );
}

export function subjectLink(site: Site, subject: string | null): { href: string; text: string } | null {
  if (!subject) return null;
  if (site.recById.has(subject)) return { href: `/recommendations/${subject}/`, text: 'the recommendation' };
  const item = site.itemById.get(subject);
  if (item) return { href: itemPath(item), text: `action plan item ${itemLabel(item)}` };
  const f = site.findingById.get(subject);
  if (f) return { href: findingPath(f), text: 'the finding' };
  if (site.reportById.has(subject)) return { href: reportPath(subject), text: 'the document' };
  return null;
}

/** The id of an issue's list item, unchanged from the single page it was listed on. */
export const issueAnchor = (d: DataQualityIssue) => `dq-${d.id.replace(/[^A-Za-z0-9-]+/g, '-')}`;

/**
 * Per document, newest first: its findings and how many carry no theme. Cover and front-matter
 * lines (kind "metadata": the publisher, the date) are about no subject, so they are not counted.
 * A high share on a new document points to words the taxonomy (data/themes.yaml) is missing.
 */
export function untaggedByReport(site: Site): { report: Site['reports'][number]; findings: number; untagged: number }[] {
  return site.reports.map((report) => {
    const fs = (site.findingsByReport.get(report.id) ?? []).filter((f) => f.kind !== 'metadata');
    return { report, findings: fs.length, untagged: fs.filter((f) => f.themes.length === 0).length };
  });
}

/** Documents with the largest share of findings without a theme (then the most of them), at most `n`. */
export function mostUntagged(rows: ReturnType<typeof untaggedByReport>, n: number): ReturnType<typeof untaggedByReport> {
  const share = (r: (typeof rows)[number]) => (r.findings ? r.untagged / r.findings : 0);
  return rows
    .filter((r) => r.untagged > 0)
    .sort((a, b) => share(b) - share(a) || b.untagged - a.untagged || (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0))
    .slice(0, n);
}
