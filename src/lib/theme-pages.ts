// A theme's findings, grouped by document, in pages of whole documents: the first page at
// /themes/<id>/ with the theme's summary, later pages, once an archive outgrows one, at
// /themes/<id>/<n>/. The inspectorate's reports and letters come first (newest first), then the
// action plans (newest first); src/lib/theme-listing.ts says how each document's findings are
// shown.
import type { Finding, Report, Theme } from '../../core/schemas';
import type { Site } from './data';
import { group } from '../../core/group';
import { listPages, pagesOfGroups, type ListPage } from './pages';
import { RECOMMENDATIONS_PER_PAGE, THEME_RECS_ON_FIRST_PAGE, type RecGroup } from './listings';

/** About 100 KB of HTML a page. */
export const FINDINGS_PER_PAGE = 200;
/**
 * Recommendations listed on a theme's first page (THEME_RECS_ON_FIRST_PAGE); a theme with more
 * has them on pages of their own, by document (/themes/<id>/recommendations/,
 * RECOMMENDATIONS_PER_PAGE a page).
 */
export { THEME_RECS_ON_FIRST_PAGE };

export interface ThemePage {
  docs: { r: Report; findings: Finding[] }[];
  /** The place of the page's first document among the theme's documents, from 1. */
  first: number;
  documentCount: number;
  n: number;
  of: number;
}

export function themePages(site: Site, t: Theme): ThemePage[] {
  // Grouped once: a theme can tag thousands of findings across an archive.
  const byReport = group(site.findingsByTheme.get(t.id) ?? [], (f) => f.report_id);
  // site.reports is newest first: the inspectorate's documents, then the plans answering them
  const has = site.reports.filter((r) => byReport.has(r.id));
  const groups = [...has.filter((r) => r.kind !== 'action-plan'), ...has.filter((r) => r.kind === 'action-plan')].map((r) => ({ r, findings: byReport.get(r.id)! }));
  const pages = pagesOfGroups(groups, (d) => d.findings.length, FINDINGS_PER_PAGE);
  let first = 1;
  return pages.map((docs, i) => {
    const page = { docs, first, documentCount: groups.length, n: i + 1, of: pages.length };
    first += docs.length;
    return page;
  });
}

/** A theme's recommendations by document, newest first, in pages of whole documents; none when they fit on its first page. */
export function themeRecommendationPages(site: Site, t: Theme): ListPage<RecGroup>[] {
  const recs = site.recsByTheme.get(t.id) ?? [];
  if (recs.length <= THEME_RECS_ON_FIRST_PAGE) return [];
  const byReport = group(recs, (r) => r.report_id);
  const groups = site.reports.filter((r) => byReport.has(r.id)).map((r) => ({ r, recs: byReport.get(r.id)! }));
  return listPages(pagesOfGroups(groups, (g) => g.recs.length, RECOMMENDATIONS_PER_PAGE), (g) => g.recs.length);
}
