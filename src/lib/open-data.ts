// Builders for the open data files under /data/. Pure functions over the collections' data,
// so they can be unit-tested without Astro. Field names and order are the published contract.
import type { ActionPlanItem, Entity, Finding, KeyQuestion, Recommendation, Report, Standard, Theme } from '../../core/schemas';
import {
  ACTION_PLAN_ITEMS_TABLE, ACTIONS_TABLE, ENTITIES_TABLE, ENTITY_DOCUMENTS_TABLE, FINDINGS_TABLE, header, KEY_QUESTIONS_TABLE, RATINGS_TABLE,
  RECOMMENDATIONS_TABLE, REPORTS_TABLE, STANDARDS_TABLE, THEMES_TABLE,
} from './data-package';
import { csvList, naturalCompare, sortBy, sortRows, toCsv, toCsvChunks, toJson, type CsvValue } from './serialise';
import { absoluteUrl, findingPath } from './paths';
import { pairActions } from './plan';

export const RATINGS_HEADER = header(RATINGS_TABLE);
export const KEY_QUESTIONS_HEADER = header(KEY_QUESTIONS_TABLE);

/** Names beside ids: the entities by id, for the name columns. */
type Names = ReadonlyMap<string, Entity>;
const byId = <T extends { id: string }>(xs: readonly T[]): Map<string, T> => new Map(xs.map((x) => [x.id, x]));
const nameOf = (names: Names, id: string | null | undefined): string | null => (id ? (names.get(id)?.name ?? null) : null);

export function reportsJson(reports: readonly Report[], entities: readonly Entity[]): string {
  const names = byId(entities);
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
      entity_name: nameOf(names, r.entity),
      region_name: nameOf(names, r.region),
    })),
  );
}

/** reports.csv: the records of reports.json as a table, so that document ids resolve in the package. */
export function reportsCsv(reports: readonly Report[], entities: readonly Entity[]): string {
  const names = byId(entities);
  const rows: CsvValue[][] = sortBy(reports, (r) => r.id).map((r) => [
    r.id, r.kind, r.title, r.entity, r.entity_type, r.region, r.published, r.fieldwork_started, r.score, r.score_max, r.overall_rating, r.source_file,
    nameOf(names, r.entity), nameOf(names, r.region),
  ]);
  return toCsv(header(REPORTS_TABLE), rows);
}

export function entitiesCsv(entities: readonly Entity[]): string {
  const names = byId(entities);
  const rows: CsvValue[][] = sortBy(entities, (e) => e.id).map((e) => [e.id, e.name, e.type, regionOf(e, null), nameOf(names, regionOf(e, null))]);
  return toCsv(header(ENTITIES_TABLE), rows);
}

/** entity-documents.csv: one row per (entity, document about it), as the entity's page lists them. */
export function entityDocumentsCsv(entities: readonly Entity[], documentsAbout: (e: Entity) => readonly Pick<Report, 'id' | 'title'>[]): string {
  const rows: CsvValue[][] = entities.flatMap((e) => documentsAbout(e).map((d) => [e.id, d.id, e.name, d.title]));
  return toCsv(header(ENTITY_DOCUMENTS_TABLE), sortRows(rows));
}

export function standardsCsv(standards: readonly Standard[]): string {
  const standardById = byId(standards);
  const related = (s: Standard, level: Standard['level']) => s.related.find((r) => standardById.get(r)?.level === level) ?? null;
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
  const names = byId(entities);
  const rows: CsvValue[][] = [];
  for (const r of reports) {
    for (const rt of r.ratings) {
      const e = names.get(rt.entity);
      rows.push([
        r.id,
        rt.entity,
        e?.type ?? (rt.entity === r.entity ? r.entity_type : null),
        regionOf(e, r.region),
        rt.framework,
        rt.standard_code,
        rt.standard_name,
        rt.rating,
        e?.name ?? null,
        nameOf(names, regionOf(e, r.region)),
      ]);
    }
  }
  return toCsv(RATINGS_HEADER, sortRows(rows));
}

export function keyQuestionsCsv(kqs: readonly KeyQuestion[], standards: readonly Standard[], entities: readonly Entity[]): string {
  const standardById = byId(standards);
  const names = byId(entities);
  const rows: CsvValue[][] = kqs.map((k) => [
    k.report_id,
    k.entity,
    k.standard_code,
    k.question,
    Math.round(k.percent_yes),
    k.drives_rating ? 'true' : 'false',
    standardById.get(k.standard)?.framework ?? null,
    nameOf(names, k.entity),
    standardById.get(k.standard)?.name ?? null,
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
      id: i.id,
    })),
  );
}

/** action-plan-items.csv: the items of action-plan.json without their actions (actions.csv has them, a row each). */
export function actionPlanItemsCsv(items: readonly ActionPlanItem[]): string {
  const rows: CsvValue[][] = items.map((i) => [
    i.id, i.report_id, i.item, csvList(i.addressees), i.recommendation, i.status, csvList(i.answers.map((a) => a.recommendation)),
  ]);
  return toCsv(header(ACTION_PLAN_ITEMS_TABLE), sortRows(rows));
}

