import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest';
import { KeyQuestion, Recommendation, ReportFindings } from '../../core/schemas';
import { dump } from 'js-yaml';
import { contentFiles, findingsInIdOrder, Interner, readEntries, readFindings, readYaml } from './entries';
import { sortBy } from './serialise';

// The seeds ingested into a folder of the test's own, read back as the site reads them.
const dir = mkdtempSync(join(tmpdir(), 'entries-'));
const out = join(dir, 'content');
const before = process.env.CONTENT_DIR;

beforeAll(async () => {
  await ingest('seeds', out, {});
  process.env.CONTENT_DIR = out;
});
afterAll(() => {
  if (before === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

describe('reading the per-document content', () => {
  it('reads every entry of a folder, validated, in file order', () => {
    const recs = readEntries('recommendations', Recommendation, new Interner());
    const surrey = recs.filter((r) => r.report_id === 'surrey-pdu-inspection-2024-03');
    expect(surrey.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(surrey[0]!.text).toMatch(/^ensure domestic abuse and safeguarding information is complete and analysed sufficiently/);
  });

  it('holds a value repeated across entries once, and one empty list for all', () => {
    const shared = new Interner();
    const kqs = readEntries('key-questions', KeyQuestion, shared);
    expect(kqs.length).toBeGreaterThan(10);
    const ids = new Set(kqs.map((k) => k.report_id));
    expect(ids.size).toBeLessThan(kqs.length); // the same report's id in many entries
    const findings = contentFiles('findings', '.yaml').flatMap((f) => readYaml(f, ReportFindings, shared).findings);
    const empty = findings.filter((f) => f.footnotes.length === 0);
    expect(empty.length).toBeGreaterThan(100);
    expect(new Set(empty.map((f) => f.footnotes)).size).toBe(1);
    expect(Object.isFrozen(empty[0]!.footnotes)).toBe(true); // nothing can add to the shared list
  });

  it('stops on an entry its schema refuses, naming the file and the field', () => {
    const [file] = contentFiles('recommendations', '.yaml');
    const text = readFileSync(file!, 'utf8');
    writeFileSync(file!, text.replace(/^number: \d+$/m, 'number: first'));
    try {
      expect(() => readEntries('recommendations', Recommendation, new Interner())).toThrow(
        /recommendations\/.*rec-\d+\.yaml: number: /,
      );
    } finally {
      writeFileSync(file!, text);
    }
  });

  it('stops on a file that is not YAML, naming it', () => {
    const [file] = contentFiles('findings', '.yaml');
    const text = readFileSync(file!, 'utf8');
    writeFileSync(file!, `${text}\n  - [unclosed\n`);
    try {
      expect(() => readYaml(file!, ReportFindings, new Interner())).toThrow(/findings\/.*\.yaml: not readable YAML/);
    } finally {
      writeFileSync(file!, text);
    }
  });

  it('gives every finding in the order of their ids, a report at a time, whatever the reports\' ids', () => {
    const all = () => sortBy(readFindings(new Interner()).flat(), (f) => f.id).map((f) => f.id);
    expect([...findingsInIdOrder()].map((f) => f.id)).toEqual(all());
    expect([...findingsInIdOrder()][0]).not.toHaveProperty('markdown');
    // "a-1-2/…" sorts before "a-1/…" ("-" before "/"), though "a-1" sorts before "a-1-2".
    const [file] = contentFiles('findings', '.yaml');
    const stored = readYaml(file!, ReportFindings, new Interner());
    const as = (id: string) => ({ ...stored, findings: stored.findings.slice(0, 3).map((f) => ({ ...f, report_id: id, id: `${id}/${f.anchor}` })) });
    const added = ['a-1', 'a-1-2', 'a-10'].map((id) => join(out, 'findings', `${id}.yaml`));
    added.forEach((f, i) => writeFileSync(f, dump(as(['a-1', 'a-1-2', 'a-10'][i]!))));
    try {
      const ids = [...findingsInIdOrder()].map((f) => f.id);
      expect(ids).toEqual(all());
      expect(ids.findIndex((id) => id.startsWith('a-1-2/'))).toBeLessThan(ids.findIndex((id) => id.startsWith('a-1/')));
      writeFileSync(added[0]!, dump({ ...as('a-1'), findings: as('a-2').findings }));
      expect(() => [...findingsInIdOrder()]).toThrow(/findings\/a-1\.yaml: finding a-2\/.* is out of the order of ids/);
    } finally {
      added.forEach((f) => rmSync(f));
    }
  });
});
