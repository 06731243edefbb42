// A standard's ratings, key questions and findings, grouped by region (A–Z; entities in no region
// last), in pages of whole regions: the first page at /standards/<id>/ with the standard's
// summary, later pages, once an archive outgrows one, at /standards/<id>/<n>/.
import type { Entity, Finding, KeyQuestion, Standard } from '../../core/schemas';
import type { RatingRow, Site } from './data';
import { group } from '../../core/group';
import { regionIdOf, STANDARD_ITEMS_PER_PAGE } from './listings';
import { pagesOfGroups } from './pages';

export { STANDARD_ITEMS_PER_PAGE };

export interface StandardRegion {
  /** The region, or null for entities in no region. */
  region: Entity | null;
  rows: RatingRow[];
  kqs: KeyQuestion[];
  /** Findings by document, newest first. */
  docs: { r: import('../../core/schemas').Report; fs: Finding[] }[];
}

export interface StandardPage {
  regions: StandardRegion[];
  /** The place of the page's first region among the standard's regions, from 1. */
  first: number;
  regionCount: number;
  n: number;
  of: number;
}

const size = (g: StandardRegion) => g.rows.length + g.kqs.length + g.docs.reduce((s, d) => s + d.fs.length, 0);

/** Findings a standard page lists: not its key questions or ratings, shown as tables. */
export function standardFindings(site: Site, s: Standard): Finding[] {
  return (site.findingsByStandard.get(s.id) ?? []).filter((f) => f.kind !== 'key-question' && f.kind !== 'rating');
}

export function standardPages(site: Site, s: Standard): StandardPage[] {
  const none = '';
  const rows = group(site.ratingRowsByStandard.get(s.id) ?? [], (r) => regionIdOf(site, r.entityId) ?? none);
  const kqs = group(site.kqsByStandard.get(s.id) ?? [], (k) => regionIdOf(site, k.entity) ?? none);
  const findings = group(standardFindings(site, s), (f) => regionIdOf(site, f.entity ?? site.reportById.get(f.report_id)?.entity) ?? none);
  const keys = new Set([...rows.keys(), ...kqs.keys(), ...findings.keys()]);
  const regions: StandardRegion[] = [...site.entities.filter((e) => e.type === 'region' && keys.has(e.id)), ...(keys.has(none) ? [null] : [])].map((region) => {
    const k = region?.id ?? none;
    const byReport = group(findings.get(k) ?? [], (f) => f.report_id);
    return {
      region,
      rows: rows.get(k) ?? [],
      kqs: kqs.get(k) ?? [],
      docs: site.reports.filter((r) => byReport.has(r.id)).map((r) => ({ r, fs: byReport.get(r.id)! })),
    };
  });
  const pages = pagesOfGroups(regions, size, STANDARD_ITEMS_PER_PAGE);
  let first = 1;
  return pages.map((p, i) => {
    const page = { regions: p, first, regionCount: regions.length, n: i + 1, of: pages.length };
    first += p.length;
    return page;
  });
}
