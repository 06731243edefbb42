// The regional letter parser against the South West letter of 24 August 2023
// (seeds/004_15461f79b54104ad.txt). Every expected value below was read from the file by eye,
// not copied from the parser's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../read';
import { ParseError, type DocFinding, type ParsedDocument } from '../types';
import { RATING_POINTS, type Rating } from '../../../core/schemas';
import { parseRegionalLetter } from './letter';

const SEED = new URL('../../../seeds/004_15461f79b54104ad.txt', import.meta.url);
const source = () => decodeSource(readFileSync(SEED)).lines;
const doc: ParsedDocument = parseRegionalLetter(source());
const findings = doc.nodes.filter((n): n is DocFinding => n.type === 'finding');
const findingAt = (line: number) => findings.find((f) => f.lines[0] === line);

const RI = 'Requires improvement';
const G = 'Good';
const I = 'Inadequate';
const SOM = 'Somerset';
const DOR = 'Dorset';
const BSG = 'Bristol and South Gloucestershire';

/** Annexe two, lines 334–371, as read. */
const EXPECTED_RATINGS: [string, string, string, Rating, number][] = [
  [SOM, '1.1', 'Leadership', RI, 334],
  [SOM, '1.2', 'Staff', RI, 335],
  [SOM, '1.3', 'Services', G, 336],
  [SOM, '1.4', 'Information and facilities', G, 337],
  [SOM, '2.1', 'Court work', I, 339],
  [SOM, '2.2', 'Assessment', I, 340],
  [SOM, '2.3', 'Planning', I, 341],
  [SOM, '2.4', 'Implementation and delivery', RI, 342],
  [SOM, '2.5', 'Reviewing', RI, 343],
  [DOR, '1.1', 'Leadership', I, 348],
  [DOR, '1.2', 'Staff', RI, 349],
  [DOR, '1.3', 'Services', I, 350],
  [DOR, '1.4', 'Information and facilities', RI, 351],
  [DOR, '2.1', 'Court work', RI, 353],
  [DOR, '2.2', 'Assessment', I, 354],
  [DOR, '2.3', 'Planning', I, 355],
  [DOR, '2.4', 'Implementation and delivery', I, 356],
  [DOR, '2.5', 'Reviewing', I, 357],
  [BSG, '1.1', 'Leadership', RI, 362],
  [BSG, '1.2', 'Staff', RI, 363],
  [BSG, '1.3', 'Services', RI, 364],
  [BSG, '1.4', 'Information and facilities', G, 365],
  [BSG, '2.1', 'Court work', I, 367],
  [BSG, '2.2', 'Assessment', I, 368],
  [BSG, '2.3', 'Planning', RI, 369],
  [BSG, '2.4', 'Implementation and delivery', I, 370],
  [BSG, '2.5', 'Reviewing', I, 371],
];

describe('parseRegionalLetter: metadata', () => {
  it('reads the letter’s own details', () => {
    expect(doc.kind).toBe('regional-letter');
    expect(doc.title).toBe('Regional letter: South West region');
    expect(doc.publisher).toBe('HM Inspectorate of Probation');
    expect(doc.entityName).toBe('South West');
    expect(doc.entityType).toBe('region');
    expect(doc.regionName).toBe('South West');
    expect(doc.published).toBe('2023-08-24');
    expect(doc.chiefInspector).toBe('Justin Russell');
    expect(doc.leadInspector).toBe('Keith McInnis');
    expect(doc.isbn).toBeNull();
    expect(doc.framework).toBe('2021');
    expect(doc.keyQuestions).toEqual([]);
    expect(doc.actionPlanItems).toEqual([]);
    expect(doc.planTotals).toBeNull();
  });

  it('keeps letterhead, date, To, CC and salutation as metadata findings', () => {
    const front = findings.filter((f) => f.lines[1] <= 39);
    expect(front.every((f) => f.kind === 'metadata')).toBe(true);
    expect(front.map((f) => f.text)).toEqual([
      'HM Inspectorate of Probation',
      '1st Floor, Manchester Civil Justice Centre, 1 Bridge Street West, Manchester M3 3FX enquiries.HMIProb@hmiprobation.gov.uk www.justiceinspectorates.gov.uk/hmiprobation',
      'Thursday 24 August 2023',
      'To:',
      'Angela Cossins, Regional Probation Director',
      'CC:',
      'Kate White, Inspection Single Point of Contact',
      'Mark Benden, Head of Operations',
      'Kate Lucchesi, Head of Operations',
      'Amy Rees, Director General CEO, HMPPS',
      'Phil Copple, Director General Operations, HMPPS',
      'Operational & System Assurance Group, AssuranceIntelligenceTeam@justice.gov.uk;',
      // one CC entry wrapped over lines 29 and 31
      'Ian Blakeman, Executive Director of Strategy, Planning and Performance, HMPPS, npsassuranceteam@justice.gov.uk',
      "Simi O'Neill, Head of Probation Inspection Programme",
      'Keith McInnis, Lead Inspector',
      'Stephen Doust, Operations Officer (Inspections)',
      'Dear Angela,',
    ]);
    expect(findingAt(29)!.lines).toEqual([29, 31]);
  });

  it('keeps the signature, and its OCR debris, as metadata findings', () => {
    const sig = findings.filter((f) => f.lines[0] >= 253 && f.lines[1] <= 259);
    expect(sig.map((f) => [f.kind, f.text, f.lines])).toEqual([
      ['metadata', 'Yours sincerely', [253, 253]],
      ['metadata', 'Justin Russell', [255, 255]],
      ['metadata', 'Chief Inspector of Probation', [257, 257]],
      ['metadata', '- Lussell', [259, 259]],
    ]);
  });

  it('names the region and the three inspected PDUs, not the counties mentioned in passing', () => {
    const names = doc.entitiesMentioned.map((e) => `${e.type}:${e.name}`);
    expect(names.slice(0, 4)).toEqual(['region:South West', `pdu:${SOM}`, `pdu:${DOR}`, `pdu:${BSG}`]);
    // Line 241: "collated by the North East probation region"
    expect(names).toContain('region:North East');
    expect(names).not.toContain('pdu:Cornwall');
    expect(names).not.toContain('pdu:Devon');
    for (const e of doc.entitiesMentioned.filter((x) => x.type === 'pdu')) expect(e.regionName).toBe('South West');
  });
});

