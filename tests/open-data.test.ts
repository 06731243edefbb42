// The built /data/ as standard tools see it (issues 12 and 20). The Data Package is loaded with
// the Frictionless project's own JavaScript library (`datapackage` on npm, which reads CSV
// through `tableschema`): the descriptor must be valid, and every tabular resource must read with
// its relations, i.e. every value cast to its type, every constraint (required, enum, minimum,
// maximum, pattern, unique, primary key) and every foreign key checked, with zero errors. A copy
// with one broken id shows that the check can fail. Then: every file under /data/ is described,
// every id column is a foreign key (or, for a list of ids, checked here), the tables hold what
// the JSON files and the pages say, and the /data/ page shows the package's own words.
//
// Every CSV file starts with a UTF-8 byte-order mark, for Excel (see CSV_BOM). The JavaScript
// library does not skip one: its CSV reader (tableschema's csv-parse, without `bom`) takes the
// mark as part of the first column's name, and every resource fails with "The column header
// name 'id' is missing". frictionless-py, pandas, readr and LibreOffice do skip it. So the files
// are checked to start with exactly one mark and to parse with a CSV reader that honours it
// (csv-parse with `bom: true`), and the library is handed a copy without it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import parseCsv from 'csv-parse/lib/sync';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { JSON_FILES, keysInWords, TABLES, typeInWords } from '../src/lib/data-package.ts';
import { LIST_SEPARATOR } from '../src/lib/serialise.ts';
import { DIST_DIR } from './support/paths.ts';

const DATA = join(DIST_DIR, 'data');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const csvFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.csv'));

interface Resource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; schema?: { fields: { name: string }[]; foreignKeys?: { fields: string | string[] }[] } };
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}

/** A copy of /data/ whose CSV files (per-document ones too) have their byte-order mark taken off, for the JavaScript library. */
function withoutBom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-datapackage-'));
  cpSync(DATA, dir, { recursive: true });
  for (const sub of [dir, join(dir, 'findings')]) {
    for (const f of csvFiles(sub)) {
      // Whether every file has its mark is a test of its own, below.
      const bytes = readFileSync(join(sub, f));
      if (bytes.subarray(0, 3).equals(BOM)) writeFileSync(join(sub, f), bytes.subarray(3));
    }
  }
  return dir;
}
let bomless: string | null = null;
const BOMLESS = () => (bomless ??= withoutBom());

async function load(dir: string): Promise<{ valid: boolean; errors: Error[]; resources: Resource[] }> {
  return Package.load(join(dir, 'datapackage.json'), { basePath: dir });
}

/** Reads every tabular resource with its relations; the errors, as messages (an error lists its row errors). */
async function readAll(pkg: { resources: Resource[] }): Promise<{ rows: Map<string, Record<string, unknown>[]>; errors: string[] }> {
  const rows = new Map<string, Record<string, unknown>[]>();
  const errors: string[] = [];
  for (const r of pkg.resources.filter((x) => x.tabular)) {
    try {
      rows.set(r.name, await r.read({ keyed: true, relations: true }));
    } catch (e) {
      const err = e as Error & { errors?: Error[] };
      errors.push(`${r.name}: ${err.message}${err.errors?.length ? `: ${err.errors.map((x) => x.message).join('; ')}` : ''}`);
    }
  }
  return { rows, errors };
}

/** A CSV file's records, header first, read as a spreadsheet or pandas would: the mark skipped, quoted line breaks kept. */
const parsed = (file: string): string[][] => parseCsv(readFileSync(join(DATA, file)), { bom: true, relax_column_count: true }) as string[][];
/** A CSV file's rows as objects keyed by its header. */
function records(file: string): Record<string, string>[] {
  const [head, ...rows] = parsed(file);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}
/** A file's lines without the mark (fine for files whose fields hold no line break). */
const csvLines = (file: string, dir = BOMLESS()) => readFileSync(join(dir, file), 'utf8').split('\r\n').filter(Boolean);
const json = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as Record<string, unknown>[];
const list = (v: string | undefined) => (v ? v.split(LIST_SEPARATOR) : []);
const html = (path: string) => readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
const count = (page: string, re: RegExp) => Number(re.exec(page)?.[1]?.replace(/,/g, '') ?? NaN);

