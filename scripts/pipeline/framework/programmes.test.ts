import { describe, expect, it } from 'vitest';
import { readSeeds } from '../ingest';
import { identifyProgramme, namedStandard, programmeCode, PROGRAMMES } from './programmes';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
const named = (...lines: string[]) => lines.map((l) => namedStandard(l)!);

describe('programmes', () => {
  it('are each framework’s standards at each level, with the letter its codes take', () => {
    expect(PROGRAMMES.map((p) => `${p.framework} ${p.level} ${p.standards.length} ${p.prefix || '-'}`)).toEqual([
      '2023 pdu 7 P',
      '2023 region 8 R',
      '2021 pdu 9 -',
    ]);
    const p2023 = PROGRAMMES[0]!;
    expect(programmeCode(p2023, '2.1')).toBe('P 2.1');
    expect(programmeCode(p2023, 'P 2.1')).toBe('P 2.1');
    expect(programmeCode(PROGRAMMES[2]!, '2.1')).toBe('2.1');
  });

  it('are found in each seed by the standards it names', () => {
    const found = readSeeds(SEEDS).map((s) => `${s.doc.kind} ${s.doc.framework ?? '-'}`).sort();
    expect(found).toEqual(['action-plan -', 'pdu-report 2023', 'pdu-report 2023', 'regional-letter 2021', 'regional-report 2023']);
  });

  it('are told apart by number and name, whatever the codes’ letters', () => {
    // A 2021 PDU report names "1.2 Staff" and "2.1 Court work"; a 2023 one "P 1.2 Staffing", "2.1 Assessment".
    expect(identifyProgramme('pdu', named('1.1 Leadership', '1.2 Staff', '2.1 Court work', '2.2 Assessment'))?.framework).toBe('2021');
    expect(identifyProgramme('pdu', named('1.1 Leadership', '1.2 Staffing', '2.1 Assessment'))?.framework).toBe('2023');
    expect(identifyProgramme('pdu', named('P 1.1 Leadership', 'P 1.2 Staffing'))?.framework).toBe('2023');
    // A rating on the standard's line ("1.4 Information and facilities Good") still names it.
    expect(identifyProgramme('pdu', named('1.4 Information and facilities Good'))?.framework).toBe('2021');
    // "P 1.1 Leadership" is no 2021 standard: the letter must agree.
    expect(identifyProgramme('pdu', named('P 1.1 Leadership'))?.framework).toBe('2023');
  });

  it('fall back to the first programme of the level in the file when the text names none', () => {
    expect(identifyProgramme('pdu', [])?.framework).toBe('2023');
    expect(identifyProgramme('region', named('1.1 Leadership'))?.framework).toBe('2023');
  });
});
