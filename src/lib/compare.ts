// The compare page's data: one small JSON file per region or PDU (/compare/data/<id>.json),
// written at build time, so the page loads only the two to four entities the reader chose,
// however many documents the archive holds. Every figure carries the link to the paragraph it
// comes from.
import type { Site } from './data';
import { bandOf, entityDisplayName, formatDate } from './format';
import { entityPath, findingPath, recommendationPath, reportPath } from './paths';
import { naturalCompare } from './serialise';
import type { Entity, Standard } from '../../core/schemas';

/** Standards of both frameworks on one subject, aligned in one row (related standards, same name). */
export interface StandardRow {
  key: string;
  label: string;
  order: number;
}

/** Each standard's row: related standards (core/schemas.ts Standard.related) joined transitively. */
export function standardRows(standards: readonly Standard[]): Map<string, StandardRow> {
  const parent = new Map(standards.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const s of standards) for (const o of s.related) if (parent.has(o)) parent.set(find(o), find(s.id));
  const byRoot = new Map<string, Standard[]>();
  for (const s of standards) {
    const root = find(s.id);
    const list = byRoot.get(root);
    if (list) list.push(s);
    else byRoot.set(root, [s]);
  }
  const out = new Map<string, StandardRow>();
  for (const members of byRoot.values()) {
    // Named by the newest framework's standard, ordered by its place in that framework.
    const lead = [...members].sort((a, b) => naturalCompare(b.framework, a.framework) || a.order - b.order)[0]!;
    for (const s of members) out.set(s.id, { key: lead.id, label: lead.name, order: lead.order });
  }
  return out;
}

export interface CompareData {
  id: string;
  name: string;
  type: Entity['type'];
  href: string;
  ratings: { row: string; label: string; order: number; framework: string; code: string; name: string; rating: string; report: string; date: string; href: string }[];
  kqs: { row: string; label: string; order: number; framework: string; code: string; question: string; percent: number; band: string; report: string; href: string }[];
  themes: { id: string; name: string; recs: { label: string; href: string; page: string }[] }[];
}

const sortRows = <T extends { order: number; framework: string; report: string }>(xs: T[]) =>
  xs.sort((a, b) => a.order - b.order || naturalCompare(b.framework, a.framework) || naturalCompare(a.report, b.report));

/** One entity's comparison data: ratings per standard, key questions with bands, recommendations by theme. */
export function compareData(site: Site, entity: Entity, rows: Map<string, StandardRow>): CompareData {
  const paragraph = (reportId: string, line: number) =>
    (site.findingsByReport.get(reportId) ?? []).find((f) => f.source_lines[0] <= line && line <= f.source_lines[1]);
  const ratings = (site.ratingRowsByEntity.get(entity.id) ?? []).map((r) => {
    const row = (r.standard && rows.get(r.standard.id)) || { key: `${r.framework}:${r.code}`, label: r.name, order: 999 };
    const rated = r.report.ratings.find((x) => x.entity === entity.id && x.framework === r.framework && x.standard_code === r.code);
    const f = rated ? paragraph(r.report.id, rated.source_line) : undefined;
    return {
      row: row.key, label: row.label, order: row.order, framework: r.framework, code: r.code, name: r.name, rating: r.rating,
      report: r.report.title, date: formatDate(r.report.published), href: f ? findingPath(f) : reportPath(r.report.id),
    };
  });
  const kqs = (site.kqsByEntity.get(entity.id) ?? []).map((k) => {
    const std = site.standardById.get(k.standard);
    const row = (std && rows.get(std.id)) || { key: k.standard, label: k.standard_code, order: 999 };
    const f = site.findingById.get(k.finding_id);
    const report = site.reportById.get(k.report_id);
    return {
      row: row.key, label: row.label, order: row.order, framework: std?.framework ?? '', code: k.standard_code, question: k.question,
      percent: k.percent_yes, band: bandOf(k.percent_yes), report: report?.title ?? k.report_id, href: f ? findingPath(f) : reportPath(k.report_id),
    };
  });
  const byTheme = new Map<string, CompareData['themes'][number]['recs']>();
  for (const rec of site.recsByEntity.get(entity.id) ?? []) {
    const f = site.findingById.get(rec.finding_id);
    const report = site.reportById.get(rec.report_id);
    const label = `${rec.number !== null ? `Recommendation ${rec.number}` : 'Recommendation'}, ${report ? formatDate(report.published) || report.title : rec.report_id}`;
    for (const t of rec.themes) {
      const list = byTheme.get(t) ?? [];
      list.push({ label, href: f ? findingPath(f) : recommendationPath(rec.id), page: recommendationPath(rec.id) });
      byTheme.set(t, list);
    }
  }
  return {
    id: entity.id,
    name: entityDisplayName(entity.name, entity.type),
    type: entity.type,
    href: entityPath(entity.id, entity.type),
    ratings: sortRows(ratings),
    kqs: sortRows(kqs),
    themes: [...byTheme]
      .map(([id, recs]) => ({ id, name: site.themeById.get(id)?.name ?? id, recs }))
      .sort((a, b) => naturalCompare(a.name, b.name)),
  };
}

export const compareDataPath = (id: string) => `/compare/data/${id}.json`;
/** The compare page preset with these entities (two to four are compared). */
export const comparePath = (ids: readonly string[]) => `/compare/?${ids.map((id) => `e=${encodeURIComponent(id)}`).join('&')}`;