describe('parseRegionalLetter: Annexe two (ratings)', () => {
  it('reads all 27 standard ratings with entity, code, name, rating and line', () => {
    expect(doc.ratings.map((r) => [r.entityName, r.code, r.name, r.rating, r.line])).toEqual(EXPECTED_RATINGS);
    expect(doc.ratings.every((r) => r.framework === '2021')).toBe(true);
  });

  it('reads the three verdicts', () => {
    expect(doc.verdicts.map((v) => [v.entityName, v.entityType, v.framework, v.fieldworkStarted, v.score, v.scoreMax, v.overallRating, v.line])).toEqual([
      [SOM, 'pdu', '2021', '2023-06', 8, 27, RI, 331],
      [DOR, 'pdu', '2021', '2023-06', 3, 27, I, 345],
      [BSG, 'pdu', '2021', '2023-06', 6, 27, RI, 359],
    ]);
  });

  it('each PDU’s score is the 3/2/1/0 sum of its ratings', () => {
    for (const v of doc.verdicts) {
      const sum = doc.ratings.filter((r) => r.entityName === v.entityName).reduce((s, r) => s + RATING_POINTS[r.rating], 0);
      expect(sum, v.entityName).toBe(v.score);
    }
  });

  it('parses the last line of the file, which has no final newline', () => {
    const lines = source();
    expect(lines).toHaveLength(371);
    expect(lines[370]).toBe('2.5\tReviewing\tInadequate\t');
    const last = doc.ratings.find((r) => r.line === 371)!;
    expect([last.entityName, last.code, last.name, last.rating]).toEqual([BSG, '2.5', 'Reviewing', 'Inadequate']);
    const f = findingAt(371)!;
    expect([f.kind, f.entityName, f.standardCode]).toEqual(['rating', BSG, '2.5']);
    expect(f.cells).toEqual(['2.5', 'Reviewing', 'Inadequate', '']);
  });

  it('turns every table row into a finding attributed to its PDU', () => {
    const rows = findings.filter((f) => f.lines[0] >= 331);
    // 3 tables × (header + overall + 2 domain rows + 9 standards)
    expect(rows).toHaveLength(39);
    expect(rows.filter((f) => f.kind === 'table-row').map((f) => f.text)).toEqual(
      Array(3).fill(['1. Organisational delivery', '2. Court work and case supervision']).flat(),
    );
    expect(rows.filter((f) => f.entityName === DOR).map((f) => f.lines[0])).toEqual([345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357]);
    expect(findingAt(345)!.text).toBe('Dorset PDU Fieldwork started June 2023 Score 3/27');
  });
});

