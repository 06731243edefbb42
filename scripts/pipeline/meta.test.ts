import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSeeds } from './ingest';
import { assemble } from './assemble';
import { metaFileFor } from './meta';

const SEED = 'seeds/001_9532c6c7ee9a86e4.txt';
const EXAMPLE = 'scripts/pipeline/fixtures/example.meta.yaml';
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A seeds folder with the Surrey report and, beside it, the given metadata file text. */
function seedsWith(meta: string | null, metaName = '001_9532c6c7ee9a86e4.meta.yaml'): string {
  dir = mkdtempSync(join(tmpdir(), 'meta-'));
  copyFileSync(SEED, join(dir, '001_9532c6c7ee9a86e4.txt'));
  if (meta !== null) writeFileSync(join(dir, metaName), meta);
  return dir;
}

describe('a document’s metadata file', () => {
  it('is named after its document', () => {
    expect(metaFileFor('seeds/001_x.txt')).toBe('seeds/001_x.meta.yaml');
    expect(metaFileFor('seeds/plain')).toBe('seeds/plain.meta.yaml');
  });

  it('gives the report its official publication, and is not read as a document', () => {
    const d = seedsWith(null);
    copyFileSync(EXAMPLE, join(d, '001_9532c6c7ee9a86e4.meta.yaml'));
    const sources = readSeeds(d);
    expect(sources).toHaveLength(1);
    const report = assemble(sources).reports[0]!.data;
    expect(report.id).toBe('surrey-pdu-inspection-2024-03');
    expect(report.official).toEqual({
      official_url: 'https://www.example.org/inspections/surrey-pdu/',
      pdf_url: 'https://www.example.org/inspections/surrey-pdu/report.pdf',
      published: '2024-03-19',
      notes: 'Example only.',
    });
  });

  it('is optional: without one the report records no official address', () => {
    const report = assemble(readSeeds(seedsWith(null))).reports[0]!.data;
    expect(report.official).toBeUndefined();
  });

  it('is refused, naming the file and the field, when a value is wrong', () => {
    expect(() => readSeeds(seedsWith('official_url: http://www.example.org/x\n'))).toThrow(/001_9532c6c7ee9a86e4\.meta\.yaml: official_url: must be an https:\/\/ address/);
    expect(() => readSeeds(seedsWith('official_url: https://www.example.org/x\npublished: 19 March 2024\n'))).toThrow(/meta\.yaml: published: must be YYYY-MM-DD or YYYY-MM/);
    expect(() => readSeeds(seedsWith('official_url: https://www.example.org/x\nofficial: y\n'))).toThrow(/meta\.yaml: .*official/);
    expect(() => readSeeds(seedsWith('press_release: http://www.example.org/news\n'))).toThrow(/meta\.yaml: press_release: must be an https:\/\/ address/);
    // A file must record an address (the publication's page, its PDF or the press release about it).
    expect(() => readSeeds(seedsWith('notes: only a remark\n'))).toThrow(/001_9532c6c7ee9a86e4\.meta\.yaml: \(the file\): records no address/);
  });

  it('may record only the press release, or only the PDF: neither is required beside the other', () => {
    const pr = assemble(readSeeds(seedsWith('press_release: https://www.example.org/news/surrey/\n'))).reports[0]!.data;
    expect(pr.official).toEqual({ press_release: 'https://www.example.org/news/surrey/' });
    const pdf = assemble(readSeeds(seedsWith('pdf_url: https://www.example.org/x.pdf\n'))).reports[0]!.data;
    expect(pdf.official).toEqual({ pdf_url: 'https://www.example.org/x.pdf' });
  });

  it('is refused, naming the file and the line, when it is not YAML', () => {
    expect(() => readSeeds(seedsWith('official_url: https://www.example.org/x\nnotes: [unclosed\n'))).toThrow(/001_9532c6c7ee9a86e4\.meta\.yaml:\d+: not valid YAML/);
  });

  it('is refused when no document sits beside it', () => {
    expect(() => readSeeds(seedsWith('official_url: https://www.example.org/x\n', 'other.meta.yaml'))).toThrow(/other\.meta\.yaml: a metadata file with no document beside it/);
  });
});
