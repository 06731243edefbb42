import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../read';
import { ParseError } from '../types';
import { parseInspectionReport } from './report';

const seed = (name: string) => decodeSource(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url))).lines;
const KSS = seed('000_7120e7fba21be326.txt');
const SURREY = seed('001_9532c6c7ee9a86e4.txt');

describe('regional inspection report (Kent, Surrey and Sussex, May 2024)', () => {
  const doc = parseInspectionReport(KSS);

  it('reads the cover and front matter', () => {
    expect(doc.kind).toBe('regional-report');
    expect(doc.entityName).toBe('Kent, Surrey and Sussex');
    expect(doc.entityType).toBe('region');
    expect(doc.published).toBe('2024-05');
    expect(doc.leadInspector).toBe('Billy Finnegan');
    expect(doc.chiefInspector).toBe('Martin Jones CBE');
    expect(doc.isbn).toBe('978-1-916621-11-4');
  });

  it('reads score, fieldwork start and overall rating from the ratings section, not the contents', () => {
    expect(doc.verdicts).toHaveLength(1);
    expect(doc.verdicts[0]).toMatchObject({ score: 5, scoreMax: 24, overallRating: 'Requires improvement', fieldworkStarted: '2024-01-22', line: 89 });
  });

  it('reads every standard rating', () => {
    expect(doc.ratings.map((r) => [r.code, r.name, r.rating])).toEqual([
      ['R 1.1', 'Leadership', 'Requires improvement'],
      ['R 1.2', 'Staffing', 'Requires improvement'],
      ['R 2.1', 'Public protection', 'Inadequate'],
      ['R 2.2', 'Desistance', 'Inadequate'],
      ['R 2.3', 'Court work', 'Inadequate'],
      ['R 2.4', 'Unpaid work', 'Inadequate'],
      ['R 2.5', 'Resettlement', 'Inadequate'],
      ['R 2.6', 'Statutory victim work', 'Outstanding'],
    ]);
  });

  it('reads every key-question percentage, bold marking the driving row', () => {
    const byCode = (c: string) => doc.keyQuestions.filter((k) => k.code === c).map((k) => [k.percentYes, k.drivesRating]);
    expect(byCode('R 2.1')).toEqual([[24, false], [32, false], [22, true], [25, false]]);
    expect(byCode('R 2.2')).toEqual([[62, false], [53, false], [34, true], [35, false]]);
    expect(byCode('R 2.3')).toEqual([[14, true]]);
    expect(byCode('R 2.4')).toEqual([[33, true], [59, false], [57, false], [63, false]]);
    expect(byCode('R 2.5')).toEqual([[44, true]]);
    expect(byCode('R 2.6')).toEqual([[100, false], [82, true], [100, false]]);
    expect(doc.keyQuestions.find((k) => k.percentYes === 14)!.question).toMatch(/^Is the pre-sentence information and advice provided to the court/);
  });

  it('numbers recommendations 1–8 to the region and 9–16 to HMPPS, as written', () => {
    const region = doc.recommendations.filter((r) => r.addressee === 'Kent, Surrey and Sussex region');
    const hmpps = doc.recommendations.filter((r) => r.addressee === 'HM Prison and Probation Service (HMPPS)');
    expect(region.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(hmpps.map((r) => r.number)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(hmpps[6]!.text).toBe('ensure that agency staff are mandated to attend their office bases when required');
  });

  it('reads footnotes written as <sup>N</sup>, and keeps ordinals as text', () => {
    expect(doc.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(doc.footnotes[0]!.text).toBe('CAS3 provides temporary accommodation for prison leavers for up to 84 nights.');
    const cas3 = doc.nodes.find((n) => n.type === 'finding' && n.text.startsWith('Key services to support individuals'));
    expect(cas3 && cas3.type === 'finding' && cas3.footnoteRefs).toEqual([1, 2]);
  });

  it('classifies strengths, areas for improvement and testimonials', () => {
    const findings = doc.nodes.filter((n) => n.type === 'finding');
    const kindOf = (start: string) => findings.find((f) => f.type === 'finding' && f.text.startsWith(start))?.kind;
    expect(kindOf('The leadership team were dedicated, resilient')).toBe('strength');
    expect(kindOf('There was limited value added by the PF')).toBe('area-for-improvement');
    expect(kindOf('“I feel like whatever I go to my probation officer')).toBe('testimonial');
    expect(kindOf('“The financial support is what I need most help with')).toBe('testimonial');
    expect(findings.filter((f) => f.type === 'finding' && f.kind === 'testimonial')).toHaveLength(2);
  });

  it('reads progress on previous recommendations', () => {
    expect(doc.previousRecommendations.map((p) => p.categorisation)).toEqual([
      'Sufficient progress', 'Some progress', 'Some progress', 'Some progress', 'Sufficient progress', 'Some progress', 'Some progress',
    ]);
    expect(doc.previousRecommendations[1]!.improvementRequired).toBe('Yes – To ensure that public protection work is prioritised to keep people safe.');
  });
});

describe('PDU inspection report (Surrey, March 2024)', () => {
  const doc = parseInspectionReport(SURREY);

  it('reads cover, score and every rating', () => {
    expect(doc.kind).toBe('pdu-report');
    expect(doc.entityName).toBe('Surrey');
    expect(doc.regionName).toBe('Kent, Surrey and Sussex');
    expect(doc.verdicts[0]).toMatchObject({ score: 3, scoreMax: 21, overallRating: 'Inadequate', fieldworkStarted: '2024-01-15' });
    expect(doc.ratings.map((r) => `${r.code} ${r.rating}`)).toEqual([
      'P 1.1 Requires improvement', 'P 1.2 Requires improvement', 'P 1.3 Requires improvement',
      'P 2.1 Inadequate', 'P 2.2 Inadequate', 'P 2.3 Inadequate', 'P 2.4 Inadequate',
    ]);
    expect(doc.isbn).toBe('978-1-916621-16-9');
    expect(doc.leadInspector).toBe('Leon Bonas');
  });

  it('marks the lowest percentage as driving when the table marks none', () => {
    const byCode = (c: string) => doc.keyQuestions.filter((k) => k.code === c).map((k) => [k.percentYes, k.drivesRating]);
    expect(byCode('P 2.1')).toEqual([[46, false], [73, false], [32, true]]);
    expect(byCode('P 2.2')).toEqual([[43, false], [46, false], [38, true]]);
    expect(byCode('P 2.3')).toEqual([[68, false], [32, false], [30, true]]);
    expect(byCode('P 2.4')).toEqual([[59, false], [32, false], [27, true]]);
  });

  it('reads recommendations 1–7 to the PDU and Unicode-superscript footnotes', () => {
    expect(doc.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(doc.recommendations.map((r) => r.addressee))).toEqual(new Set(['Surrey PDU']));
    expect(doc.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const pop = doc.nodes.find((n) => n.type === 'finding' && n.text.startsWith('Surrey PDU aligns with Surrey County Council'));
    expect(pop && pop.type === 'finding' && pop.footnoteRefs).toEqual([1, 2]);
  });

  it('rejoins a paragraph a footnote interrupted at a page break', () => {
    const f = doc.nodes.find((n) => n.type === 'finding' && n.text.includes('enquiries were often not followed up with the relevant police force'));
    expect(f && f.type === 'finding' && f.lines).toEqual([340, 344]);
    const g = doc.nodes.find((n) => n.type === 'finding' && n.text.includes('were often not receiving the interventions they required'));
    expect(g && g.type === 'finding' && g.kind).toBe('area-for-improvement');
  });

  it('finds three testimonials in the feedback section', () => {
    expect(doc.nodes.filter((n) => n.type === 'finding' && n.kind === 'testimonial')).toHaveLength(3);
  });
});

describe('bad input', () => {
  it('refuses an unknown rating word, naming its line', () => {
    const lines = [...SURREY];
    lines[121] = 'Satisfactory';
    expect(() => parseInspectionReport(lines)).toThrow(/line 122: unknown rating "Satisfactory"/);
  });
  it('refuses a report truncated inside the ratings section', () => {
    expect(() => parseInspectionReport(SURREY.slice(0, 130))).toThrow(/no rating for P 2\.3, P 2\.4/);
  });
  it.each([60, 200, 330, 420, 560])('refuses the regional report cut after line %i', (n) => {
    expect(() => parseInspectionReport(KSS.slice(0, n))).toThrow(ParseError);
  });
  it('refuses a report that ends mid-sentence', () => {
    const lines = [...SURREY.slice(0, 439), 'Full data from this inspection and further information about the']
    expect(() => parseInspectionReport(lines)).toThrow(/ends mid-sentence/);
  });
});

describe('reading by meaning, not by one file\'s typography (issue 9)', () => {
  const edit = (lines: string[], from: RegExp, to: string) => lines.map((l) => l.replace(from, to));
  const surrey = SURREY.join('\n');

  it('reads standard sections headed as plain lines without the framework letter ("2.1 Assessment")', () => {
    const lines = edit(SURREY, /^P (\d\.\d)\. /, '$1 ');
    expect(lines.join('\n')).not.toBe(surrey);
    const doc = parseInspectionReport(lines);
    const original = parseInspectionReport(SURREY);
    expect(doc.keyQuestions.map((k) => [k.code, k.percentYes])).toEqual(original.keyQuestions.map((k) => [k.code, k.percentYes]));
    expect(doc.ratings).toEqual(original.ratings);
  });

  it('does not take a line for a standard heading unless its number and name belong together', () => {
    // "2.1 Planning" is no standard of either framework: the key-question table after it has no section.
    const lines = edit(SURREY, /^P 2\.1\. Assessment$/, '2.1 Planning');
    expect(() => parseInspectionReport(lines)).toThrow(/key-question table outside a standard section|no section for standard P 2.1/);
  });

  it('reads key-question tables whose header names the standard or is written otherwise', () => {
    const lines = SURREY.map((l) => (/^Key question\tPercentage 'Yes'$/.test(l) ? "Key questions\t% Yes" : l));
    const doc = parseInspectionReport(lines);
    expect(doc.keyQuestions).toHaveLength(parseInspectionReport(SURREY).keyQuestions.length);
    // A header naming another standard than its section's is refused.
    let first = true;
    const wrong = SURREY.map((l) => {
      if (first && /^Key question\t/.test(l)) {
        first = false;
        return "P 2.2 Key questions\tPercentage 'Yes'";
      }
      return l;
    });
    expect(() => parseInspectionReport(wrong)).toThrow(/key-question table of standard P 2.2 in the section of standard P 2.1/);
  });

  it('reads a rating on the line of its label, and refuses one it does not know', () => {
    const joined = surrey.replace('P 1.1 Leadership\n\nRequires improvement', 'P 1.1 Leadership: Requires improvement').replace('Overall rating\n\nInadequate', 'Overall rating: Inadequate');
    expect(joined).not.toBe(surrey);
    const doc = parseInspectionReport(joined.split('\n'));
    const noLine = (rs: { line: number }[]) => rs.map(({ line: _l, ...r }) => r);
    expect(noLine(doc.ratings)).toEqual(noLine(parseInspectionReport(SURREY).ratings));
    expect(doc.verdicts[0]!.overallRating).toBe('Inadequate');
    const unknown = surrey.replace('P 1.1 Leadership\n\nRequires improvement', 'P 1.1 Leadership: Excellent');
    expect(() => parseInspectionReport(unknown.split('\n'))).toThrow(ParseError);
  });
});
