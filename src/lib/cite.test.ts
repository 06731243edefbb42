// Citations of the real seeds, checked by the tools readers paste them into: the CSL-JSON
// against the CSL data schema and rendered by citeproc (citation-js, Harvard style); the
// biblatex parsed by a BibTeX parser.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/ingest';
import { assemble } from '../../scripts/pipeline/assemble';
import type { Report } from '../schemas';
import { bibEscape, bibFile, bibKey, biblatex, cslFile, cslItem, harvard, oscola, plainCitation, type CiteSource } from './cite';

const schema = JSON.parse(readFileSync(new URL('./fixtures/csl-data.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

let surrey: Report;
let letter: Report;
const ORIGIN = 'https://probation-findings.test';
const OFFICIAL = { official_url: 'https://www.example.org/inspections/surrey-pdu/', pdf_url: 'https://www.example.org/surrey.pdf', published: '2024-03-19' };
beforeAll(() => {
  const reports = assemble(readSeeds('seeds')).reports.map((r) => r.data);
  surrey = reports.find((r) => r.id === 'surrey-pdu-inspection-2024-03')!;
  letter = reports.find((r) => r.kind === 'regional-letter')!;
});
const doc = (report: Report): CiteSource => ({ report, permalink: `${ORIGIN}/reports/${report.id}/` });
const para = (report: Report): CiteSource => ({ report, permalink: `${ORIGIN}/reports/${report.id}/#p-4bac5b18`, locator: 'P 1.1, para 4', anchor: 'p-4bac5b18' });

describe('Cite Them Right Harvard and OSCOLA', () => {
  it('name the original publication first, then the locator, then where it was read', () => {
    const h = plainCitation(harvard(para(surrey), '26 November 2026'));
    expect(h).toBe(
      'HM Inspectorate of Probation (2024) An inspection of probation services in: Surrey PDU, P 1.1, para 4. ' +
        `Official address not recorded; read in Probation Findings. Available at: ${ORIGIN}/reports/surrey-pdu-inspection-2024-03/#p-4bac5b18 (Accessed: 26 November 2026).`,
    );
    const o = plainCitation(oscola(para(surrey), '26 November 2026'));
    expect(o).toBe(
      'HM Inspectorate of Probation, An inspection of probation services in: Surrey PDU (March 2024) P 1.1, para 4 ' +
        `(official address not recorded) read in Probation Findings <${ORIGIN}/reports/surrey-pdu-inspection-2024-03/#p-4bac5b18> accessed 26 November 2026`,
    );
  });

  it('give the official address, and its date of publication, where the metadata file records them', () => {
    const withMeta = { ...surrey, official: OFFICIAL };
    const h = plainCitation(harvard(para(withMeta), '1 May 2025'));
    expect(h).toContain(`Surrey PDU, P 1.1, para 4. Available at: ${OFFICIAL.official_url} (Accessed: 1 May 2025). Read in Probation Findings: ${ORIGIN}/`);
    expect(plainCitation(oscola(doc(withMeta), '1 May 2025'))).toBe(
      `HM Inspectorate of Probation, An inspection of probation services in: Surrey PDU (19 March 2024) <${OFFICIAL.official_url}> accessed 1 May 2025; read in Probation Findings <${ORIGIN}/reports/surrey-pdu-inspection-2024-03/>`,
    );
    expect(harvard(doc(withMeta), 'x').title).toBe('An inspection of probation services in: Surrey PDU');
  });
});

describe('CSL-JSON', () => {
  it('is valid against the CSL data schema, per document and per paragraph, for every kind of document', () => {
    const reports = [surrey, letter, { ...surrey, official: OFFICIAL }];
    const items = JSON.parse(cslFile([...reports.map(doc), ...reports.map(para)]));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items[0]).toMatchObject({ type: 'report', genre: 'PDU inspection report', author: [{ literal: 'HM Inspectorate of Probation' }], issued: { 'date-parts': [[2024, 3]] }, ISBN: '978-1-916621-16-9' });
    expect(items[3]).toMatchObject({ id: 'surrey-pdu-inspection-2024-03-p-4bac5b18', locator: 'P 1.1, para 4' });
    // The schema catches what it should: a type CSL does not know.
    expect(validate([{ ...items[0], type: 'inspection' }])).toBe(false);
  });

  it('renders with citeproc in the Harvard style, the official address first when known', () => {
    const text = (s: CiteSource) => new Cite([cslItem(s)]).format('bibliography', { format: 'text', template: 'harvard1', lang: 'en-GB' }).trim();
    expect(text(doc(surrey))).toBe(
      `HM Inspectorate of Probation (2024) An inspection of probation services in: Surrey PDU. PDU inspection report. HM Inspectorate of Probation. Available at: ${ORIGIN}/reports/surrey-pdu-inspection-2024-03/.`,
    );
    expect(text(doc({ ...surrey, official: OFFICIAL }))).toContain(`Available at: ${OFFICIAL.official_url}`);
    const cite = new Cite([cslItem(para(surrey))]).format('citation', { format: 'text', template: 'harvard1', lang: 'en-GB', entry: [{ id: 'surrey-pdu-inspection-2024-03-p-4bac5b18', locator: '4', label: 'paragraph' }] });
    expect(cite).toBe('(HM Inspectorate of Probation, 2024, para. 4)');
  });
});

describe('biblatex', () => {
  it('is a @report with institution and type that a BibTeX parser reads back whole', () => {
    const src = bibFile([doc(surrey), para(surrey), doc(letter), doc({ ...surrey, official: OFFICIAL })]);
    const parsed = parseBibtex(src);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.type)).toEqual(['report', 'report', 'report', 'report']);
    const [d, p, l, o] = parsed.entries;
    expect(d!.key).toBe('surrey-pdu-inspection-2024-03');
    expect(d!.fields).toMatchObject({
      title: 'An inspection of probation services in: Surrey PDU',
      institution: ['HM Inspectorate of Probation'],
      type: 'PDU inspection report',
      date: '2024-03',
      isbn: '978-1-916621-16-9',
      url: `${ORIGIN}/reports/surrey-pdu-inspection-2024-03/`,
    });
    // The corporate author is one name, not a surname and given names.
    expect(d!.fields.author).toEqual([{ name: 'HM Inspectorate of Probation' }]);
    expect(p!.key).toBe('surrey-pdu-inspection-2024-03-p-4bac5b18');
    expect(p!.fields.addendum).toBe('P 1.1, para 4');
    expect(String(p!.fields.note)).toContain(`${ORIGIN}/reports/surrey-pdu-inspection-2024-03/#p-4bac5b18`);
    expect(l!.fields.type).toBe('Regional letter');
    expect(o!.fields.url).toBe(OFFICIAL.official_url);
    expect(o!.fields.date).toBe('2024-03-19');
  });

  it('escapes what TeX would read as markup', () => {
    expect(bibEscape('A & B_1 {x} 50%')).toBe('A \\& B\\_1 \\{x\\} 50\\%');
    expect(bibKey('kss/region 2024')).toBe('kss-region-2024');
    const odd = { ...surrey, title: 'Costs & 50% of {cases}_x' };
    const parsed = parseBibtex(biblatex(doc(odd)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields.title).toBe('Costs & 50% of {cases}_x');
  });
});
