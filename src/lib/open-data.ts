// Builders for the open data files under /data/. Pure functions over the collections' data,
// so they can be unit-tested without Astro. Field names and order are the published contract.
import type { ActionPlanItem, Entity, Finding, KeyQuestion, Recommendation, Report, Standard } from '../schemas';
import { ENTITIES_TABLE, ENTITY_DOCUMENTS_TABLE, header, KEY_QUESTIONS_TABLE, RATINGS_TABLE, REPORTS_TABLE, STANDARDS_TABLE } from './data-package';
import { naturalCompare, sortBy, sortRows, toCsv, toJson, type CsvValue } from './serialise';
import { absoluteUrl, findingPath } from './paths';

export const RATINGS_HEADER = header(RATINGS_TABLE);
export const KEY_QUESTIONS_HEADER = header(KEY_QUESTIONS_TABLE);

export function reportsJson(reports: readonly Report[]): string {
  return toJson(
    sortBy(reports, (r) => r.id).map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      entity: r.entity ?? null,
      entity_type: r.entity_type ?? null,
      region: r.region ?? null,
      published: r.published ?? null,
      fieldwork_started: r.fieldwork_started ?? null,
      score: r.score ?? null,
      score_max: r.score_max ?? null,
      overall_rating: r.overall_rating ?? null,
      source_file: r.source_file ?? null,
    })),
  );
}

/** reports.csv: the records of reports.json as a table, so that document ids resolve in the package. */
export function reportsCsv(reports: readonly Report[]): string {
  const rows: CsvValue[][] = sortBy(reports, (r) => r.id).map((r) => [
    r.id, r.kind, r.title, r.entity, r.entity_type, r.region, r.published, r.fieldwork_started, r.score, r.score_max, r.overall_rating, r.source_file,
  ]);
  return toCsv(header(REPORTS_TABLE), rows);
}

export function entitiesCsv(entities: readonly Entity[]): string {
  const rows: CsvValue[][] = sortBy(entities, (e) => e.id).map((e) => [e.id, e.name, e.type, regionOf(e, null)]);
  return toCsv(header(ENTITIES_TABLE), rows);
}

/** entity-documents.csv: one row per (entity, document about it), as the entity's page lists them. */
export function entityDocumentsCsv(entities: readonly Entity[], documentsAbout: (e: Entity) => readonly string[]): string {
  const rows: CsvValue[][] = entities.flatMap((e) => documentsAbout(e).map((d) => [e.id, d]));
  return toCsv(header(ENTITY_DOCUMENTS_TABLE), sortRows(rows));
}

export function standardsCsv(standards: readonly Standard[]): string {
  const byId = new Map(standards.map((s) => [s.id, s]));
  const related = (s: Standard, level: Standard['level']) => s.related.find((r) => byId.get(r)?.level === level) ?? null;
  const rows: CsvValue[][] = sortBy(standards, (s) => s.id).map((s) => [
    s.id, s.framework, s.level, s.code, s.name, s.domain, related(s, 'pdu'), related(s, 'region'),
  ]);
  return toCsv(header(STANDARDS_TABLE), rows);
}

/** The region an entity belongs to: a region is its own region. */
export function regionOf(entity: Entity | undefined, fallback: string | null): string | null {
  if (!entity) return fallback;
  if (entity.type === 'region') return entity.id;
  return entity.region ?? fallback;
}

export function ratingsCsv(reports: readonly Report[], entities: readonly Entity[]): string {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows: CsvValue[][] = [];
  for (const r of reports) {
    for (const rt of r.ratings) {
      const e = byId.get(rt.entity);
      rows.push([
        r.id,
        rt.entity,
        e?.type ?? (rt.entity === r.entity ? r.entity_type : null),
        regionOf(e, r.region),
        rt.framework,
        rt.standard_code,
        rt.standard_name,
        rt.rating,
      ]);
    }
  }
  return toCsv(RATINGS_HEADER, sortRows(rows));
}

export function keyQuestionsCsv(kqs: readonly KeyQuestion[], standards: readonly Standard[]): string {
  const frameworkOf = new Map(standards.map((s) => [s.id, s.framework]));
  const rows: CsvValue[][] = kqs.map((k) => [
    k.report_id,
    k.entity,
    k.standard_code,
    k.question,
    Math.round(k.percent_yes),
    k.drives_rating ? 'true' : 'false',
    frameworkOf.get(k.standard) ?? null,
  ]);
  return toCsv(KEY_QUESTIONS_HEADER, sortRows(rows));
}

export function actionPlanJson(items: readonly ActionPlanItem[]): string {
  const sorted = [...items].sort(
    (a, b) => naturalCompare(a.report_id, b.report_id) || a.item - b.item || naturalCompare(a.id, b.id),
  );
  return toJson(
    sorted.map((i) => ({
      report_id: i.report_id,
      item: i.item,
      addressees: i.addressees,
      recommendation: i.recommendation,
      status: i.status,
      actions: i.actions,
      owners: i.owners,
      target_dates: i.target_dates,
      answers: i.answers.map((a) => a.recommendation),
    })),
  );
}

export function recommendationsJson(recs: readonly Recommendation[]): string {
  return toJson(
    sortBy(recs, (r) => r.id).map((r) => ({
      id: r.id,
      report_id: r.report_id,
      number: r.number ?? null,
      addressee: r.addressee,
      text: r.text,
      themes: r.themes,
      response_item: r.response_item ?? null,
    })),
  );
}

function findingRecord(f: Finding, site: string | URL) {
  return {
    id: f.id,
    report_id: f.report_id,
    kind: f.kind,
    section: f.section,
    standard_code: f.standard_code ?? null,
    text: f.text,
    themes: f.themes,
    url: absoluteUrl(findingPath(f), site),
    source_lines: f.source_lines,
  };
}

/**
 * findings.json as a list of byte chunks, one a finding, whose concatenation is exactly
 * toJson(records): the combined file of a large archive is longer than the longest string V8
 * can hold (~512 MiB; 127 MB at 1,000 documents), so it is never made as one string.
 */
export function findingsJsonChunks(findings: readonly Finding[], site: string | URL): Buffer[] {
  const sorted = sortBy(findings, (f) => f.id);
  if (!sorted.length) return [Buffer.from('[]\n')];
  return sorted.map((f, i) =>
    Buffer.from(`${i === 0 ? '[\n  ' : ''}${JSON.stringify(findingRecord(f, site), null, 2).replace(/\n/g, '\n  ')}${i === sorted.length - 1 ? '\n]\n' : ',\n  '}`),
  );
}

export function findingsJson(findings: readonly Finding[], site: string | URL): string {
  return Buffer.concat(findingsJsonChunks(findings, site)).toString('utf8');
}
