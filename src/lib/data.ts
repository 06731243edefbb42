// One place that loads the content and builds the lookups the pages share. Results are
// memoised for the build, and every list is sorted so output is deterministic.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  ActionPlanItem as ActionPlanItemSchema,
  DataQualityIssue as DataQualityIssueSchema,
  KeyQuestion as KeyQuestionSchema,
  PreviousRecommendation as PreviousRecommendationSchema,
  Recommendation as RecommendationSchema,
  Report as ReportSchema,
  ReportFindings as ReportFindingsSchema,
} from '../../core/schemas';
import type {
  ActionPlanItem,
  DataQualityIssue,
  Entity,
  Finding,
  Footnote,
  Framework,
  KeyQuestion,
  PreviousRecommendation,
  Recommendation,
  Report,
  ReportFindings,
  Standard,
  StoredFinding,
  Theme,
} from '../../core/schemas';
import { group, groupMany } from '../../core/group';
import { naturalCompare } from './serialise';
import { entityDisplayName, formatDate, normaliseCode } from './format';
import { documentStructure, type DocumentStructure } from './structure';
import { contentDir, Interner, readEntries, readFindings, readYaml } from './entries';

export type FootnoteEntry = CollectionEntry<'footnotes'>;

export interface Site {
  reports: Report[]; // newest first
  reportById: Map<string, Report>;
  entities: Entity[]; // A–Z
  entityById: Map<string, Entity>;
  standards: Standard[]; // framework (newest first), level, order
  standardById: Map<string, Standard>;
  /** Without their Markdown: the report page reads its own with reportStoredFindings. */
  findings: Finding[]; // by report, order
  findingById: Map<string, Finding>;
  findingsByReport: Map<string, Finding[]>;
  keyQuestions: KeyQuestion[];
  kqByFinding: Map<string, KeyQuestion>;
  recommendations: Recommendation[];
  recById: Map<string, Recommendation>;
  recByFinding: Map<string, Recommendation>;
  items: ActionPlanItem[];
  itemById: Map<string, ActionPlanItem>;
  itemByFinding: Map<string, ActionPlanItem>;
  footnoteEntries: FootnoteEntry[];
  footnotesByReport: Map<string, FootnoteEntry[]>;
  themes: Theme[];
  themeById: Map<string, Theme>;
  dataQuality: DataQualityIssue[];
  previousRecommendations: PreviousRecommendation[];
  prevByFinding: Map<string, PreviousRecommendation>;
  /** Each report's front matter, table header rows and paragraph locators. */
  structureByReport: Map<string, DocumentStructure>;
  // Indexes, so that a page per entity, standard, theme or report reads its own slice rather
  // than filtering the whole corpus (which made the build quadratic in documents).
  ratingRows: RatingRow[];
  ratingRowsByEntity: Map<string, RatingRow[]>;
  ratingRowsByStandard: Map<string, RatingRow[]>;
  reportsByEntity: Map<string, Report[]>;
  verdictsByEntity: Map<string, { r: Report; v: Report['verdicts'][number] }[]>;
  findingsByEntity: Map<string, Finding[]>;
  findingsByTheme: Map<string, Finding[]>;
  findingsByStandard: Map<string, Finding[]>;
  kqsByEntity: Map<string, KeyQuestion[]>;
  kqsByStandard: Map<string, KeyQuestion[]>;
  recsByEntity: Map<string, Recommendation[]>;
  recsByTheme: Map<string, Recommendation[]>;
  recsByReport: Map<string, Recommendation[]>;
  /** Recommendations answered by an item missing from its plan, by the plan row that survives of it. */
  recsByResponseRow: Map<string, Recommendation[]>;
  itemsByEntity: Map<string, ActionPlanItem[]>;
}

const byNat =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    naturalCompare(key(a), key(b));

/** Newest first by published date, then by id. */
export function compareReports(a: Report, b: Report): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return naturalCompare(a.id, b.id);
}

/**
 * One report's findings with their Markdown, for the page that renders them (the report page).
 * Read from the file when asked rather than held for the build: the Markdown is needed once.
 */
export function reportStoredFindings(reportId: string): StoredFinding[] {
  const file = join(contentDir(), 'findings', `${reportId}.yaml`);
  return existsSync(file) ? readYaml(file, ReportFindingsSchema, new Interner()).findings : [];
}

let cache: Promise<Site> | null = null;

export function loadSite(): Promise<Site> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Site> {
  const site = baseSite(await readSorted());
  const structureByReport = structures(site);
  return { ...site, structureByReport, ...indexes(site, structureByReport) };
}

type Sorted = Pick<Site, 'reports' | 'entities' | 'standards' | 'findings' | 'keyQuestions' | 'recommendations' | 'items' | 'footnoteEntries' | 'themes' | 'dataQuality' | 'previousRecommendations'>;

