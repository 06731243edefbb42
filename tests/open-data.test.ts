// The built /data/ as standard tools see it (issue 12). The Data Package is loaded with the
// Frictionless project's own JavaScript library (`datapackage` on npm, which reads CSV through
// `tableschema`): the descriptor must be valid, and every tabular resource must read with its
// relations, i.e. every value cast to its type, every constraint (required, enum, minimum,
// maximum, pattern, unique, primary key) and every foreign key checked, with zero errors. A copy
// with one broken id shows that the check can fail. Then: every file under /data/ is described,
// every id column is a foreign key, the JSON files' ids resolve too, and the /data/ page shows
// the package's own words.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { JSON_FILES, TABLES, typeInWords } from '../src/lib/data-package.ts';
import { DIST_DIR } from './support/paths.ts';

const DATA = join(DIST_DIR, 'data');

interface Resource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; schema?: { fields: { name: string }[]; foreignKeys?: { fields: string | string[] }[] } };
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}

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

const csvLines = (file: string) => readFileSync(join(DATA, file), 'utf8').split('\r\n').filter(Boolean);

describe('/data/datapackage.json, read with the Frictionless library', () => {
  it('is a valid Data Package describing every file under /data/', async () => {
    const pkg = await load(DATA);
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const described = pkg.resources.map((r) => r.descriptor.path).sort();
    const files = readdirSync(DATA).filter((f) => f !== 'index.html' && f !== 'datapackage.json' && f !== 'findings').sort();
    expect(described).toEqual(files);
    expect(pkg.resources.filter((r) => r.tabular).map((r) => r.descriptor.path).sort()).toEqual(files.filter((f) => f.endsWith('.csv')));
  });

  it('reads every tabular resource with its relations: no type, constraint or foreign-key error', async () => {
    const { rows, errors } = await readAll(await load(DATA));
    expect(errors).toEqual([]);
    // every row of every file was read, typed
    for (const t of TABLES) expect(rows.get(t.name)?.length, t.path).toBe(csvLines(t.path).length - 1);
    const ratings = rows.get('ratings')!;
    expect(ratings.length).toBeGreaterThan(20);
    expect(rows.get('key-questions')!.every((k) => typeof k.percent_yes === 'number' && typeof k.drives_rating === 'boolean')).toBe(true);
    // relations: the foreign keys resolved to the rows they name
    const surrey = ratings.find((r) => (r.entity as { id?: string })?.id === 'pdu-surrey') as Record<string, { id: string; name: string }> | undefined;
    expect(surrey?.entity?.name).toBe('Surrey');
    expect(surrey?.region?.id).toBe('region-kent-surrey-and-sussex');
  });

  it('names every id column as a foreign key, so that every id in every file resolves', async () => {
    const pkg = await load(DATA);
    const idColumn = /^(report_id|entity|region|related_pdu|related_region)$/;
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      const schema = r.descriptor.schema!;
      const keyed = new Set((schema.foreignKeys ?? []).flatMap((k) => (Array.isArray(k.fields) ? k.fields : [k.fields])));
      for (const f of schema.fields) if (idColumn.test(f.name) || f.name === 'standard_code') expect(keyed.has(f.name), `${r.name}.${f.name}`).toBe(true);
      // the file's header is the schema's fields, in order
      expect(csvLines(r.descriptor.path)[0], r.name).toBe(schema.fields.map((f) => f.name).join(','));
    }
  });

  it('fails on a copy with one id that resolves to nothing, and one rating out of its scale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-datapackage-'));
    cpSync(DATA, dir, { recursive: true });
    const lines = csvLines('ratings.csv');
    lines[1] = lines[1]!.replace(/^([^,]+),([^,]+),/, '$1,pdu-atlantis,');
    lines[2] = lines[2]!.replace(/,[^,]+$/, ',Superb');
    writeFileSync(join(dir, 'ratings.csv'), lines.map((l) => `${l}\r\n`).join(''));
    const { errors } = await readAll(await load(dir));
    expect(errors.join('\n')).toMatch(/ratings: .*(Superb|foreign key|enum)/i);
    // each fault alone is caught
    writeFileSync(join(dir, 'ratings.csv'), [csvLines('ratings.csv')[0], lines[1]].map((l) => `${l}\r\n`).join(''));
    expect((await readAll(await load(dir))).errors.join('\n')).toMatch(/Foreign key .*entity/i);
  });

  it('the JSON files parse, and their document and recommendation ids resolve in reports.csv and recommendations.json', () => {
    const reportIds = new Set(csvLines('reports.csv').slice(1).map((l) => l.split(',')[0]));
    const json = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as Record<string, unknown>[];
    for (const j of JSON_FILES) {
      const records = json(j.path);
      expect(records.length, j.path).toBeGreaterThan(0);
      expect(Object.keys(records[0]!), j.path).toEqual(j.fields.map(([k]) => k));
    }
    const recIds = new Set(json('recommendations.json').map((r) => r.id));
    for (const f of ['recommendations.json', 'action-plan.json', 'findings.json']) for (const r of json(f)) expect(reportIds.has(r.report_id as string), `${f}: ${r.report_id}`).toBe(true);
    for (const i of json('action-plan.json')) for (const a of i.answers as string[]) expect(recIds.has(a), a).toBe(true);
    for (const id of reportIds) expect(existsSync(join(DATA, 'findings', `${id}.json`)), id).toBe(true);
  });

  it('carries the licences (OGL v3.0 for the text, MIT for the rest) and the sources', () => {
    const d = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8'));
    expect(d.licenses.map((l: { name: string }) => l.name)).toEqual(['OGL-UK-3.0', 'MIT']);
    expect(d.sources.map((s: { path: string }) => new URL(s.path).hostname)).toEqual(['www.justiceinspectorates.gov.uk', 'www.gov.uk']);
  });
});

describe('the /data/ page', () => {
  it('describes every column and field in the words of the package', () => {
    const html = readFileSync(join(DATA, 'index.html'), 'utf8');
    const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const t of TABLES) {
      expect(html).toContain(`href="/data/${t.path}"`);
      for (const f of t.schema.fields) expect(html, `${t.path} ${f.name}`).toContain(`<th scope="row"><code>${f.name}</code></th><td data-label="Type">${text(typeInWords(f))}</td><td data-label="Meaning">${text(f.description)}</td>`);
    }
    for (const j of JSON_FILES) for (const [k, v] of j.fields) expect(html, `${j.path} ${k}`).toContain(`<th scope="row"><code>${k}</code></th><td data-label="Meaning">${text(v)}</td>`);
    expect(html).toContain('href="/data/datapackage.json"');
  });
});
