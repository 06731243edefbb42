import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../ingest';
import { assemble } from '../assemble';
import { parseDataList } from '../../../core/data-file';
import { Framework, StandardDefinitions } from '../../../core/schemas';
import { FRAMEWORKS_FILE, STANDARDS, findStandard } from './standards';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
const flat = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
const seedText = flat(readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(SEEDS, n), 'utf8')).join('\n'));

describe('data/frameworks.yaml', () => {
  it('holds the three programmes the seeds rate: 7 PDU and 8 regional standards of 2023, 9 PDU standards of 2021', () => {
    const count = (f: string, l: string) => STANDARDS.filter((s) => s.framework === f && s.level === l).length;
    expect([count('2023', 'pdu'), count('2023', 'region'), count('2021', 'pdu')]).toEqual([7, 8, 9]);
    expect(findStandard('2023', 'R 2.4')?.name).toBe('Unpaid work');
    expect(findStandard('2021', '1.2')?.related).toEqual(['2023-p-1-2', '2023-r-1-2']);
  });

  it('names the frameworks the schema knows, each with standards: the site lists them from the schema alone', () => {
    expect([...new Set(STANDARDS.map((s) => s.framework))].sort()).toEqual([...Framework.options].sort());
  });

  it('words each standard as a report prints it', () => {
    const worded = STANDARDS.filter((s) => s.wording);
    expect(worded.length).toBe(15); // every 2023 standard; no document here prints the 2021 wording
    for (const s of worded) expect(seedText, `${s.framework} ${s.code}`).toContain(flat(s.wording!));
  });

  it('lists every key question the seeds print, under its standard, in the reports’ order', () => {
    const corpus = assemble(readSeeds(SEEDS));
    const kqs = corpus.keyQuestions.map((k) => k.data);
    expect(kqs.length).toBeGreaterThan(30);
    for (const k of kqs) {
      const s = STANDARDS.find((x) => x.id === k.standard)!;
      expect(s.key_questions, `${k.report_id} ${k.standard_code}`).toContain(k.question);
    }
    // the order of one report's table
    const surrey = kqs.filter((k) => k.report_id.startsWith('surrey') && k.standard_code === 'P 2.4').sort((a, b) => a.order - b.order);
    expect(surrey.map((k) => k.question)).toEqual(findStandard('2023', 'P 2.4')!.key_questions);
  });

  it('refuses a misspelt field or a standard given twice, naming the file, line and standard', () => {
    const text = readFileSync(FRAMEWORKS_FILE, 'utf8');
    const opts = { schema: StandardDefinitions, shape: 'a list of standards', name: (_: unknown, i: number) => `standard ${i + 1}` };
    const misspelt = text.replace('  wording: Staff are enabled', '  wordng: Staff are enabled');
    const line = misspelt.split('\n').findIndex((l) => l.startsWith('  wordng:')) + 1;
    expect(() => parseDataList(misspelt, 'data/frameworks.yaml', opts)).toThrow(`data/frameworks.yaml:${line}: standard 2: unknown field wordng`);
    const twice = text.replace('  code: P 1.2', '  code: P 1.1');
    expect(() => parseDataList(twice, 'data/frameworks.yaml', opts)).toThrow(/^data\/frameworks\.yaml:\d+: standard 2: code: a second standard P 1\.1 in the 2023 framework$/);
  });
});