describe('/data/datapackage.json, read with the Frictionless library', () => {
  it('is a valid Data Package describing every file under /data/', async () => {
    const pkg = await load(BOMLESS());
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const described = pkg.resources.map((r) => r.descriptor.path).sort();
    const files = readdirSync(DATA).filter((f) => f !== 'index.html' && f !== 'datapackage.json' && f !== 'findings').sort();
    expect(described).toEqual(files);
    expect(pkg.resources.filter((r) => r.tabular).map((r) => r.descriptor.path).sort()).toEqual(files.filter((f) => f.endsWith('.csv')));
  });

  it('reads every tabular resource with its relations: no type, constraint or foreign-key error', async () => {
    const { rows, errors } = await readAll(await load(BOMLESS()));
    expect(errors).toEqual([]);
    // every row of every file was read, typed
    for (const t of TABLES) expect(rows.get(t.name)?.length, t.path).toBe(parsed(t.path).length - 1);
    const ratings = rows.get('ratings')!;
    expect(ratings.length).toBeGreaterThan(20);
    expect(rows.get('key-questions')!.every((k) => typeof k.percent_yes === 'number' && typeof k.drives_rating === 'boolean')).toBe(true);
    expect(rows.get('findings')!.every((f) => typeof f.source_line_first === 'number' && (f.source_line_last as number) >= (f.source_line_first as number))).toBe(true);
    // relations: the foreign keys resolved to the rows they name
    const surrey = ratings.find((r) => (r.entity as { id?: string })?.id === 'pdu-surrey') as Record<string, { id: string; name: string }> | undefined;
    expect(surrey?.entity?.name).toBe('Surrey');
    expect(surrey?.region?.id).toBe('region-kent-surrey-and-sussex');
    // West Kent's recommendation 2 is answered by the row surviving of plan item 10, missing from the plan as published
    const westKent2 = rows.get('recommendations')!.find((r) => r.id === 'west-kent-pdu-inspection-2024-03/rec-2') as Record<string, { id: string; text?: string } | null>;
    expect(westKent2.response_item).toBeNull();
    expect(westKent2.response_row?.id).toMatch(/^kent-surrey-and-sussex-action-plan-2024-05-06\/p-/);
    expect(westKent2.response_row?.text).toMatch(/protected characteristic is monitored and addressed/);
    const action = rows.get('actions')![0] as Record<string, { id: string; status?: string }>;
    expect(action.item_id?.status).toMatch(/Agreed/);
  });

  it('names every id column as a foreign key, and every id in a list resolves, so that every id in every file resolves', async () => {
    const pkg = await load(BOMLESS());
    const idColumn = /^(report_id|entity|region|related_pdu|related_region|item_id|response_item|response_row)$/;
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      const schema = r.descriptor.schema!;
      const keyed = new Set((schema.foreignKeys ?? []).flatMap((k) => (Array.isArray(k.fields) ? k.fields : [k.fields])));
      for (const f of schema.fields) if (idColumn.test(f.name) || f.name === 'standard_code') expect(keyed.has(f.name), `${r.name}.${f.name}`).toBe(true);
      // the file's header is the schema's fields, in order
      expect(csvLines(r.descriptor.path)[0], r.name).toBe(schema.fields.map((f) => f.name).join(','));
    }
    // A list of ids in one field cannot be a Table Schema foreign key: each id is looked up here.
    let lists = 0;
    for (const t of TABLES) {
      for (const f of t.schema.fields.filter((x) => x.list?.of)) {
        const target = TABLES.find((x) => x.name === f.list!.of)!;
        const ids = new Set(records(target.path).map((r) => r.id));
        for (const row of records(t.path)) {
          for (const id of list(row[f.name])) {
            expect(ids.has(id), `${t.path} ${f.name}: ${id}`).toBe(true);
            lists++;
          }
        }
      }
    }
    expect(lists, 'ids in lists').toBeGreaterThan(500);
  });

  it('fails on a copy with one id that resolves to nothing, and one rating out of its scale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-datapackage-'));
    cpSync(BOMLESS(), dir, { recursive: true });
    const lines = csvLines('ratings.csv');
    lines[1] = lines[1]!.replace(/^([^,]+),([^,]+),/, '$1,pdu-atlantis,');
    lines[2] = lines[2]!.replace(/,(Good|Requires improvement|Inadequate|Outstanding),/, ',Superb,');
    writeFileSync(join(dir, 'ratings.csv'), lines.map((l) => `${l}\r\n`).join(''));
    const { errors } = await readAll(await load(dir));
    expect(errors.join('\n')).toMatch(/ratings: .*(Superb|foreign key|enum)/i);
    // each fault alone is caught
    writeFileSync(join(dir, 'ratings.csv'), [csvLines('ratings.csv')[0], lines[1]].map((l) => `${l}\r\n`).join(''));
    expect((await readAll(await load(dir))).errors.join('\n')).toMatch(/Foreign key .*entity/i);
  });

  it('fails on a copy whose action names an item that is not in the plan, or whose recommendation names a finding that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-datapackage-'));
    cpSync(BOMLESS(), dir, { recursive: true });
    const item = records('actions.csv')[0]!.item_id!;
    const actions = readFileSync(join(dir, 'actions.csv'), 'utf8');
    writeFileSync(join(dir, 'actions.csv'), actions.replace(`,${item},`, `,${item}-nowhere,`));
    const recs = readFileSync(join(dir, 'recommendations.csv'), 'utf8');
    writeFileSync(join(dir, 'recommendations.csv'), recs.replace(/(kent-surrey-and-sussex-action-plan-2024-05-06\/p-)[0-9a-f]+/, '$1deadbeef'));
    const { errors } = await readAll(await load(dir));
    expect(errors.find((e) => e.startsWith('actions:')), errors.join('\n')).toMatch(/Foreign key .*item_id/i);
    expect(errors.find((e) => e.startsWith('recommendations:')), errors.join('\n')).toMatch(/Foreign key .*response_row/i);
  });

  it('the JSON files parse, and their document and recommendation ids resolve in reports.csv and recommendations.json', () => {
    const reportIds = new Set(records('reports.csv').map((r) => r.id));
    for (const j of JSON_FILES) {
      const rs = json(j.path);
      expect(rs.length, j.path).toBeGreaterThan(0);
      expect(Object.keys(rs[0]!), j.path).toEqual(j.fields.map(([k]) => k));
    }
    const recIds = new Set(json('recommendations.json').map((r) => r.id));
    for (const f of ['recommendations.json', 'action-plan.json', 'findings.json']) for (const r of json(f)) expect(reportIds.has(r.report_id as string), `${f}: ${r.report_id}`).toBe(true);
    for (const i of json('action-plan.json')) for (const a of i.answers as string[]) expect(recIds.has(a), a).toBe(true);
    for (const id of reportIds) for (const ext of ['json', 'csv']) expect(existsSync(join(DATA, 'findings', `${id}.${ext}`)), `${id}.${ext}`).toBe(true);
  });

  it('carries the licences (OGL v3.0 for the text, MIT for the rest) and the sources', () => {
    const d = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8'));
    expect(d.licenses.map((l: { name: string }) => l.name)).toEqual(['OGL-UK-3.0', 'MIT']);
    expect(d.sources.map((s: { path: string }) => new URL(s.path).hostname)).toEqual(['www.justiceinspectorates.gov.uk', 'www.gov.uk']);
  });
});

