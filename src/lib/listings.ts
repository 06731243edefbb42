// Listings that grow with the archive, split into pages of a bounded size (issue 10): each page
// holds at most a fixed number of items (or of whole groups of items), so no page grows with
// the archive however many documents it holds. Pure functions over the site's data; the
// pages render them and src/components/Pager.astro links them.
import { Framework, type ActionPlanItem, type DataQualityIssue, type Entity, type Finding, type Recommendation, type Report, type Standard } from '../../core/schemas';
import type { RatingRow, Site } from './data';
import { group } from '../../core/group';
import { chunk, listPages, pagesOfGroups, type ListPage } from './pages';

/**
 * Page budgets before scaling. The archive test (tests/archive-pages.test.ts) builds a small
 * archive with every budget divided by PF_PAGE_DIVISOR, so that each listing spans pages.
 */
export const BASE_BUDGETS = {
  /** Documents a page of /reports/ (about 600 bytes of HTML each). */
  reports: 100,
  /** Recommendations a page of /recommendations/, in whole documents (about 700 bytes each). */
  recommendations: 150,
  /** Regions and PDUs a page of /entities/ (about 300 bytes each). */
  entities: 250,
  /** Regions a page of /ratings/ and on the home page (about 700 bytes each). */
  regions: 100,
  /** Issues a page of one data-quality check (about 500 bytes each). */
  issues: 150,
  /** Documents a page of the data-quality table of findings without a theme (about 300 bytes each). */
  untaggedDocuments: 200,
  /** Ratings, key questions and findings a page of a standard, in whole regions (≤ ~1 kB each). */
  standardItems: 150,
  /** Recommendations listed on a theme's first page; past this, on pages of their own. */
  themeRecsOnFirstPage: 50,
  /** Findings a page of a region or PDU, in whole standards (about 500 bytes each). */
  entityFindings: 200,
} as const;

/** Budgets divided by `divisor`, at least 1 each. */
export function scaledBudgets(divisor: number): Record<keyof typeof BASE_BUDGETS, number> {
  const d = Math.max(1, Math.floor(divisor) || 1);
  return Object.fromEntries(Object.entries(BASE_BUDGETS).map(([k, v]) => [k, Math.max(1, Math.floor(v / d))])) as Record<keyof typeof BASE_BUDGETS, number>;
}

const BUDGETS = scaledBudgets(Number(process.env.PF_PAGE_DIVISOR ?? 1));
export const REPORTS_PER_PAGE = BUDGETS.reports;
export const RECOMMENDATIONS_PER_PAGE = BUDGETS.recommendations;
export const ENTITIES_PER_PAGE = BUDGETS.entities;
export const REGIONS_PER_PAGE = BUDGETS.regions;
export const ISSUES_PER_PAGE = BUDGETS.issues;
export const UNTAGGED_DOCUMENTS_PER_PAGE = BUDGETS.untaggedDocuments;
export const STANDARD_ITEMS_PER_PAGE = BUDGETS.standardItems;
export const THEME_RECS_ON_FIRST_PAGE = BUDGETS.themeRecsOnFirstPage;
export const ENTITY_FINDINGS_PER_PAGE = BUDGETS.entityFindings;
/** Documents listed on the home page, newest first. */
export const HOME_DOCUMENTS = 10;
/** Action plans whose calendars the tracker's index links, newest first (every plan's is on its region's page). */
export const NEWEST_PLANS = 10;
/** Documents the data-quality page shows with the largest share of findings without a theme (all are on /data-quality/untagged/). */
export const MOST_UNTAGGED = 10;

export function reportPages(site: Site): ListPage<Report>[] {
  return listPages(chunk(site.reports, REPORTS_PER_PAGE));
}

export function entityPages(site: Site): ListPage<Entity>[] {
  return listPages(chunk(site.entities, ENTITIES_PER_PAGE));
}

export interface RecGroup {
  r: Report;
  recs: Recommendation[];
}
/** A page of /recommendations/: whole documents, then (on the last pages) items matched to no recommendation. */
export interface RecPage extends ListPage<RecGroup> {
  orphans: ActionPlanItem[];
}

/** Recommendations by document, newest first, in pages of whole documents; then the unmatched items. */
export function recommendationPages(site: Site): RecPage[] {
  const groups = site.reports.map((r) => ({ r, recs: site.recsByReport.get(r.id) ?? [] })).filter((g) => g.recs.length);
  const orphans = site.items.filter((i) => i.answers.length === 0);
  type Part = { g?: RecGroup; orphans?: ActionPlanItem[] };
  const parts: Part[] = [...groups.map((g) => ({ g })), ...chunk(orphans, RECOMMENDATIONS_PER_PAGE).filter((c) => c.length).map((c) => ({ orphans: c }))];
  const pages = pagesOfGroups(parts, (p) => p.g?.recs.length ?? p.orphans!.length, RECOMMENDATIONS_PER_PAGE);
  return listPages(pages.map((p) => p.filter((x) => x.g).map((x) => x.g!)), (g) => g.recs.length).map((page, i) => ({
    ...page,
    orphans: pages[i]!.flatMap((x) => x.orphans ?? []),
  }));
}