/** Every collection read, each in the order the site lists it. */
async function readSorted(): Promise<Sorted> {
  // The per-document content (reports, findings, key questions, recommendations, plan items,
  // checks) is read by ./entries, not through Astro's content store, which would hold it about
  // three times over; the collections left are small, or rendered (footnotes).
  const shared = new Interner();
  const [
    reportsC,
    entitiesC,
    standardsC,
    findingsC,
    kqC,
    recC,
    itemC,
    fnC,
    themeC,
    dqC,
    prevC,
  ] = await Promise.all([
    readEntries('reports', ReportSchema, shared),
    getCollection('entities'),
    getCollection('standards'),
    readFindings(shared),
    readEntries('key-questions', KeyQuestionSchema, shared),
    readEntries('recommendations', RecommendationSchema, shared),
    readEntries('action-plan-items', ActionPlanItemSchema, shared),
    getCollection('footnotes'),
    getCollection('themes'),
    readEntries('data-quality', DataQualityIssueSchema, shared),
    readEntries('previous-recommendations', PreviousRecommendationSchema, shared),
  ]);

  const reports = reportsC.sort(compareReports);
  const entities = entitiesC.map((e) => e.data as Entity).sort((a, b) => naturalCompare(a.name, b.name) || naturalCompare(a.id, b.id));
  const standards = standardsC
    .map((e) => e.data as Standard)
    .sort(
      (a, b) =>
        naturalCompare(b.framework, a.framework) ||
        (a.level === b.level ? 0 : a.level === 'region' ? -1 : 1) ||
        a.order - b.order ||
        naturalCompare(a.code, b.code),
    );
  const findings = findingsC
    .flat()
    .sort((a, b) => naturalCompare(a.report_id, b.report_id) || a.order - b.order || naturalCompare(a.id, b.id));
  const keyQuestions = [...kqC]
    .sort((a, b) => naturalCompare(a.report_id, b.report_id) || a.order - b.order || naturalCompare(a.id, b.id));
  const recommendations = [...recC]
    .sort((a, b) => naturalCompare(a.report_id, b.report_id) || a.order - b.order || naturalCompare(a.id, b.id));
  const items = [...itemC]
    .sort((a, b) => naturalCompare(a.report_id, b.report_id) || a.item - b.item || naturalCompare(a.id, b.id));
  const footnoteEntries = [...fnC].sort(
    (a, b) => naturalCompare(a.data.report_id, b.data.report_id) || a.data.number - b.data.number,
  );
  const themes = themeC.map((e) => e.data as Theme).sort(byNat((t) => t.name));
  const dataQuality = [...dqC].sort(byNat((d) => d.id));
  const previousRecommendations = [...prevC].sort(byNat((d) => d.id));
  return { reports, entities, standards, findings, keyQuestions, recommendations, items, footnoteEntries, themes, dataQuality, previousRecommendations };
}

/** The collections with their lookups by id. */
function baseSite({ reports, entities, standards, findings, keyQuestions, recommendations, items, footnoteEntries, themes, dataQuality, previousRecommendations }: Sorted): Omit<Site, IndexKeys> {
  const itemByFinding = new Map<string, ActionPlanItem>();
  for (const it of items) for (const f of it.finding_ids) if (!itemByFinding.has(f)) itemByFinding.set(f, it);

  const reportById = new Map(reports.map((r) => [r.id, r]));
  return {
    reports,
    reportById,
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    standards,
    standardById: new Map(standards.map((s) => [s.id, s])),
    findings,
    findingById: new Map(findings.map((f) => [f.id, f])),
    findingsByReport: group(findings, (f) => f.report_id),
    keyQuestions,
    kqByFinding: new Map(keyQuestions.map((k) => [k.finding_id, k])),
    recommendations,
    recById: new Map(recommendations.map((r) => [r.id, r])),
    recByFinding: new Map(recommendations.map((r) => [r.finding_id, r])),
    items,
    itemById: new Map(items.map((i) => [i.id, i])),
    itemByFinding,
    footnoteEntries,
    footnotesByReport: group(footnoteEntries, (f) => f.data.report_id as string),
    themes,
    themeById: new Map(themes.map((t) => [t.id, t])),
    dataQuality,
    previousRecommendations,
    prevByFinding: new Map(previousRecommendations.map((p) => [p.finding_id, p])),
  };
}

/** Each document's shape: its front matter, column headers and locators (./structure). */
function structures(site: Omit<Site, IndexKeys>): Site['structureByReport'] {
  return new Map(
    site.reports.map((r) => {
      const fs = site.findingsByReport.get(r.id) ?? [];
      return [r.id, documentStructure({
        kind: r.kind,
        outline: r.outline,
        findingById: new Map(fs.map((f) => [f.id, f])),
        recNumber: (id) => site.recByFinding.get(id)?.number ?? null,
        itemByFinding: r.kind === 'action-plan' ? site.itemByFinding : new Map(),
        isKeyQuestion: (id) => site.kqByFinding.has(id),
      })];
    }),
  );
}

