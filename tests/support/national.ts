// Reading the national picture's pages (issue 22) out of a built site, and what the open data
// says they should show: shared by tests/national.test.ts (the seeds) and
// tests/national-archive.test.ts (a synthetic archive). Expected figures come from
// /data/ratings.csv and /data/standards.csv, never from the code that draws the pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readCollection } from '../../scripts/read-content.ts';
import { parseCsv } from '../../src/client/national-filter.ts';

export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;

export const fileOf = (dist: string, path: string) => join(dist, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));
export const html = (dist: string, path: string) => readFileSync(fileOf(dist, path), 'utf8');
export const csvOf = (dist: string, path: string) => parseCsv(readFileSync(fileOf(dist, path), 'utf8'));
export const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

const code = (c: string) => c.trim().replace(/\s+/g, ' ').toUpperCase();

/** Every rating of /data/ratings.csv as "report|entity|standard id|rating", the standard found by framework, level and code. */
export function ratingsFromOpenData(dist: string): string[] {
  const standards = csvOf(dist, '/data/standards.csv');
  const idOf = new Map(standards.map((s) => [`${s.framework}|${s.level}|${code(s.code!)}`, s.id!]));
  return csvOf(dist, '/data/ratings.csv').map((r) => {
    const id = idOf.get(`${r.framework}|${r.entity_type}|${code(r.standard_code!)}`);
    expect(id, `standard of ${JSON.stringify(r)}`).toBeDefined();
    return `${r.report_id}|${r.entity}|${id}|${r.rating}`;
  }).sort();
}

/** The programmes ("2023-pdu") of the standards the open data lists. */
export function programmesOf(dist: string): string[] {
  return [...new Set(csvOf(dist, '/data/standards.csv').map((s) => `${s.framework}-${s.level}`))].sort();
}

export interface MatrixPageView { path: string; n: number; rows: string[]; cells: string[]; regions: string[]; html: string; pagerLinks: string[] }

/**
 * Every page of a programme's matrix, reached from its first page through the pager only, in
 * order: the rows ("report|entity") and rating cells ("report|entity|standard|rating") each holds.
 */
export function matrixPages(dist: string, programme: string): MatrixPageView[] {
  const base = `/national/ratings/${programme}/`;
  const seen = new Map<string, MatrixPageView>();
  const queue = [base];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    expect(existsSync(fileOf(dist, path)), `${path} (linked from a pager) is built`).toBe(true);
    const page = html(dist, path);
    const main = mainOf(page);
    const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    const pagerLinks = [...pager.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    const n = Number(/<span aria-current="page">Page (\d+)<\/span>/.exec(pager)?.[1] ?? 1);
    const rows: string[] = [];
    const cells: string[] = [];
    for (const m of main.matchAll(/<tr data-entity="([^"]+)" data-report="([^"]+)">([\s\S]*?)<\/tr>/g)) {
      rows.push(`${m[2]}|${m[1]}`);
      for (const c of m[3]!.matchAll(/<td class="c r-[a-z]+" data-std="([^"]+)">([^<]+)<\/td>/g)) cells.push(`${m[2]}|${m[1]}|${c[1]}|${c[2]}`);
    }
    const regions = [...main.matchAll(/<tbody id="([^"]+)">/g)].map((m) => m[1]!);
    seen.set(path, { path, n, rows, cells, regions, html: page, pagerLinks });
    queue.push(...pagerLinks);
  }
  const pages = [...seen.values()].sort((a, b) => a.n - b.n);
  pages.forEach((p, i) => {
    expect(p.n, `${p.path}: page number`).toBe(i + 1);
    expect(p.path, `page ${i + 1} of ${base}`).toBe(i === 0 ? base : `${base}${i + 1}/`);
  });
  return pages;
}