/** An item's rows in actions.csv: its actions, or its owners or target dates where it lists more. */
export const actionRowCount = (item: Pick<ActionPlanItem, 'actions' | 'owners' | 'target_dates'>): number =>
  Math.max(item.actions.length, item.owners.length, item.target_dates.length);

/**
 * actions.csv: each action with the owner and target date cells beside it, paired by position
 * as the plan page and the tracker pair them (src/lib/plan.ts). An owner or date the plan lists
 * beyond an item's actions keeps a row of its own, with no action: nothing dropped, nothing
 * invented. The tracker's state of a target is left out: it depends on the date of the build.
 */
export function actionsCsv(items: readonly ActionPlanItem[]): string {
  const rows: CsvValue[][] = [];
  for (const item of items) {
    const paired = pairActions(item);
    const n = paired.actions.length;
    for (let i = 0; i < actionRowCount(item); i++) {
      const a = paired.actions[i];
      const owner = a ? a.owner : (paired.extraOwners[i - n] ?? null);
      const date = a ? a.date : (paired.extraDates[i - n] ?? null);
      const roles = owner === null ? [] : (item.owner_roles[i] ?? []);
      const target = date === null ? null : (item.targets[i] ?? null);
      rows.push([
        `${item.id}/${i + 1}`, item.id, item.report_id, i + 1, a?.text ?? null, owner, csvList(roles.map((r) => r.key)), date,
        target?.date ?? null, target ? String(target.complete) : null, target ? String(target.ongoing) : null,
      ]);
    }
  }
  return toCsv(header(ACTIONS_TABLE), sortRows(rows));
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
      response_row: r.response_row ?? null,
    })),
  );
}

/** recommendations.csv: the records of recommendations.json, with the names a reader needs beside the ids. */
export function recommendationsCsv(recs: readonly Recommendation[], themes: readonly Theme[], entities: readonly Entity[]): string {
  const themeById = byId(themes);
  const names = byId(entities);
  const rows: CsvValue[][] = recs.map((r) => [
    r.id, r.report_id, r.number, r.addressee, r.text, csvList(r.themes), r.response_item, r.response_row,
    csvList(r.themes.map((t) => themeById.get(t)?.name ?? t)), r.about_entity, nameOf(names, r.about_entity), r.response_item ? r.match_score : null,
  ]);
  return toCsv(header(RECOMMENDATIONS_TABLE), sortRows(rows));
}

export function themesCsv(themes: readonly Theme[]): string {
  return toCsv(header(THEMES_TABLE), sortRows(themes.map((t) => [t.id, t.name, t.definition])));
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
 * findings.json as byte chunks made one at a time, one a finding, whose concatenation is exactly
 * toJson(records): the combined file of a large archive is longer than the longest string V8
 * can hold (~512 MiB; 139 MB at 1,000 documents), so it is never made as one string, and it is
 * written as it is made, never held whole (src/integrations/combined-findings.ts).
 */
export function findingsJsonChunks(findings: readonly Finding[], site: string | URL): Generator<Buffer> {
  return findingsJsonInOrder(sortBy(findings, (f) => f.id), site);
}

/** findingsJsonChunks of findings already in the file's order (by id), taken one at a time. */
export function* findingsJsonInOrder(ordered: Iterable<Finding>, site: string | URL): Generator<Buffer> {
  let first = true;
  for (const f of ordered) {
    yield Buffer.from(`${first ? '[\n  ' : ',\n  '}${JSON.stringify(findingRecord(f, site), null, 2).replace(/\n/g, '\n  ')}`);
    first = false;
  }
  yield Buffer.from(first ? '[]\n' : '\n]\n');
}

export function findingsJson(findings: readonly Finding[], site: string | URL): string {
  return Buffer.concat([...findingsJsonChunks(findings, site)]).toString('utf8');
}

/**
 * findings.csv as byte chunks (the header, then one a finding), for the reason findingsJsonChunks
 * gives: the combined file of a large archive is never one string. The rows are the records of
 * findingsJson, with the framework of the finding's standard (which, with its code, names the
 * standard in standards.csv), its themes as one field and its line range as two.
 */
export function findingsCsvChunks(findings: readonly Finding[], standards: readonly Standard[], site: string | URL): Generator<Buffer> {
  return findingsCsvInOrder(sortBy(findings, (f) => f.id), standards, site);
}

/** findingsCsvChunks of findings already in the file's order (by id), taken one at a time. */
export function findingsCsvInOrder(ordered: Iterable<Finding>, standards: readonly Standard[], site: string | URL): Generator<Buffer> {
  const standardById = byId(standards);
  return toCsvChunks(header(FINDINGS_TABLE), ordered, (f) => {
    const r = findingRecord(f, site);
    return [
      r.id, r.report_id, r.kind, r.section, f.standard ? (standardById.get(f.standard)?.framework ?? null) : null, r.standard_code, r.text,
      csvList(r.themes), r.url, r.source_lines[0], r.source_lines[1],
    ];
  });
}

export function findingsCsv(findings: readonly Finding[], standards: readonly Standard[], site: string | URL): string {
  return Buffer.concat([...findingsCsvChunks(findings, standards, site)]).toString('utf8');
}
