import { describe, expect, it } from 'vitest';
import { THEMES } from '../../scripts/pipeline/link/theme-data';
import { bestBets, betKey, betStrength, commonWords, hubKeys, queryKeys, type Hub } from './search-bets';

// The theme pages as the index builder describes them (their names, terms and abbreviations),
// with two standards and a region and PDU of the seeds.
const themes: Hub[] = THEMES.map((t) => ({ title: t.name, url: `/themes/${t.id}/`, kind: 'theme', names: [...t.terms, ...t.abbreviations] }));
const hubs: Hub[] = [
  ...themes,
  { title: 'R 2.4 Unpaid work (2023 programme)', url: '/standards/2023-r-2-4/', kind: 'standard', names: ['R 2.4 Unpaid work', 'R 2.4', 'Unpaid work'] },
  { title: 'P 2.1 Assessment (2023 programme)', url: '/standards/2023-p-2-1/', kind: 'standard', names: ['P 2.1 Assessment', 'P 2.1', 'Assessment'] },
  { title: 'Kent, Surrey and Sussex region', url: '/regions/region-kent-surrey-and-sussex/', kind: 'region', names: ['Kent, Surrey and Sussex'] },
  { title: 'Surrey PDU', url: '/pdus/pdu-surrey/', kind: 'pdu', region: 'Kent, Surrey and Sussex region', names: ['Surrey'] },
];
const urls = (q: string) => bestBets(q, hubs).map((h) => h.url);

describe('best bets', () => {
  it('offer the pages a query names: the theme first, then the standard', () => {
    expect(urls('domestic abuse')[0]).toBe('/themes/domestic-abuse/');
    expect(urls('unpaid work')).toEqual(['/themes/unpaid-work/', '/standards/2023-r-2-4/']);
    // by an abbreviation, and by a term of the theme
    expect(urls('DA')[0]).toBe('/themes/domestic-abuse/');
    expect(urls('UPW')).toContain('/themes/unpaid-work/');
    expect(urls('coercive control')[0]).toBe('/themes/domestic-abuse/');
    // a standard by its code
    expect(urls('P 2.1')).toEqual(['/standards/2023-p-2-1/']);
  });

  it('name a page by the start of a word run, or by a whole name inside a longer query', () => {
    expect(urls('domestic')[0]).toBe('/themes/domestic-abuse/');
    expect(urls('safeguarding')).toContain('/themes/child-safeguarding/');
    expect(urls('Surrey PDU')[0]).toBe('/pdus/pdu-surrey/');
    expect(urls('Surrey')).toEqual(expect.arrayContaining(['/pdus/pdu-surrey/', '/regions/region-kent-surrey-and-sussex/']));
    expect(betStrength('domestic abuse in Surrey', hubs.find((h) => h.url === '/pdus/pdu-surrey/')!)).toBe(2);
  });

  it('name nothing from a word too short to judge, or one no page is called by', () => {
    expect(urls('a')).toEqual([]);
    expect(urls('do')).toEqual([]);
    expect(urls('home visits')).toEqual([]);
    // at most three
    expect(bestBets('work', hubs).length).toBeLessThanOrEqual(3);
  });

  it('are filed by the first three letters of their words, and a query loads the files of its own words only', () => {
    expect(betKey('Domestic')).toBe('dom');
    expect(betKey('DA')).toBe('da');
    expect(queryKeys('domestic abuse in Kent')).toEqual(['abu', 'dom', 'ken']);
    const da = hubs.find((h) => h.url === '/themes/domestic-abuse/')!;
    for (const k of queryKeys('domestic abuse')) expect(hubKeys(da)).toContain(k);
  });

  it('file no page under a word that names thousands of them ("PDU", "region")', () => {
    const many: Hub[] = Array.from({ length: 2000 }, (_, i) => ({ title: `Place ${i} PDU`, url: `/pdus/p-${i}/`, kind: 'pdu', names: [`Place ${i}`] }));
    const common = commonWords([...hubs, ...many]);
    expect(common.has('pdu')).toBe(true);
    expect(common.has('surrey')).toBe(false);
    expect(hubKeys(hubs.find((h) => h.url === '/pdus/pdu-surrey/')!, common)).toEqual(['sur']);
  });
});