/** The counts tables of /national/: "programme|standard|rating" → the number shown. */
export function nationalCounts(dist: string): Map<string, number> {
  const out = new Map<string, number>();
  const main = mainOf(html(dist, '/national/'));
  for (const t of main.matchAll(/<table class="counts" data-programme="([^"]+)">([\s\S]*?)<\/table>/g)) {
    for (const row of t[2]!.matchAll(/<tr data-std="([^"]+)">([\s\S]*?)<\/tr>/g)) {
      for (const c of row[2]!.matchAll(/<td class="num" data-r="([^"]+)">([^<]*)<\/td>/g)) out.set(`${t[1]}|${row[1]}|${c[1]}`, c[2] === '—' ? NaN : Number(c[2]));
    }
  }
  return out;
}

/** What the counts tables should show, from the ratings: per programme and standard, each rating, the total. */
export function expectedCounts(dist: string, ratings: string[]): Map<string, number> {
  const standards = csvOf(dist, '/data/standards.csv');
  const out = new Map<string, number>();
  for (const s of standards) {
    const p = `${s.framework}-${s.level}`;
    const mine = ratings.filter((r) => r.split('|')[2] === s.id);
    for (const k of RATINGS) out.set(`${p}|${s.id}|${k}`, mine.filter((r) => r.endsWith(`|${k}`)).length);
    out.set(`${p}|${s.id}|total`, mine.length);
  }
  return out;
}

/** The cells of /national/ratings-by-inspection.csv, as "report|entity|standard|rating". */
export function inspectionCsvCells(dist: string): { rows: string[]; cells: string[] } {
  const rows = csvOf(dist, '/national/ratings-by-inspection.csv');
  const standards = csvOf(dist, '/data/standards.csv').map((s) => s.id!);
  return {
    rows: rows.map((r) => `${r.report}|${r.entity}`),
    cells: rows.flatMap((r) => standards.filter((s) => r[s]).map((s) => `${r.report}|${r.entity}|${s}|${r[s]}`)).sort(),
  };
}

/** Overall verdicts, from the content: level, month inspected and rating of each. */
export interface Verdict { level: 'pdu' | 'region'; month: string; rating: string | null }

/** The rows of a month-by-month table on /national/: month → [inspections that month, since: n, O, G, RI, I]. */
export function sinceTable(dist: string, level: 'pdu' | 'region'): Map<string, number[]> {
  const main = mainOf(html(dist, '/national/'));
  const table = new RegExp(`<table class="since" id="since-table-${level}">([\\s\\S]*?)</table>`).exec(main)?.[1] ?? '';
  const out = new Map<string, number[]>();
  for (const m of table.matchAll(/<tr data-month="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    out.set(m[1]!, [...m[2]!.matchAll(/<td class="num"[^>]*>(\d+)<\/td>/g)].map((c) => Number(c[1])).slice(0, 6));
  }
  return out;
}

/** The same table worked out from the verdicts: for each month with an inspection, newest first. */
export function expectedSince(verdicts: Verdict[], level: 'pdu' | 'region'): Map<string, number[]> {
  const mine = verdicts.filter((v) => v.level === level);
  const months = [...new Set(mine.map((v) => v.month))].sort().reverse();
  return new Map(months.map((m) => {
    const since = mine.filter((v) => v.month >= m);
    return [m, [mine.filter((v) => v.month === m).length, since.length, ...RATINGS.map((k) => since.filter((v) => v.rating === k).length)]];
  }));
}

interface ReportData { id: string; entity: string | null; published: string | null; fieldwork_started: string | null; verdicts: { entity: string; fieldwork_started: string | null; overall_rating: string | null }[] }
/** Every overall verdict of the content, with the month the page files it under. */
export function verdictsOf(content: string): Verdict[] {
  const types = new Map(readCollection<{ id: string; type: 'pdu' | 'region' }>(content, 'entities').map((e) => [e.id, e.type]));
  return readCollection<ReportData>(content, 'reports').flatMap((r) => r.verdicts.map((v) => ({
    level: types.get(v.entity)!,
    month: (v.fieldwork_started ?? (r.entity === v.entity ? r.fieldwork_started : null) ?? r.published ?? '').slice(0, 7),
    rating: v.overall_rating,
  })));
}

