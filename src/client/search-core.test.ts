import { describe, expect, it } from 'vitest';
import {
  chooseTarget,
  contextRange,
  encodeDirectivePart,
  excerpt,
  findSynonyms,
  groupsForQuery,
  hitRuns,
  normalise,
  pagefindQuery,
  pagefindWords,
  synonymTail,
  textDirective,
  tokenize,
  tokensOfSpans,
  type SynonymTable,
  rankResults,
} from './search-core';

const TABLE: SynonymTable = {
  version: 1,
  groups: [
    { abbr: ['DA'], phrases: ['domestic abuse'] },
    { abbr: ['MAPPA'], phrases: ['multi-agency public protection arrangements'] },
    { abbr: ['ED&I', 'EDI'], phrases: ['Equality, Diversity and Inclusion'] },
  ],
};

describe('tokens', () => {
  it('splits on whitespace as Pagefind does, keeping offsets', () => {
    const text = 'Domestic  abuse,\tcoercive (control).';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Domestic', 'abuse,', 'coercive', '(control).']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    expect(pagefindWords('a b  c')).toEqual(['a', 'b', 'c']);
  });
});

describe('text directives', () => {
  const text = 'Staff said that domestic abuse, and stalking, were not well understood by new staff.';
  const tokens = tokenize(text);

  it('selects the words, with three words of context each side, punctuation in the context', () => {
    expect(textDirective(tokens, text, 3, 4, [])).toBe(':~:text=Staff%20said%20that-,domestic%20abuse,-%2C%20and%20stalking%2C%20were');
  });

  it('encodes the characters that are syntax in a directive', () => {
    expect(encodeDirectivePart('multi-agency, a & b')).toBe('multi%2Dagency%2C%20a%20%26%20b');
  });

  it('keeps context within a segment (a table cell or a line)', () => {
    // token 3 starts a new segment: no prefix from before it
    expect(contextRange(3, 4, 10, [3])).toEqual([3, 7]);
    expect(contextRange(1, 1, 10, [3])).toEqual([0, 2]);
  });

  it('chooses the longest run of hits whose window is not repeated earlier on the page', () => {
    const hits = new Set([3, 4, 6]);
    expect(chooseTarget(text, tokens, hits, new Set(), []).run).toEqual([3, 4]);
    // every token of the run has a repeated window: fall back to the next run
    expect(chooseTarget(text, tokens, hits, new Set([3, 4]), []).run).toEqual([6, 6]);
    // one unique window in the run is enough: the directive covers it
    expect(chooseTarget(text, tokens, hits, new Set([3]), []).run).toEqual([3, 4]);
    // nothing safe: no directive (the permalink alone still opens the paragraph)
    expect(chooseTarget(text, tokens, hits, new Set([3, 4, 6]), [])).toEqual({ run: null, directive: '' });
  });

  it('groups hits into runs', () => {
    expect(hitRuns(new Set([5, 1, 2, 9, 3]))).toEqual([
      [1, 3],
      [5, 5],
      [9, 9],
    ]);
  });
});

