// A theme's findings, grouped by document (newest first), in pages of whole documents: the
// first page at /themes/<id>/ with the theme's summary, later pages, once an archive outgrows
// one, at /themes/<id>/<n>/.
import type { Finding, Report, Theme } from '../schemas';
import type { Site } from './data';
import { group } from './group';
import { pagesOfGroups } from './pages';

/** About 100 KB of HTML a page. */
export const FINDINGS_PER_PAGE = 200;

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
  const groups = site.reports.filter((r) => byReport.has(r.id)).map((r) => ({ r, findings: byReport.get(r.id)! }));
  const pages = pagesOfGroups(groups, (d) => d.findings.length, FINDINGS_PER_PAGE);
  let first = 1;
  return pages.map((docs, i) => {
    const page = { docs, first, documentCount: groups.length, n: i + 1, of: pages.length };
    first += docs.length;
    return page;
  });
}