describe('the CSV files, as a spreadsheet reads them', () => {
  const all = [...csvFiles(DATA), ...csvFiles(join(DATA, 'findings')).map((f) => `findings/${f}`)];

  it('each starts with exactly one UTF-8 byte-order mark, and parses to the header and rows of its schema', () => {
    expect(all.length).toBe(TABLES.length + records('reports.csv').length);
    for (const f of all) {
      const bytes = readFileSync(join(DATA, f));
      expect(bytes.subarray(0, 3).equals(BOM), `${f}: a mark`).toBe(true);
      expect(bytes.subarray(3, 6).equals(BOM), `${f}: one mark only`).toBe(false);
      const table = TABLES.find((t) => t.path === (f.startsWith('findings/') ? 'findings.csv' : f))!;
      const [head, ...rows] = parsed(f);
      expect(head, f).toEqual(table.schema.fields.map((x) => x.name));
      for (const r of rows) expect(r.length, `${f}: ${r[0]}`).toBe(head!.length);
      expect(rows.length, f).toBeGreaterThan(0);
    }
  });

  it('keeps an em dash in a title and an en dash in a heading, as the JSON files and the pages have them', () => {
    const plan = records('reports.csv').find((r) => r.kind === 'action-plan')!;
    expect(plan.title).toBe('Action plan: response to the HM Inspectorate of Probation inspection recommendations — Kent, Surrey and Sussex region');
    expect(plan.title).toBe(json('reports.json').find((r) => r.id === plan.id)!.title);
    expect(records('entity-documents.csv').filter((r) => r.report_id === plan.id).every((r) => r.title === plan.title)).toBe(true);
    const section = records(`findings/${plan.id}.csv`).map((r) => r.section).find((s) => s.includes('–'));
    expect(section).toBe('ACTION PLAN: PROBATION SERVICE – KENT, SURREY, SUSSEX REGION');
    expect(html(`reports/${plan.id}`)).toContain(plan.title!);
  });

  it('hold the site’s counts: recommendations, actions, findings by document and by theme', () => {
    expect(records('recommendations.csv').length).toBe(count(html('recommendations'), /([\d,]+) recommendations from/));
    const actions = records('actions.csv');
    expect(actions.filter((a) => a.action).length).toBe(count(html('actions'), /([\d,]+) actions in/));
    expect(records('action-plan-items.csv').length).toBe(json('action-plan.json').length);
    const findings = records('findings.csv');
    expect(findings.length).toBe(json('findings.json').length);
    const reports = html('reports');
    for (const r of records('reports.csv')) {
      const mine = records(`findings/${r.id}.csv`);
      expect(mine.every((f) => f.report_id === r.id)).toBe(true);
      expect(mine.length, r.id).toBe(findings.filter((f) => f.report_id === r.id).length);
      const stated = new RegExp(`${r.title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?([\\d,]+) findings`);
      expect(mine.length, `${r.id} on /reports/`).toBe(count(reports, stated));
    }
    const themes = html('themes');
    for (const t of records('themes.csv')) {
      const stated = count(themes, new RegExp(`href="/themes/${t.id}/"><strong>[^<]*</strong></a> <span class="count">· ([\\d,]+) findings?`));
      expect(findings.filter((f) => list(f.themes).includes(t.id!)).length, t.id).toBe(stated);
    }
  });

  it('hold the records of the JSON files: recommendations, action plan items and their actions, findings', () => {
    const recJson = new Map(json('recommendations.json').map((r) => [r.id, r]));
    for (const r of records('recommendations.csv')) {
      const j = recJson.get(r.id)!;
      expect([r.report_id, r.addressee, r.text, list(r.themes), r.response_item || null, r.response_row || null, r.number ? Number(r.number) : null], r.id)
        .toEqual([j.report_id, j.addressee, j.text, j.themes, j.response_item, j.response_row, j.number]);
    }
    const items = new Map(json('action-plan.json').map((i) => [i.id, i]));
    const actions = records('actions.csv');
    for (const i of records('action-plan-items.csv')) {
      const j = items.get(i.id)!;
      expect([i.report_id, Number(i.item), list(i.addressees), i.recommendation, i.status, list(i.answers)], i.id)
        .toEqual([j.report_id, j.item, j.addressees, j.recommendation, j.status, j.answers]);
      const mine = actions.filter((a) => a.item_id === i.id);
      expect(mine.map((a) => Number(a.n))).toEqual(mine.map((_, k) => k + 1));
      // every action, owner and target date of the item, in order, none lost and none added
      expect(mine.map((a) => a.action).filter(Boolean), i.id).toEqual(j.actions);
      expect(mine.map((a) => a.owner).filter(Boolean), i.id).toEqual(j.owners);
      expect(mine.map((a) => a.target_date).filter(Boolean), i.id).toEqual(j.target_dates);
    }
    expect(actions.some((a) => a.target_by && a.target_complete === 'false')).toBe(true);
    expect(actions.some((a) => a.target_date === 'Completed and ongoing' && a.target_complete === 'true' && a.target_ongoing === 'true' && !a.target_by)).toBe(true);
    const findings = new Map(records('findings.csv').map((f) => [f.id, f]));
    for (const j of json('findings.json')) {
      const f = findings.get(j.id as string)!;
      expect([f.report_id, f.kind, f.section, f.standard_code || null, f.text, list(f.themes), f.url, [Number(f.source_line_first), Number(f.source_line_last)]], j.id as string)
        .toEqual([j.report_id, j.kind, j.section, j.standard_code, j.text, j.themes, j.url, j.source_lines]);
    }
  });

  it('give names beside ids: of regions and PDUs, standards and themes', () => {
    const entities = new Map(records('entities.csv').map((e) => [e.id, e.name]));
    const standards = new Map(records('standards.csv').map((s) => [`${s.framework} ${s.code}`, s.name]));
    const themes = new Map(records('themes.csv').map((t) => [t.id, t.name]));
    const named = (file: string, id: string, name: string) => {
      const rows = records(file);
      expect(rows.length, file).toBeGreaterThan(0);
      for (const r of rows) expect(r[name], `${file} ${r[id]}`).toBe(r[id] ? entities.get(r[id]!) : '');
    };
    named('ratings.csv', 'entity', 'entity_name');
    named('ratings.csv', 'region', 'region_name');
    named('key-questions.csv', 'entity', 'entity_name');
    named('reports.csv', 'entity', 'entity_name');
    named('reports.csv', 'region', 'region_name');
    named('entities.csv', 'region', 'region_name');
    named('entity-documents.csv', 'entity', 'entity_name');
    named('recommendations.csv', 'entity', 'entity_name');
    for (const k of records('key-questions.csv')) expect(k.standard_name, k.question).toBe(standards.get(`${k.framework} ${k.standard_code}`));
    for (const r of records('recommendations.csv')) expect(list(r.theme_names), r.id).toEqual(list(r.themes).map((t) => themes.get(t)));
    expect(records('ratings.csv').find((r) => r.entity === 'pdu-surrey')?.entity_name).toBe('Surrey');
  });
});

