// Citations of the real seeds, read back by the tools readers paste them into: the CSL-JSON
// against the CSL data schema and rendered by citeproc (citation-js) in the Cite Them Right style;
// the BibTeX read by citation-js and by a second BibTeX parser; the RIS read by citation-js. What
// each tool reads back is rendered in Cite Them Right again and must be the site's own Harvard
// text, word for word.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/pipeline/ingest';
import { assemble } from '../../scripts/pipeline/assemble';
import type { Report } from '../../core/schemas';
import {
  bibEscape, bibFile, bibKey, biblatex, citedReport, citedTitle, cslFile, cslItem, harvard, harvardInText, oscola, plainCitation, ris, risFile, type CiteSource,
} from './cite';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(fixture('csl-data.schema.json')));
const csl = plugins.config.get('@csl');
csl.styles.add('cite-them-right', fixture('harvard-cite-them-right.csl'));
csl.locales.add('en-GB', fixture('locales-en-GB.xml'));

const ORIGIN = 'https://probation-findings.test';
const ACCESSED = '1 May 2025';
const PRINTED = 'https://www.justiceinspectorates.gov.uk/hmiprobation';
let byId: Map<string, Report>;
beforeAll(() => {
  byId = new Map(assemble(readSeeds('seeds')).reports.map((r) => [r.data.id, r.data]));
});
const report = (id: string) => byId.get(id)!;
const doc = (r: Report): CiteSource => ({ report: citedReport(r), permalink: `${ORIGIN}/reports/${r.id}/` });
const para = (r: Report, locator = 'P 1.1, para 4', anchor = 'p-4bac5b18'): CiteSource => ({ report: citedReport(r), permalink: `${ORIGIN}/reports/${r.id}/#${anchor}`, locator, anchor });

/** A CSL item rendered as Cite Them Right's reference-list entry, accessed on ACCESSED. */
function citeThemRight(item: Record<string, unknown>): string {
  const { _graph, ...data } = item;
  void _graph;
  return new Cite([{ ...data, accessed: { 'date-parts': [[2025, 5, 1]] } }]).format('bibliography', { format: 'text', template: 'cite-them-right', lang: 'en-GB' }).trim();
}
const readBack = (text: string) => new Cite(text).data as Record<string, unknown>[];

describe('Cite Them Right Harvard', () => {
  it('is the reference-list entry: author (year) title as printed on the cover. Place: publisher. Available at: the address the report prints (Accessed: date).', () => {
    expect(plainCitation(harvard(doc(report('surrey-pdu-inspection-2024-03')), ACCESSED))).toBe(
      'HM Inspectorate of Probation (2024) An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region. ' +
        `Manchester: HM Inspectorate of Probation. Available at: ${PRINTED} (Accessed: 1 May 2025).`,
    );
    // The regional report keeps "The Probation Service –" of its cover.
    expect(harvard(doc(report('kent-surrey-and-sussex-regional-inspection-2024-05')), ACCESSED).title).toBe('An inspection of probation services in: The Probation Service – Kent, Surrey and Sussex region');
  });

  it('dates the action plan by its submission, and says so; with no address printed, it gives the site\'s permalink', () => {
    const plan = report('kent-surrey-and-sussex-action-plan-2024-05-06');
    expect(plainCitation(harvard(para(plan, 'Item 4, action 2', 'p-1'), ACCESSED))).toBe(
      'HM Prison and Probation Service (2024) A Response to the HM Inspectorate of Probation Inspection Recommendations: Brighton and East Sussex PDU, West Sussex PDU, West Kent PDU, East Kent PDU, Surrey PDU – Kent, Surrey, Sussex Region. ' +
        `Action plan submitted 6 May 2024. HM Prison and Probation Service. Available at: ${ORIGIN}/reports/${plan.id}/#p-1 (Accessed: 1 May 2025).`,
    );
  });

  it('puts a paragraph\'s locator in the citation in the text, not in the reference', () => {
    const s = para(report('surrey-pdu-inspection-2024-03'));
    expect(harvardInText(s)).toBe('(HM Inspectorate of Probation, 2024, P 1.1, para 4)');
    expect(plainCitation(harvard(s, ACCESSED))).toBe(plainCitation(harvard(doc(report('surrey-pdu-inspection-2024-03')), ACCESSED)));
    // Cite Them Right's own citation, without a locator, is the same author and year.
    expect(new Cite([cslItem(s)]).format('citation', { format: 'text', template: 'cite-them-right', lang: 'en-GB' })).toBe('(HM Inspectorate of Probation, 2024)');
  });

  it('never carries the site\'s bookkeeping', () => {
    for (const r of byId.values()) {
      for (const s of [doc(r), para(r)]) {
        for (const text of [plainCitation(harvard(s, ACCESSED)), plainCitation(oscola(s, ACCESSED)), biblatex(s), ris(s), JSON.stringify(cslItem(s))]) {
          expect(text).not.toMatch(/not recorded|Probation Findings|read in/i);
        }
      }
    }
  });
});

