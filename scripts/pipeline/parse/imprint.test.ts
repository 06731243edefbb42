// What each seed prints about its own publication, read from its text: the address it says it is
// available at, the town it was published in, and the title on its cover.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './index';
import { printedAddressUrl, printedUrl, publishedPlace, readImprint } from './imprint';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8').split('\n');
const KSS = seed('000_7120e7fba21be326');
const SURREY = seed('001_9532c6c7ee9a86e4');
const WEST_KENT = seed('002_a118985253503014');
const PLAN = seed('003_10eb09f0e2f783d7');
const LETTER = seed('004_15461f79b54104ad');

describe('the imprint', () => {
  it('reads the address each report prints ("available for download at"), as a link\'s text or as plain text', () => {
    // KSS prints it as a Markdown link (to http://…); Surrey and West Kent as plain text.
    expect(KSS.some((l) => l.includes('[www.justiceinspectorates.gov.uk/hmiprobation](http://'))).toBe(true);
    for (const lines of [KSS, SURREY, WEST_KENT]) expect(printedUrl(lines)).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation');
  });

  it('gives none to a document that prints none: the action plan, and the letter whose letterhead only names the site', () => {
    expect(printedUrl(PLAN)).toBeNull();
    expect(LETTER.some((l) => l.trim() === 'www.justiceinspectorates.gov.uk/hmiprobation')).toBe(true);
    expect(printedUrl(LETTER)).toBeNull();
  });

  it('keeps a printed scheme, adds https to a bare address, and refuses what is not an address', () => {
    expect(printedAddressUrl('http://www.example.org/a.')).toBe('http://www.example.org/a');
    expect(printedAddressUrl('www.example.org/publications')).toBe('https://www.example.org/publications');
    expect(printedAddressUrl('our website')).toBeNull();
    expect(printedUrl(['This publication is available for download at: our website'])).toBeNull();
  });

  it('reads the town of the "Published by:" address, on its own line or before the postcode', () => {
    for (const lines of [KSS, SURREY, WEST_KENT]) expect(publishedPlace(lines)).toBe('Manchester');
    expect(publishedPlace(['Published by:', '', 'A Body', '1 High Street, Leeds LS1 4AP'])).toBe('Leeds');
    // The letter's letterhead is where it was sent from, not a "Published by:" imprint.
    expect(publishedPlace(LETTER)).toBeNull();
    expect(readImprint(PLAN)).toEqual({ printedUrl: null, place: null });
  });
});

describe('the cover title, as printed', () => {
  it('keeps "The Probation Service –" in a regional report\'s title, and a PDU report\'s second line as its subtitle', () => {
    const kss = parseDocument(KSS);
    expect([kss.coverTitle, kss.coverSubtitle]).toEqual(['An inspection of probation services in: The Probation Service – Kent, Surrey and Sussex region', null]);
    for (const [lines, pdu] of [[SURREY, 'Surrey'], [WEST_KENT, 'West Kent']] as const) {
      const d = parseDocument(lines);
      expect([d.coverTitle, d.coverSubtitle]).toEqual([`An inspection of probation services in: ${pdu} PDU`, 'The Probation Service – Kent, Surrey and Sussex region']);
    }
  });

  it('gives the action plan its printed title (what it responds to, and for whom) and the letter none', () => {
    expect(parseDocument(PLAN).coverTitle).toBe(
      'A Response to the HM Inspectorate of Probation Inspection Recommendations: Brighton and East Sussex PDU, West Sussex PDU, West Kent PDU, East Kent PDU, Surrey PDU – Kent, Surrey, Sussex Region',
    );
    expect(parseDocument(LETTER).coverTitle).toBeNull();
  });
});