describe('the /data/ page', () => {
  it('describes every column and field in the words of the package', () => {
    const page = readFileSync(join(DATA, 'index.html'), 'utf8');
    const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const t of TABLES) {
      expect(page).toContain(`href="/data/${t.path}"`);
      for (const f of t.schema.fields) expect(page, `${t.path} ${f.name}`).toContain(`<th scope="row"><code>${f.name}</code></th><td data-label="Type">${text(typeInWords(f))}</td><td data-label="Meaning">${text(f.description)}</td>`);
      for (const r of keysInWords(t).references) expect(page, `${t.path} ${r}`).toContain(`<code>${text(r)}</code>`);
    }
    for (const j of JSON_FILES) for (const [k, v] of j.fields) expect(page, `${j.path} ${k}`).toContain(`<th scope="row"><code>${k}</code></th><td data-label="Meaning">${text(v)}</td>`);
    expect(page).toContain('href="/data/datapackage.json"');
  });

  it('says why each CSV file starts with a byte-order mark, gives the size of both combined findings files and links one document’s findings in each format', () => {
    const page = readFileSync(join(DATA, 'index.html'), 'utf8');
    expect(page).toMatch(/Each CSV file starts with a UTF-8 byte-order mark, so that Excel opens it/);
    expect(page).toMatch(/findings\.csv<\/a><\/h3>\s*<p>[^<]*; [\d,]+ rows, [\d.]+ (MB|kB|bytes)\./);
    expect(page).toMatch(/findings\.json<\/a><\/h3>\s*<p>[^<]*; [\d,]+ records, [\d.]+ (MB|kB|bytes)\./);
    for (const ext of ['csv', 'json']) expect(page).toMatch(new RegExp(`<a href="/data/findings/[a-z0-9-]+\\.${ext}">`));
  });
});