describe('OSCOLA', () => {
  it('is author, title (year) pinpoint <address> accessed date, ending with its full stop', () => {
    expect(plainCitation(oscola(para(report('surrey-pdu-inspection-2024-03')), ACCESSED))).toBe(
      'HM Inspectorate of Probation, An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region (2024) P 1.1, para 4 ' +
        `<${PRINTED}> accessed 1 May 2025.`,
    );
    const plan = report('kent-surrey-and-sussex-action-plan-2024-05-06');
    expect(plainCitation(oscola(doc(plan), ACCESSED))).toMatch(/Sussex Region \(Action plan submitted 6 May 2024\) <https:\/\/probation-findings\.test\/reports\/kent-surrey-and-sussex-action-plan-2024-05-06\/> accessed 1 May 2025\.$/);
  });

  it('gives the recorded page of the publication first, never the press release', () => {
    const surrey = report('surrey-pdu-inspection-2024-03');
    expect(surrey.official?.press_release).toBe('https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/03/surreypn24');
    expect(plainCitation(oscola(doc(surrey), ACCESSED))).not.toContain('press-releases');
    const recorded = { ...surrey, official: { official_url: 'https://www.example.org/surrey/', pdf_url: 'https://www.example.org/surrey.pdf', published: '2024-03-19' } };
    expect(plainCitation(oscola(doc(recorded), ACCESSED))).toContain('(2024) <https://www.example.org/surrey/> accessed');
    const pdfOnly = { ...surrey, official: { pdf_url: 'https://www.example.org/surrey.pdf' } };
    expect(plainCitation(harvard(doc(pdfOnly), ACCESSED))).toContain('Available at: https://www.example.org/surrey.pdf (Accessed');
  });
});

describe('CSL-JSON', () => {
  it('is valid against the CSL data schema, per document and per paragraph, for every document', () => {
    const items = JSON.parse(cslFile([...byId.values()].flatMap((r) => [doc(r), para(r)])));
    expect(items).toHaveLength(byId.size * 2);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...items[0], type: 'inspection' }])).toBe(false);
  });

  it('renders in the Cite Them Right style exactly as the site writes Harvard', () => {
    for (const r of byId.values()) for (const s of [doc(r), para(r)]) expect(citeThemRight(cslItem(s)), r.id).toBe(plainCitation(harvard(s, ACCESSED)));
  });

  it('carries the locator and the press release in its note', () => {
    expect(cslItem(para(report('surrey-pdu-inspection-2024-03')))).toMatchObject({
      id: 'surrey-pdu-inspection-2024-03-p-4bac5b18',
      author: [{ literal: 'HM Inspectorate of Probation' }],
      'publisher-place': 'Manchester',
      issued: { 'date-parts': [[2024, 3]] },
      ISBN: '978-1-916621-16-9',
      note: 'P 1.1, para 4\nPress release: https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/03/surreypn24',
    });
  });
});