describe('synonyms', () => {
  it('normalises punctuation, case, ampersands and curly apostrophes', () => {
    expect(normalise('Multi-agency  Public & Children’s')).toBe("multi agency public and children's");
  });

  it('finds abbreviations case-sensitively and phrases case-insensitively, across hyphens', () => {
    const text = 'The DA checks and data; Multi agency public protection arrangements (MAPPA) and MAPPA’s work.';
    const spans = (i: number) => findSynonyms(text, TABLE.groups[i] as SynonymTable['groups'][number]).map((s) => text.slice(s.start, s.end));
    expect(spans(0)).toEqual(['DA']);
    expect(spans(1)).toEqual(['MAPPA', 'MAPPA’s', 'Multi agency public protection arrangements']);
  });

  it('adds the other terms of a group whose term is in the text, and nothing else', () => {
    expect(synonymTail('Checks on domestic abuse were late.', TABLE)).toBe('DA');
    expect(synonymTail('DA checks were late.', TABLE)).toBe('domestic abuse');
    expect(synonymTail('MAPPA and multi-agency public protection arrangements', TABLE)).toBe('');
    expect(synonymTail('Equality, diversity & inclusion', TABLE)).toBe('ED&I EDI');
    expect(synonymTail('data and dates', TABLE)).toBe('');
  });

  it('knows which groups a query is about', () => {
    expect(groupsForQuery('da', TABLE).map((g) => g.abbr[0])).toEqual(['DA']);
    expect(groupsForQuery('Multi-agency public protection arrangements', TABLE).map((g) => g.abbr[0])).toEqual(['MAPPA']);
    expect(groupsForQuery('domestic abuse training', TABLE).map((g) => g.abbr[0])).toEqual(['DA']);
    expect(groupsForQuery('data', TABLE)).toEqual([]);
  });

  it('searches a short abbreviation as an exact word, not as a prefix', () => {
    expect(pagefindQuery(' DA ', TABLE)).toBe('"DA"');
    expect(pagefindQuery('MAPPA', TABLE)).toBe('MAPPA');
    expect(pagefindQuery('dat', TABLE)).toBe('dat');
  });
});

describe('excerpts', () => {
  it('marks hit words, merging neighbours, leaving punctuation out', () => {
    const text = 'one two (domestic abuse), three four';
    const tokens = tokenize(text);
    const parts = excerpt(text, tokens, new Set([2, 3]), 2, 10);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['domestic abuse']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('cuts long texts around the focus with ellipses', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const tokens = tokenize(text);
    const out = excerpt(text, tokens, new Set([50]), 50, 10)
      .map((p) => p.text)
      .join('');
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('w50');
  });

  it('maps character spans to tokens', () => {
    const tokens = tokenize('a bb ccc');
    expect([...tokensOfSpans(tokens, [{ start: 3, end: 6 }])]).toEqual([1, 2]);
  });
});

describe('the order of results', () => {
  it('puts the results that have the words together first, in Pagefind\'s order, adding and losing nothing', () => {
    const plain = [{ id: 'sites' }, { id: 'redhill' }, { id: 'red-site' }, { id: 'red-sites' }, { id: 'other' }];
    // the phrase search lists its results in index order, not by score: that order is not kept
    expect(rankResults(plain, [{ id: 'red-sites' }, { id: 'red-site' }]).map((r) => r.id)).toEqual(['red-site', 'red-sites', 'sites', 'redhill', 'other']);
    // a phrase result the plain search lacks (it cannot have one) is not added
    expect(rankResults(plain, [{ id: 'nowhere' }]).map((r) => r.id)).toEqual(['sites', 'redhill', 'red-site', 'red-sites', 'other']);
  });

  it('lists the inspectorate\'s findings before the action plans, and those before the front matter, the phrase first in each', () => {
    const plain = [{ id: 'plan-1' }, { id: 'front-1' }, { id: 'report-1' }, { id: 'plan-2' }, { id: 'report-2' }];
    const later = [[{ id: 'plan-2' }, { id: 'plan-1' }], [{ id: 'front-1' }]];
    expect(rankResults(plain, [], later).map((r) => r.id)).toEqual(['report-1', 'report-2', 'plan-1', 'plan-2', 'front-1']);
    // front matter and ratings tables (indexed with no weight, so scored 0) after everything, the phrase too
    const scored = [{ id: 'front-1', score: 0 }, { id: 'report-1', score: 2 }, { id: 'plan-1', score: 3 }];
    expect(rankResults(scored, [{ id: 'front-1' }], [[{ id: 'plan-1' }]]).map((r) => r.id)).toEqual(['report-1', 'plan-1', 'front-1']);
    // words together come first, whatever the group: a plan that has the phrase before a report that has the words apart
    expect(rankResults(plain, [{ id: 'plan-2' }, { id: 'front-1' }, { id: 'report-2' }], later).map((r) => r.id)).toEqual(['report-2', 'plan-2', 'front-1', 'report-1', 'plan-1']);
  });
});