/** The region of an entity: a region is its own; a PDU's is its region; none for others. */
export function regionIdOf(site: Site, entityId: string | null | undefined): string | null {
  if (!entityId) return null;
  const e = site.entityById.get(entityId);
  if (!e) return null;
  return e.type === 'region' ? e.id : (e.region ?? null);
}

/** Regions A–Z, each with its PDUs A–Z. */
export function regionsWithPdus(site: Site): { region: Entity; pdus: Entity[] }[] {
  const pdusByRegion = group(site.entities.filter((e) => e.type === 'pdu' && e.region), (e) => e.region!);
  return site.entities.filter((e) => e.type === 'region').map((region) => ({ region, pdus: pdusByRegion.get(region.id) ?? [] }));
}

/** The frameworks, newest first (a framework is named by its year). */
export const FRAMEWORKS: readonly Framework[] = [...Framework.options].sort().reverse();

/** A region's summary for the home page and /ratings/: the latest overall verdicts of it and its PDUs. */
export interface RegionSummary {
  region: Entity;
  pdus: Entity[];
  /** The region's latest overall verdict, if any. */
  latest: { r: Report; rating: string | null } | null;
  /** Its PDUs' latest overall ratings: how many PDUs at each rating. */
  pduRatings: Map<string, number>;
  pdusRated: number;
  /** Frameworks with any rating of the region or its PDUs: one ratings table each. */
  frameworks: string[];
}

export function regionSummaries(site: Site): RegionSummary[] {
  const latestOf = (id: string) => site.verdictsByEntity.get(id)?.find((x) => x.v.overall_rating) ?? null;
  return regionsWithPdus(site).map(({ region, pdus }) => {
    const l = latestOf(region.id);
    const pduRatings = new Map<string, number>();
    let pdusRated = 0;
    for (const p of pdus) {
      const pl = latestOf(p.id);
      if (!pl) continue;
      pdusRated++;
      pduRatings.set(pl.v.overall_rating!, (pduRatings.get(pl.v.overall_rating!) ?? 0) + 1);
    }
    const fws = new Set<string>();
    for (const e of [region, ...pdus]) for (const row of site.ratingRowsByEntity.get(e.id) ?? []) fws.add(row.framework);
    return { region, pdus, latest: l ? { r: l.r, rating: l.v.overall_rating } : null, pduRatings, pdusRated, frameworks: FRAMEWORKS.filter((f) => fws.has(f)) };
  });
}

export function regionSummaryPages(site: Site): ListPage<RegionSummary>[] {
  return listPages(chunk(regionSummaries(site), REGIONS_PER_PAGE));
}

/** The path of a region's ratings table under one inspection programme. */
export const ratingsPath = (regionId: string, framework: string) => `/ratings/${regionId}/${framework}/`;

/** Rating rows of a region and its PDUs under one framework. */
export function regionRatingRows(site: Site, region: Entity, pdus: Entity[], framework: string): RatingRow[] {
  return [region, ...pdus].flatMap((e) => (site.ratingRowsByEntity.get(e.id) ?? []).filter((r) => r.framework === framework));
}

/** The issues of one data-quality check, in pages. */
export function issuePages(issues: DataQualityIssue[]): ListPage<DataQualityIssue>[] {
  return listPages(chunk(issues, ISSUES_PER_PAGE));
}
export const dataQualityPath = (check: string) => `/data-quality/${check}/`;

/** The documents' counts of findings without a theme, in pages (at /data-quality/untagged/). */
export function untaggedPages<T>(rows: T[]): ListPage<T>[] {
  return listPages(chunk(rows, UNTAGGED_DOCUMENTS_PER_PAGE));
}
export const UNTAGGED_PATH = '/data-quality/untagged/';

/** Each initial letter of the entities A–Z with the page where its names start. */
export function letterPages(pages: ListPage<Entity>[]): [string, number][] {
  const out = new Map<string, number>();
  for (const p of pages) for (const e of p.items) {
    const l = e.name.charAt(0).toUpperCase();
    if (!out.has(l)) out.set(l, p.n);
  }
  return [...out];
}

/** A page of a region's or PDU's findings by standard: whole standards, ENTITY_FINDINGS_PER_PAGE at most unless one standard has more. */
export interface EntityFindingsPage {
  groups: { s: Standard; fs: Finding[] }[];
  n: number;
  of: number;
  /** The place of the page's first standard among the entity's standards with findings, from 1. */
  first: number;
  standardCount: number;
}

/** An entity's findings filed under a standard, by standard, in pages; one (maybe empty) page at least. */
export function entityFindingPages(site: Site, e: Entity): EntityFindingsPage[] {
  const findings = (site.findingsByEntity.get(e.id) ?? []).filter((f) => f.kind !== 'key-question' && f.kind !== 'rating' && f.kind !== 'metadata' && f.standard);
  const byStandard = group(findings, (f) => f.standard!);
  const groups = site.standards.filter((s) => byStandard.has(s.id)).map((s) => ({ s, fs: byStandard.get(s.id)! }));
  const pages = pagesOfGroups(groups, (g) => g.fs.length, ENTITY_FINDINGS_PER_PAGE);
  let first = 1;
  return pages.map((p, i) => {
    const page = { groups: p, n: i + 1, of: pages.length, first, standardCount: groups.length };
    first += p.length;
    return page;
  });
}
