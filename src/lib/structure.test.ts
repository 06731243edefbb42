// The document's own shape, read from the real seeds: front matter, column headers, locators.
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/pipeline/ingest';
import { assemble, type Corpus } from '../../scripts/pipeline/assemble';
import type { ActionPlanItem, Finding, Report } from '../../core/schemas';
import { documentStructure, looksLikeHeaderRow, sectionNumber, type DocumentStructure } from './structure';

let corpus: Corpus;
const structures = new Map<string, { r: Report; fs: Finding[]; st: DocumentStructure }>();
beforeAll(() => {
  corpus = assemble(readSeeds('seeds'));
  const recs = new Map(corpus.recommendations.map((x) => [x.data.finding_id, x.data.number]));
  const items = new Map<string, ActionPlanItem>();
  for (const it of corpus.actionPlanItems) for (const id of it.data.finding_ids) if (!items.has(id)) items.set(id, it.data);
  const kqs = new Set(corpus.keyQuestions.map((k) => k.data.finding_id));
  for (const { data: r } of corpus.reports) {
    const fs = corpus.findings.map((f) => f.data).filter((f) => f.report_id === r.id).sort((a, b) => a.order - b.order);
    const st = documentStructure({
      kind: r.kind, outline: r.outline, findingById: new Map(fs.map((f) => [f.id, f])),
      recNumber: (id) => recs.get(id) ?? null, itemByFinding: items, isKeyQuestion: (id) => kqs.has(id),
    });
    structures.set(r.id, { r, fs, st });
  }
});
const get = (prefix: string) => [...structures.entries()].find(([k]) => k.startsWith(prefix))![1];
const locatorOf = (prefix: string, startsWith: string) => {
  const { fs, st } = get(prefix);
  const f = fs.find((x) => x.text.startsWith(startsWith));
  expect(f, `a finding starting "${startsWith}"`).toBeDefined();
  return st.locators.get(f!.id);
};

describe('front matter', () => {
  it('is the cover, the printed contents page, the copyright and publisher blocks of each report', () => {
    for (const p of ['surrey-pdu', 'kent-surrey-and-sussex-regional']) {
      const { st } = get(p);
      expect(st.front.map((x) => x.label), p).toEqual(['Cover', 'Printed contents page', 'Copyright', 'Publisher']);
    }
    const surrey = get('surrey-pdu').st;
    expect(surrey.front[1]!.findings.map((f) => f.cells)).toContainEqual(['2. Service delivery', '15']);
    expect(surrey.front[2]!.heading).toBe('© Crown copyright 2024');
    expect(surrey.front[2]!.findings.map((f) => f.text)).toContain('ISBN: 978-1-916621-16-9');
    expect(surrey.front[3]!.findings[0]!.text).toMatch(/^HM Inspectorate of Probation 1st Floor Civil Justice Centre/);
    // The foreword, the acknowledgements and the role of the inspectorate are the body's.
    const frontText = surrey.front.flatMap((x) => x.findings.map((f) => f.text)).join(' ');
    expect(frontText).not.toMatch(/This inspection was led by|In Surrey Probation Delivery Unit/);
  });

  it('is a letter’s heading (address, date, addressees) and an action plan’s cover', () => {
    const letter = get('south-west').st;
    expect(letter.front.map((x) => [x.label, x.findings.length])).toEqual([['Letter heading', 17]]);
    expect(letter.front[0]!.findings.at(-1)!.text).toBe('Dear Angela,');
    const plan = get('kent-surrey-and-sussex-action').st;
    expect(plan.front.map((x) => x.label)).toEqual(['Cover']);
    expect(plan.front[0]!.findings.map((f) => f.text)).toContain('Action Plan Submitted: 6th May 2024');
  });

  it('is left out of the locators', () => {
    for (const { st } of structures.values()) for (const id of st.frontIds) expect(st.locators.has(id)).toBe(false);
  });
});