/** What pages list by entity, theme, standard, report and response. */
function indexes(site: Omit<Site, IndexKeys>, structureByReport: Site['structureByReport']): Omit<Pick<Site, IndexKeys>, 'structureByReport'> {
  const { reports, reportById, findings, keyQuestions, recommendations, items } = site;
  const rows = ratingRows(site);
  // A table's column headers and the printed front matter are not findings to list by entity,
  // theme or standard.
  const notListed = (f: Finding) => {
    const st = structureByReport.get(f.report_id);
    return !!st && (st.headerRows.has(f.id) || st.frontIds.has(f.id));
  };
  const listed = findings.filter((f) => !notListed(f));
  return {
    ratingRows: rows,
    ratingRowsByEntity: group(rows, (x) => x.entityId),
    ratingRowsByStandard: group(rows.filter((x) => x.standard), (x) => x.standard!.id),
    reportsByEntity: groupMany(reports, (r) => [
      ...r.entities_mentioned,
      ...(r.entity ? [r.entity] : []),
      ...r.ratings.map((x) => x.entity),
      ...r.verdicts.map((v) => v.entity),
    ]),
    verdictsByEntity: group(
      reports.flatMap((r) => r.verdicts.map((v) => ({ r, v }))),
      (x) => x.v.entity,
    ),
    findingsByEntity: groupMany(listed, (f) => {
      const e = f.entity ?? reportById.get(f.report_id)?.entity;
      return e ? [e] : [];
    }),
    findingsByTheme: groupMany(listed, (f) => f.themes),
    findingsByStandard: groupMany(listed, (f) => (f.standard ? [f.standard] : [])),
    kqsByEntity: group(keyQuestions, (k) => k.entity),
    kqsByStandard: group(keyQuestions, (k) => k.standard),
    recsByEntity: groupMany(recommendations, (r) => [...r.addressee_entities, ...(r.about_entity ? [r.about_entity] : [])]),
    recsByTheme: groupMany(recommendations, (r) => r.themes),
    recsByReport: group(recommendations, (r) => r.report_id),
    recsByResponseRow: groupMany(recommendations, (r) => (r.response_row ? [r.response_row] : [])),
    itemsByEntity: groupMany(items, (i) => i.addressee_entities),
  };
}


type IndexKeys =
  | 'structureByReport' | 'ratingRows' | 'ratingRowsByEntity' | 'ratingRowsByStandard' | 'reportsByEntity' | 'verdictsByEntity'
  | 'findingsByEntity' | 'findingsByTheme' | 'findingsByStandard' | 'kqsByEntity' | 'kqsByStandard'
  | 'recsByEntity' | 'recsByTheme' | 'recsByReport' | 'recsByResponseRow' | 'itemsByEntity';

/** The standard a report's rating refers to (framework + code, narrowed by entity type). */
export function standardFor(
  site: Pick<Site, 'standards'>,
  framework: string,
  code: string,
  level: 'region' | 'pdu' | null | undefined,
): Standard | undefined {
  const c = normaliseCode(code);
  const matches = site.standards.filter((s) => s.framework === framework && normaliseCode(s.code) === c);
  if (matches.length <= 1) return matches[0];
  return matches.find((s) => s.level === level) ?? matches[0];
}

/** All rating rows with their standard, report and entity resolved. */
export interface RatingRow {
  report: Report;
  entity: Entity | undefined;
  entityId: string;
  framework: Framework;
  code: string;
  name: string;
  rating: Report['ratings'][number]['rating'];
  standard: Standard | undefined;
}

export function ratingRows(site: Pick<Site, 'reports' | 'entityById' | 'standards'>): RatingRow[] {
  const rows: RatingRow[] = [];
  for (const report of site.reports) {
    for (const r of report.ratings) {
      const entity = site.entityById.get(r.entity);
      rows.push({
        report,
        entity,
        entityId: r.entity,
        framework: r.framework,
        code: r.standard_code,
        name: r.standard_name,
        rating: r.rating,
        standard: standardFor(site, r.framework, r.standard_code, entity?.type ?? null),
      });
    }
  }
  return rows;
}

/** The documents about an entity, newest first: those inspecting, rating or naming it, and the ingest's list. */
export function documentsAbout(site: Pick<Site, 'reports' | 'reportsByEntity'>, e: Entity): Report[] {
  const related = new Set([...(site.reportsByEntity.get(e.id) ?? []).map((r) => r.id), ...e.documents]);
  return site.reports.filter((r) => related.has(r.id));
}

export function themeName(site: Site, id: string): string {
  return site.themeById.get(id)?.name ?? id;
}

const SHORT_KIND: Record<Report['kind'], string> = {
  'regional-report': 'inspection',
  'pdu-report': 'inspection',
  'regional-letter': 'regional letter',
  'action-plan': 'action plan',
};

/** "Surrey PDU inspection, March 2024": short enough for <title> and lists. */
export function reportShortTitle(site: Site, r: Report): string {
  const e = r.entity ? site.entityById.get(r.entity) : undefined;
  if (!e) return r.title;
  const m = /^(\d{4})-(\d{2})/.exec(r.published ?? '');
  const when = m ? `, ${formatDate(`${m[1]}-${m[2]}`)}` : '';
  return `${entityDisplayName(e.name, e.type)} ${SHORT_KIND[r.kind]}${when}`;
}
