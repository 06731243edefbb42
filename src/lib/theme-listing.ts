// How a theme's page lists a page of its documents (src/lib/theme-pages.ts makes the pages): an
// inspection report's or letter's findings grouped by standard (or, under none, by section); an
// action plan's under the recommendation each item answers. Each finding is a short extract
// (src/lib/extract.ts) with its locator (src/lib/structure.ts) linking its permalink.
import type { ActionPlanItem, Finding, Recommendation, Report, Theme } from '../../core/schemas';
import { reportShortTitle, type Site } from './data';
import { extractFor } from './extract';
import { FINDING_READER_LABELS } from './format';
import { findingPath, standardPath } from './paths';
import type { ThemePage } from './theme-pages';

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