describe('column headers', () => {
  it('are the rows that head tables in the source, and no others', () => {
    const headers = (p: string) => { const { fs, st } = get(p); return fs.filter((f) => st.headerRows.has(f.id)).map((f) => f.text); };
    expect(headers('surrey-pdu')).toEqual(Array(4).fill("Key question Percentage 'Yes'"));
    const kss = headers('kent-surrey-and-sussex-regional');
    expect(kss.filter((t) => t === "Key question Percentage 'Yes'")).toHaveLength(6);
    expect(kss.some((t) => t.startsWith('Previous recommendation Action taken and impact'))).toBe(true);
    const plan = headers('kent-surrey-and-sussex-action');
    expect(plan[0]).toBe('Term Definition Additional comment');
    expect(plan[1]).toMatch(/^1\. Rec No 2\. Recommendation/);
    expect(headers('south-west')).toEqual([]);
  });

  it('are never a rating row, a key question or a contents line', () => {
    for (const { fs, st } of structures.values()) {
      for (const f of fs.filter((x) => st.headerRows.has(x.id))) {
        expect(f.kind).toBe('table-row');
        expect(f.text).not.toMatch(/Requires improvement|Inadequate|\d+%/);
      }
    }
    const row = (cells: string[]): Finding => ({ id: 'r/x', anchor: 'x', report_id: 'r', kind: 'table-row', section: 's', section_id: null, entity: null, standard: null, standard_code: null, text: cells.join(' '), themes: [], footnotes: [], source_lines: [1, 1], order: 0, first_abbreviations: [], cells });
    expect(looksLikeHeaderRow(row(['Foreword', '3']))).toBe(false);
    expect(looksLikeHeaderRow(row(['Agreed', 'All of the recommendation is agreed with.']))).toBe(false);
    expect(looksLikeHeaderRow(row(['Key question', "Percentage 'Yes'"]))).toBe(true);
    expect(looksLikeHeaderRow({ ...row(['P 1.1 Leadership', 'Requires improvement']), kind: 'rating' })).toBe(false);
  });
});

describe('locators', () => {
  it('number paragraphs within the document’s own sections, standards, recommendations and plan items', () => {
    expect(locatorOf('surrey-pdu', 'The interim leadership team was appointed at short notice')).toBe('P 1.1, para 4');
    expect(locatorOf('surrey-pdu', 'In Surrey Probation Delivery Unit (PDU), we saw')).toBe('Foreword, para 1');
    expect(locatorOf('surrey-pdu', 'ensure domestic abuse and safeguarding information is complete')).toBe('Recommendation 1');
    expect(locatorOf('surrey-pdu', 'User Voice, working with HM Inspectorate of Probation')).toBe('Feedback from people on probation, para 1');
    expect(locatorOf('surrey-pdu', 'Does assessment focus sufficiently on engaging the person on probation?')).toBe('P 2.1, key question 1');
    expect(locatorOf('kent-surrey-and-sussex-regional', 'ensure that learning delivered by the region is embedded')).toBe('Recommendation 6');
    expect(locatorOf('kent-surrey-and-sussex-action', 'The Probation Delivery Units (PDUs) will ensure that safeguarding')).toBe('Item 1, action 1');
    expect(locatorOf('south-west', 'A series of six boards, including the people board')).toBe('Leadership, para 5');
    expect(locatorOf('south-west', 'Many thanks for the cooperation')).toBe('Opening, para 1');
  });

  it('are unique within a document and given to every paragraph but front matter and column headers', () => {
    for (const { r, fs, st } of structures.values()) {
      const values = [...st.locators.values()];
      expect(new Set(values).size, r.id).toBe(values.length);
      for (const f of fs) expect(st.locators.has(f.id), `${r.id} ${f.anchor}`).toBe(!st.frontIds.has(f.id) && !st.headerRows.has(f.id));
    }
  });

  it('are the same on every build, and a document’s do not depend on the others', () => {
    const again = assemble(readSeeds('seeds'));
    const surrey = get('surrey-pdu');
    const r2 = again.reports.find((x) => x.data.id === surrey.r.id)!.data;
    const fs2 = again.findings.map((f) => f.data).filter((f) => f.report_id === r2.id);
    const recs = new Map(again.recommendations.map((x) => [x.data.finding_id, x.data.number]));
    const kqs = new Set(again.keyQuestions.map((k) => k.data.finding_id));
    const st2 = documentStructure({ kind: r2.kind, outline: r2.outline, findingById: new Map(fs2.map((f) => [f.id, f])), recNumber: (id) => recs.get(id) ?? null, isKeyQuestion: (id) => kqs.has(id) });
    expect([...st2.locators]).toEqual([...surrey.st.locators]);
  });

  it('read section numbers as the documents print them', () => {
    expect(sectionNumber('P 1.1. Leadership')).toBe('P 1.1');
    expect(sectionNumber('R1.1 Leadership')).toBe('R 1.1');
    expect(sectionNumber('2.1 Public protection')).toBe('2.1');
    expect(sectionNumber('1. Organisational arrangements and activity')).toBe('1');
    expect(sectionNumber('Foreword')).toBeNull();
    expect(sectionNumber('2024 in review')).toBeNull();
  });
});
