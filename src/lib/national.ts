// The national picture (issue 22): every inspection of a region or PDU against the standards of
// its programme, counted per standard, by year and by the month the inspection started. Pure
// functions over the site's rating rows; the pages under /national/ render them, the filter tool
// reads the same rows from /national/ratings.csv.
import { RATINGS, type Entity, type EntityType, type Framework, type Rating, type Report, type Standard } from '../../core/schemas';
import type { Site } from './data';
import { group } from '../../core/group';
import { regionIdOf } from './listings';
import { pagesOfGroups } from './pages';
import { naturalCompare, toCsv, type CsvValue } from './serialise';
import { entityDisplayName } from './format';
import { meanPoints, noCounts, totalOf, weakestAndStrongest, type RatingCounts } from './rating-counts';

/** A programme's standards for one level: the 2023 PDU standards, the 2023 regional ones, the 2021 PDU ones. */
export interface Programme {
  /** "2023-pdu": the address of its pages. */
  id: string;
  framework: Framework;
  level: EntityType;
  /** "2023 programme, PDU inspections" */
  label: string;
  standards: Standard[];
}

export const programmeId = (framework: string, level: string) => `${framework}-${level}`;

/** Every programme with standards, newest framework first, regional before PDU (the site's order of standards). */
export function programmes(site: Pick<Site, 'standards'>): Programme[] {
  const out = new Map<string, Programme>();
  for (const s of site.standards) {
    const id = programmeId(s.framework, s.level);
    const p = out.get(id) ?? { id, framework: s.framework, level: s.level, label: `${s.framework} programme, ${s.level === 'pdu' ? 'PDU' : 'regional'} inspections`, standards: [] };
    p.standards.push(s);
    out.set(id, p);
  }
  return [...out.values()];
}

/** One inspection of one region or PDU: what a document rated it, standard by standard. */
export interface Inspection {
  entity: Entity;
  /** Its region (a region is its own); null for a PDU in no region. */
  region: Entity | null;
  report: Report;
  programme: string;
  framework: Framework;
  level: EntityType;
  /** When the inspection started (fieldwork), or else the document's date: YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  /** The date's first seven characters, YYYY-MM. */
  month: string | null;
  year: string | null;
  overall: Rating | null;
  score: number | null;
  scoreMax: number | null;
  /** Standard id → rating. */
  ratings: Map<string, Rating>;
}

const cmp = (a: string | null, b: string | null) => naturalCompare(a ?? '', b ?? '');

/**
 * Every inspection of a region or PDU the documents rate, in the order of the matrix: by region
 * (A–Z, PDUs in no region last), the region before its PDUs, each A–Z, oldest inspection first.
 */
export function inspections(site: Site): Inspection[] {
  const out = new Map<string, Inspection>();
  for (const row of site.ratingRows) {
    if (!row.entity || !row.standard) continue;
    const key = `${row.report.id}|${row.entityId}`;
    let x = out.get(key);
    if (!x) {
      const v = row.report.verdicts.find((v) => v.entity === row.entityId);
      const date = v?.fieldwork_started ?? (row.report.entity === row.entityId ? row.report.fieldwork_started : null) ?? row.report.published;
      const regionId = regionIdOf(site, row.entityId);
      x = {
        entity: row.entity,
        region: regionId ? (site.entityById.get(regionId) ?? null) : null,
        report: row.report,
        programme: programmeId(row.framework, row.standard.level),
        framework: row.framework,
        level: row.standard.level,
        date: date ?? null,
        month: date ? date.slice(0, 7) : null,
        year: date ? date.slice(0, 4) : null,
        overall: v?.overall_rating ?? null,
        score: v?.score ?? null,
        scoreMax: v?.score_max ?? null,
        ratings: new Map(),
      };
      out.set(key, x);
    }
    x.ratings.set(row.standard.id, row.rating);
  }
  const regionName = (x: Inspection) => (x.region ? x.region.name : '\uffff');
  return [...out.values()].sort(
    (a, b) =>
      naturalCompare(regionName(a), regionName(b)) ||
      cmp(a.region?.id ?? null, b.region?.id ?? null) ||
      (a.entity.type === b.entity.type ? 0 : a.entity.type === 'region' ? -1 : 1) ||
      naturalCompare(a.entity.name, b.entity.name) ||
      naturalCompare(a.entity.id, b.entity.id) ||
      cmp(a.date, b.date) ||
      naturalCompare(a.report.id, b.report.id),
  );
}

export { formatMean, meanPoints, noCounts, totalOf, type RatingCounts } from './rating-counts';

export interface StandardCount {
  standard: Standard;
  counts: RatingCounts;
  total: number;
  mean: number | null;
}

/** Each of a programme's standards with how often each rating was given, over the inspections given. */
export function standardCounts(programme: Programme, xs: readonly Inspection[]): StandardCount[] {
  return programme.standards.map((standard) => {
    const counts = noCounts();
    for (const x of xs) {
      const r = x.programme === programme.id ? x.ratings.get(standard.id) : undefined;
      if (r) counts[r]++;
    }
    return { standard, counts, total: totalOf(counts), mean: meanPoints(counts) };
  });
}

/** The weakest and strongest standards (src/lib/rating-counts.ts). */
export const extremes = (counts: readonly StandardCount[]) => weakestAndStrongest(counts);

/** "P 2.1 Assessment: 0 Outstanding, 0 Good, 3 Requires improvement, 9 Inadequate" */
export function countsSentence(c: StandardCount): string {
  return `${c.standard.code} ${c.standard.name}: ${RATINGS.map((r) => `${c.counts[r]} ${r}`).join(', ')}`;
}