describe('parseRegionalLetter: Annexe one (recommendations)', () => {
  const count = (key: (r: ParsedDocument['recommendations'][number]) => string | null) => {
    const out: Record<string, number> = {};
    for (const r of doc.recommendations) out[String(key(r))] = (out[String(key(r))] ?? 0) + 1;
    return out;
  };

  it('counts 33 recommendations, grouped per PDU inspection and per addressee', () => {
    expect(doc.recommendations).toHaveLength(33);
    expect(count((r) => r.aboutEntityName)).toEqual({ [SOM]: 11, [DOR]: 13, [BSG]: 9 });
    expect(count((r) => `${r.aboutEntityName} / ${r.addressee}`)).toEqual({
      'Somerset / Somerset PDU': 5,
      'Somerset / South West region': 4,
      'Somerset / HM Prison and Probation Service': 2,
      'Dorset / Dorset PDU': 8,
      'Dorset / South West region': 4,
      'Dorset / HM Prison and Probation Service': 1,
      'Bristol and South Gloucestershire / Bristol and South Gloucestershire PDU': 6,
      'Bristol and South Gloucestershire / South West region': 1,
      'Bristol and South Gloucestershire / HM Prison and Probation service': 2,
    });
    expect(doc.recommendations.every((r) => r.number === null)).toBe(true);
  });

  it('keeps the texts as written, including the unbulleted item and the • bullet', () => {
    const byLine = (l: number) => doc.recommendations.find((r) => r.lines[0] === l)!;
    expect(byLine(269).text).toBe('improve the quality and impact of work in relation to risk of harm across court work and sentence management');
    expect(byLine(278).text).toBe('support the development of the growing number of Professional Qualification in Probation (POiP) and newly qualified officers expected');
    expect(byLine(307)).toMatchObject({
      addressee: 'HM Prison and Probation Service',
      aboutEntityName: DOR,
      text: 'consider providing ongoing Effective Practice Service Improvement Group (EPSIG) place-based support within the PDU.',
    });
    // Line 320 has no bullet and starts with a space: " ensure that Bristol…"
    expect(byLine(320)).toMatchObject({
      addressee: 'South West region',
      aboutEntityName: BSG,
      text: 'ensure that Bristol and South Gloucestershire PDU has sufficient staffing resources in place',
      lines: [320, 320],
    });
    expect(byLine(324)).toMatchObject({ addressee: 'HM Prison and Probation service', text: 'Improve the vetting timescales for the recruitment of staff' });
  });

  it('points each recommendation at its finding node', () => {
    for (const r of doc.recommendations) {
      const n = doc.nodes[r.node]!;
      expect(n.type).toBe('finding');
      const f = n as DocFinding;
      expect([f.kind, f.text, f.entityName, f.lines]).toEqual(['recommendation', r.text, r.aboutEntityName, r.lines]);
    }
  });
});

describe('parseRegionalLetter: outline and findings', () => {
  it('normalises the heading levels', () => {
    expect(doc.nodes.filter((n) => n.type === 'heading').map((h) => [h.level, h.text, h.line])).toEqual([
      [2, 'Regional observations:', 45],
      [2, 'Leadership', 49],
      [3, 'Key strengths:', 59],
      [3, 'Areas for improvement:', 75],
      [2, 'Staff', 93],
      [3, 'Key strengths:', 103],
      [3, 'Key areas for improvement:', 128],
      [2, 'Services and interventions', 136],
      [3, 'Key strengths:', 148],
      [3, 'Key areas for improvement:', 164],
      [2, 'Information and facilities', 183],
      [3, 'Key strengths:', 189],
      [3, 'Key areas for improvement:', 205],
      [2, 'Statutory victim work', 211],
      [3, 'Key strengths:', 217],
      [3, 'Key areas for improvement:', 227],
      [2, 'Learning from SFO investigations', 231],
      [2, 'Summary', 245],
      [2, 'Annexe one – Recommendations –', 261],
      [3, 'Somerset PDU should:', 267],
      [4, 'South West region should:', 275],
      [4, 'HM Prison and Probation Service should:', 282],
      [3, 'Dorset PDU should:', 287],
      [4, 'South West region should:', 298],
      [4, 'HM Prison and Probation Service should:', 305],
      [3, 'Bristol and South Gloucestershire PDU should:', 309],
      [4, 'South West region should:', 318],
      [4, 'HM Prison and Probation service should:', 322],
      [2, 'Annexe two - PDU ratings', 327],
    ]);
  });

  it('rejoins the bullet split by the page break at lines 79–81 into one finding', () => {
    const f = findingAt(79)!;
    expect(f.kind).toBe('area-for-improvement');
    expect(f.lines).toEqual([79, 81]);
    expect(f.text).toContain('enquiries were made with the police in three-quarters of cases and in 44 of 63 relevant cases to children');
    expect(f.text.endsWith('the information received was insufficiently analysed or used to inform the court before sentencing.')).toBe(true);
    expect(findings.some((x) => x.lines[0] === 81)).toBe(false);
  });

  it('rejoins the other page-broken bullets and the hard-wrapped ones', () => {
    expect(findingAt(130)!.lines).toEqual([130, 132]); // "61 per cent of" / "- staff in our regional survey"
    expect(findingAt(159)!.lines).toEqual([159, 161]); // "prior to" / "- release in around two-thirds"
    expect(findingAt(177)!.lines).toEqual([177, 179]); // "(64)." / "per cent in June 2023)"
    expect(findingAt(168)!.lines).toEqual([168, 176]);
    expect(findingAt(177)!.text).toContain('around 60 per cent (64). per cent in June 2023) but was lower in some PDUs.');
  });

  it('gives observations the kind of their list, and paragraphs narrative', () => {
    const strengths = findings.filter((f) => f.kind === 'strength');
    const afi = findings.filter((f) => f.kind === 'area-for-improvement');
    // 7 (Leadership) + 5 (Staff) + 6 (Services) + 8 (Information, one unbulleted) + 4 (victim work)
    expect(strengths).toHaveLength(30);
    // 7 + 3 + 4 + 3 + 1
    expect(afi).toHaveLength(18);
    expect(findingAt(199)!.kind).toBe('strength'); // unbulleted item between bullets
    expect(findingAt(181)!.kind).toBe('narrative'); // closing paragraph after the list
    expect(findingAt(229)!.kind).toBe('area-for-improvement'); // "•" bullet
    expect(findingAt(51)!.kind).toBe('narrative');
    expect(findingAt(263)!.kind).toBe('narrative');
    // Only annexe findings are attributed to a PDU.
    expect(findings.filter((f) => f.lines[0] < 267 && f.entityName !== null)).toEqual([]);
  });

  it('puts every word of the file into the nodes, in order, exactly once', () => {
    const raw = readFileSync(SEED, 'utf8').replace(/<\/?[a-z]+\s*\/?>/gi, '').replace(/&amp;/g, '&');
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    const fileWords = words(raw);
    const nodeWords = words(doc.nodes.map((n) => n.text).join('\n'));
    let k = 0;
    for (const w of nodeWords) if (k < fileWords.length && w === fileWords[k]) k++;
    console.log(`letter fidelity: ${k}/${fileWords.length} words of the file found in order in the nodes (${nodeWords.length} node words)`);
    expect(k).toBe(fileWords.length);
    expect(nodeWords).toEqual(fileWords);
  });

  it('is deterministic and does not change its input', () => {
    const lines = source();
    const copy = [...lines];
    const a = JSON.stringify(parseRegionalLetter(lines));
    const b = JSON.stringify(parseRegionalLetter(lines));
    expect(a).toBe(b);
    expect(a).toBe(JSON.stringify(doc));
    expect(lines).toEqual(copy);
  });
});

