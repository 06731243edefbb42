// A theme's findings, grouped by document, in pages of whole documents: the first page at
// /themes/<id>/ with the theme's summary, later pages, once an archive outgrows one, at
// /themes/<id>/<n>/. The inspectorate's reports and letters come first (newest first), each
// document's findings by standard; then the action plans (newest first), each finding under the
// recommendation its item answers. Each finding is a short extract with its locator.
import type { ActionPlanItem, Finding, Recommendation, Report, Theme } from '../schemas';
import { reportShortTitle, type Site } from './data';
import { extractFor } from './extract';
import { FINDING_READER_LABELS } from './format';
import { findingPath, standardPath } from './paths';
import { group } from './group';
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

/** A finding as a theme lists it: what kind it is, a short extract, and its locator linking its permalink. */
export interface ListedFinding {
  f: Finding;
  /** "Strength", "Action in response"; none for a plain paragraph. */
  kind: string | null;
  extract: string;
  /** "P 2.1, para 4", "Item 3, action 2" (src/lib/structure.ts); the section when there is none. */
  locator: string;
  href: string;
}

/** An inspection report's or letter's findings on a theme, by standard (or, for findings under none, by section). */
export interface InspectionListing {
  r: Report;
  title: string;
  groups: { heading: string; href: string | null; findings: ListedFinding[] }[];
}

/** An action plan's findings on a theme, each under the recommendation its item answers. */
export interface PlanListing {
  r: Report;
  title: string;
  answers: {
    rec: Recommendation | null;
    recTitle: string | null;
    item: ActionPlanItem | null;
    /** Other recommendations the item answers (it is listed under its best match). */
    more: number;
    findings: ListedFinding[];
  }[];
}

export type DocumentListing = ({ plan: false } & InspectionListing) | ({ plan: true } & PlanListing);

function listed(site: Site, t: Theme, f: Finding): ListedFinding {
  const locator = site.structureByReport.get(f.report_id)?.locators.get(f.id) ?? (f.section.split('›').pop()?.trim().replace(/:$/, '') || 'In context');
  return { f, kind: FINDING_READER_LABELS[f.kind] ?? null, extract: extractFor(f.text, t), locator, href: findingPath(f) };
}

/** The top-level section of a finding, without its number: "Foreword", "Recommendations". */
const sectionHead = (f: Finding) => (f.section.split('›')[0] ?? '').trim().replace(/^\d+(\.\d+)*\.?\s+/, '').replace(/:$/, '') || 'Document';

/** A page's documents as the theme lists them (findings in document order). */
export function themeListing(site: Site, t: Theme, docs: ThemePage['docs']): DocumentListing[] {
  return docs.map(({ r, findings }) => {
    const ordered = [...findings].sort((a, b) => a.order - b.order);
    const title = reportShortTitle(site, r);
    if (r.kind === 'action-plan') {
      const byItem = new Map<string, ListedFinding[]>();
      const loose: ListedFinding[] = [];
      for (const f of ordered) {
        const item = site.itemByFinding.get(f.id);
        if (item) byItem.set(item.id, [...(byItem.get(item.id) ?? []), listed(site, t, f)]);
        else loose.push(listed(site, t, f));
      }
      // items in the plan's order; an item answering several recommendations under its best match
      const answers: PlanListing['answers'] = [...byItem.entries()].map(([id, fs]) => {
        const item = site.itemById.get(id) ?? null;
        const best = item?.answers.slice().sort((a, b) => b.score - a.score)[0];
        const rec = best ? (site.recById.get(best.recommendation) ?? null) : null;
        const recReport = rec ? site.reportById.get(rec.report_id) : undefined;
        const more = rec ? new Set(item?.answers.map((x) => x.recommendation)).size - 1 : 0;
        return { rec, recTitle: recReport ? reportShortTitle(site, recReport) : null, item, more, findings: fs };
      });
      answers.sort((a, b) => (a.item?.item ?? 0) - (b.item?.item ?? 0));
      if (loose.length) answers.push({ rec: null, recTitle: null, item: null, more: 0, findings: loose });
      return { plan: true as const, r, title, answers };
    }
    const groups = new Map<string, { heading: string; href: string | null; findings: ListedFinding[] }>();
    for (const f of ordered) {
      const st = f.standard ? site.standardById.get(f.standard) : undefined;
      const key = st ? `s:${st.id}` : `h:${sectionHead(f)}`;
      if (!groups.has(key)) groups.set(key, { heading: st ? `${st.code} ${st.name}` : sectionHead(f), href: st ? standardPath(st.id) : null, findings: [] });
      groups.get(key)!.findings.push(listed(site, t, f));
    }
    return { plan: false as const, r, title, groups: [...groups.values()] };
  });
}