describe('biblatex', () => {
  it('is read back by citation-js as the same reference, corporate names whole, the locator kept in the note', () => {
    for (const r of byId.values()) {
      for (const s of [doc(r), para(r)]) {
        const [item] = readBack(biblatex(s));
        expect(item!.type).toBe('report');
        expect(item!.author).toEqual([{ family: r.publisher }]);
        expect(item!.publisher, 'institution, not split at "and"').toBe(r.publisher);
        if (s.locator) expect(item!.note).toBe(s.locator);
        expect(citeThemRight(item!), r.id).toBe(plainCitation(harvard(s, ACCESSED)));
      }
    }
  });

  it('is read whole by a second BibTeX parser', () => {
    const plan = report('kent-surrey-and-sussex-action-plan-2024-05-06');
    const surrey = report('surrey-pdu-inspection-2024-03');
    const parsed = parseBibtex(bibFile([doc(surrey), para(surrey), doc(plan)]));
    expect(parsed.errors).toEqual([]);
    const [d, p, a] = parsed.entries;
    expect(d!.fields).toMatchObject({
      title: 'An inspection of probation services in: Surrey PDU',
      subtitle: 'The Probation Service – Kent, Surrey and Sussex region',
      institution: ['HM Inspectorate of Probation'],
      location: ['Manchester'],
      date: '2024-03',
      isbn: '978-1-916621-16-9',
      url: PRINTED,
    });
    expect(d!.fields.author).toEqual([{ name: 'HM Inspectorate of Probation' }]);
    expect(p!.key).toBe('surrey-pdu-inspection-2024-03-p-4bac5b18');
    expect(p!.fields.note).toBe('P 1.1, para 4');
    expect(a!.fields).toMatchObject({ institution: ['HM Prison and Probation Service'], type: 'Action plan submitted 6 May 2024', date: '2024-05-06' });
  });

  it('escapes what TeX would read as markup', () => {
    expect(bibEscape('A & B_1 {x} 50%')).toBe('A \\& B\\_1 \\{x\\} 50\\%');
    expect(bibKey('kss/region 2024')).toBe('kss-region-2024');
    const odd = { ...report('surrey-pdu-inspection-2024-03'), cover_title: 'Costs & 50% of {cases}_x', cover_subtitle: null };
    const parsed = parseBibtex(biblatex(doc(odd)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields.title).toBe('Costs & 50% of {cases}_x');
  });
});

describe('RIS', () => {
  it('is read back by citation-js as the same reference: one corporate author, the locator and the press release as notes', () => {
    for (const r of byId.values()) {
      for (const s of [doc(r), para(r)]) {
        const [item] = readBack(ris(s));
        expect(item!.type).toBe('report');
        expect(item!.author).toEqual([{ literal: r.publisher }]);
        const notes = ([] as unknown[]).concat(item!.note ?? []);
        if (s.locator) expect(notes[0]).toBe(s.locator);
        if (r.official?.press_release) expect(notes).toContain(`Press release: ${r.official.press_release}`);
        expect(citeThemRight(item!), r.id).toBe(plainCitation(harvard(s, ACCESSED)));
      }
    }
  });

  it('is one record a paragraph, each ended by ER, every line "TAG  - value"', () => {
    const surrey = report('surrey-pdu-inspection-2024-03');
    const text = risFile([doc(surrey), para(surrey), para(surrey, 'Foreword, para 2', 'p-2')]);
    expect(readBack(text)).toHaveLength(3);
    expect(text.split('\r\n').filter((l) => l !== '').every((l) => /^[A-Z][A-Z0-9]  - /.test(l))).toBe(true);
    expect(text.match(/^ER {2}- $/gm)).toHaveLength(3);
    expect(ris(doc(surrey))).toContain('DA  - 2024/03//\r\n');
  });
});

describe('titles', () => {
  it('use the site\'s own title only where the cover prints none (the letter)', () => {
    expect(citedTitle(citedReport(report('south-west-regional-letter-2023-08-24')))).toBe('Regional letter: South West region');
  });
});