describe('parseRegionalLetter: refusals', () => {
  const parseError = (lines: string[]): ParseError => {
    try {
      parseRegionalLetter(lines);
    } catch (e) {
      if (e instanceof ParseError) return e;
      throw e;
    }
    throw new Error('expected a ParseError');
  };
  const edit = (line: number, f: (s: string) => string) => {
    const lines = source();
    lines[line - 1] = f(lines[line - 1]!);
    return lines;
  };

  it('refuses a file truncated inside Annexe two, naming the line', () => {
    const e = parseError(source().slice(0, 352)); // ends at Dorset's "2. Court work and case supervision"
    expect(e.line).toBe(352);
    expect(e.message).toMatch(/^line 352: /);
    expect(e.reason).toContain('Dorset');
    expect(e.reason).toContain('2.1 Court work');
    expect(e.reason).toContain('truncated');
  });

  it('refuses a table cut after its header, and a row cut mid-word', () => {
    expect(parseError(source().slice(0, 331)).line).toBe(331);
    const cut = source();
    cut[370] = '2.5\tRevie';
    expect(parseError(cut).line).toBe(371);
  });

  it('refuses a letter without its ratings annexe', () => {
    const e = parseError(source().slice(0, 326));
    expect(e.reason).toMatch(/ratings annexe/);
  });

  it('refuses an unknown rating word, naming its line', () => {
    const e = parseError(edit(349, (s) => s.replace('Requires improvement', 'Satisfactory')));
    expect(e.line).toBe(349);
    expect(e.reason).toContain('"Satisfactory"');
    const o = parseError(edit(360, (s) => s.replace('Requires improvement', 'Satisfactory')));
    expect(o.line).toBe(360);
  });

  it('refuses a score that is not N/27', () => {
    expect(parseError(edit(345, (s) => s.replace('3/27', '3/24'))).line).toBe(345);
    expect(parseError(edit(359, (s) => s.replace('6/27', ''))).line).toBe(359);
  });

  it('refuses a standard rated twice or named otherwise than the framework', () => {
    const twice = parseError(edit(336, () => '1.2\tStaff\tGood\t'));
    expect([twice.line, twice.reason]).toEqual([336, 'standard 1.2 is rated twice for Somerset']);
    expect(parseError(edit(335, (s) => s.replace('Staff', 'Staffing'))).line).toBe(335);
  });
});