/** Overall ratings of one level's inspections that started in a month, and of all since its start. */
export interface SinceRow {
  month: string;
  inMonth: RatingCounts & { unrated: number; n: number };
  since: RatingCounts & { unrated: number; n: number };
}

/**
 * One row per month in which an inspection of this level started, newest first, with the
 * overall ratings of the inspections that month and the running totals since the month began:
 * "every PDU inspected since March 2024 was rated…" is the row of March 2024 (or the first
 * month after it that has a row).
 */
export function sinceMonths(xs: readonly Inspection[], level: EntityType): SinceRow[] {
  const byMonth = group(xs.filter((x) => x.level === level && x.month), (x) => x.month!);
  const months = [...byMonth.keys()].sort().reverse();
  const running = { ...noCounts(), unrated: 0, n: 0 };
  return months.map((month) => {
    const inMonth = { ...noCounts(), unrated: 0, n: 0 };
    for (const x of byMonth.get(month)!) {
      inMonth.n++;
      if (x.overall) inMonth[x.overall]++;
      else inMonth.unrated++;
    }
    running.n += inMonth.n;
    running.unrated += inMonth.unrated;
    for (const r of RATINGS) running[r] += inMonth[r];
    return { month, inMonth, since: { ...running } };
  });
}

/** A programme's standards, each with its counts per year of inspection (oldest first). */
export interface YearCounts {
  years: string[];
  rows: { standard: Standard; byYear: RatingCounts[] }[];
}

export function countsByYear(programme: Programme, xs: readonly Inspection[]): YearCounts {
  const mine = xs.filter((x) => x.programme === programme.id && x.year);
  const years = [...new Set(mine.map((x) => x.year!))].sort();
  return {
    years,
    rows: programme.standards.map((standard) => ({
      standard,
      byYear: years.map((y) => {
        const c = noCounts();
        for (const x of mine) if (x.year === y) {
          const r = x.ratings.get(standard.id);
          if (r) c[r]++;
        }
        return c;
      }),
    })),
  };
}

/** Rows of a programme's matrix a page holds, in whole regions (about 1 kB of HTML a row). */
export const MATRIX_ROWS_PER_PAGE = Math.max(1, Math.floor(150 / Math.max(1, Math.floor(Number(process.env.PF_PAGE_DIVISOR ?? 1)) || 1)));

export interface MatrixRegion {
  /** The region, or null for PDUs in no region. */
  region: Entity | null;
  rows: Inspection[];
}

export interface MatrixPage {
  regions: MatrixRegion[];
  n: number;
  of: number;
  /** The place of the page's first region among the programme's regions, from 1. */
  first: number;
  regionCount: number;
  rowCount: number;
}

/** A programme's inspections by region, in pages of whole regions; one (maybe empty) page at least. */
export function matrixPages(programme: Programme, xs: readonly Inspection[]): MatrixPage[] {
  const mine = xs.filter((x) => x.programme === programme.id);
  const byRegion = group(mine, (x) => x.region?.id ?? '');
  const regions: MatrixRegion[] = [...byRegion.values()].map((rows) => ({ region: rows[0]!.region, rows }));
  const pages = pagesOfGroups(regions, (g) => g.rows.length, MATRIX_ROWS_PER_PAGE);
  let first = 1;
  return pages.map((p, i) => {
    const page = { regions: p, n: i + 1, of: pages.length, first, regionCount: regions.length, rowCount: mine.length };
    first += p.length;
    return page;
  });
}

export const NATIONAL_PATH = '/national/';
export const matrixPath = (programme: string, n = 1) => (n <= 1 ? `/national/ratings/${programme}/` : `/national/ratings/${programme}/${n}/`);
export const NATIONAL_CSV_PATH = '/national/ratings-by-inspection.csv';
export const FILTER_PATH = '/national/filter/';
/** The anchor of a region's rows in a matrix page. */
export const regionAnchor = (region: Entity | null) => (region ? `in-${region.id}` : 'in-no-region');
export const regionLabel = (region: Entity | null) => (region ? entityDisplayName(region.name, 'region') : 'PDUs in no region');

const memo = new WeakMap<Site, Inspection[]>();
/** The site's inspections, worked out once for the build (every national page reads them). */
export function siteInspections(site: Site): Inspection[] {
  let xs = memo.get(site);
  if (!xs) memo.set(site, (xs = inspections(site)));
  return xs;
}

/** The columns of /national/ratings-by-inspection.csv before one column per standard (named by its id). */
export const INSPECTION_COLUMNS = [
  'entity', 'entity_name', 'entity_type', 'region', 'region_name', 'report', 'document_kind', 'published', 'inspected', 'programme', 'overall_rating', 'score', 'score_max',
] as const;

/**
 * One row per inspection, in the matrix's order, with a column per standard of every programme
 * (empty where not rated): the matrix as a table, and what the filter tool reads.
 */
export function inspectionsCsv(progs: readonly Programme[], xs: readonly Inspection[]): string {
  const standards = progs.flatMap((p) => p.standards);
  const rows: CsvValue[][] = xs.map((x) => [
    x.entity.id, x.entity.name, x.entity.type, x.region?.id ?? null, x.region?.name ?? null, x.report.id, x.report.kind, x.report.published, x.date, x.programme,
    x.overall, x.score, x.scoreMax, ...standards.map((s) => x.ratings.get(s.id) ?? null),
  ]);
  return toCsv([...INSPECTION_COLUMNS, ...standards.map((s) => s.id)], rows);
}

/** 12000 → "12,000" (no Intl: the same on every machine). */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
/** plural() with thousands marked: "1,200 inspections". */
export const counted = (n: number, one: string, many = `${one}s`) => `${thousands(n)} ${n === 1 ? one : many}`;
