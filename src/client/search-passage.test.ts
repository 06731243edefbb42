import { describe, expect, it } from 'vitest';
import { decodePassage, paragraphMark, TAIL_MARK, locationsByParagraph, matchesFilters, paragraphAt, queryTerms, rankParagraphs, wordMatches, type PassageMeta } from './search-passage';
import type { FilterKey } from './search-filters';

// Three findings of the Surrey PDU report as one passage: a strength on assessment, an area for
// improvement naming domestic abuse, and a recommendation to the region.
const meta: PassageMeta = {
  values: [
    ['pdu', 'Surrey PDU'],
    ['finding', 'Strength'],
    ['theme', 'Domestic abuse'],
    ['finding', 'Area for improvement'],
    ['finding', 'Recommendation'],
    ['region', 'Kent, Surrey and Sussex'],
  ],
  paragraphs: [
    { anchor: 'p-9b7e6305', label: 'P 2.1 Assessment › Strengths', start: 0, visible: 10, tail: 0, seg: [], amb: '', values: [0, 1] },
    { anchor: 'p-21cfdaca', label: 'P 2.1 Assessment › Areas for improvement', start: 10, visible: 8, tail: 2, seg: [], amb: '3-4', values: [0, 3, 2] },
    { anchor: 'p-cf5d6a1d-3', label: 'Recommendations', start: 20, visible: 12, tail: 0, seg: [5], amb: '', values: [4, 5] },
  ],
};
const none = new Map<FilterKey, Set<string>>();

describe('passage metadata', () => {
  it('round-trips through the ids of marker elements, which Pagefind returns with their word positions', () => {
    const anchors = meta.paragraphs.flatMap((p) => [
      { id: paragraphMark(meta, p), location: p.start },
      ...(p.tail ? [{ id: TAIL_MARK, location: p.start + p.visible }] : []),
    ]);
    expect(anchors[0]?.id).toBe('p-9b7e6305|P%202.1%20Assessment%20%E2%80%BA%20Strengths|||2.0,5.2'); // pdu 0 (Surrey PDU), finding 2 (Strength, of three sorted)
    // the filters of the record, as Pagefind returns them (in any order), and its anchors likewise
    const filters: Record<string, string[]> = {};
    for (const [k, v] of [...meta.values].reverse()) (filters[k] ??= []).push(v);
    const back = decodePassage([...anchors].reverse(), 32, filters);
    const resolved = (m: PassageMeta) => m.paragraphs.map((x) => ({ ...x, values: x.values.map((v) => m.values[v]).sort() }));
    expect(resolved(back)).toEqual(resolved(meta));
  });

  it('refuses an anchor that cannot be part of an id', () => {
    expect(() => paragraphMark(meta, { ...meta.paragraphs[0]!, anchor: 'p 1|x' })).toThrow(/p 1\|x/);
  });

  it('finds the paragraph of a word position, its synonym tail included', () => {
    expect(paragraphAt(meta.paragraphs, 0)).toBe(0);
    expect(paragraphAt(meta.paragraphs, 9)).toBe(0);
    expect(paragraphAt(meta.paragraphs, 10)).toBe(1);
    expect(paragraphAt(meta.paragraphs, 19)).toBe(1); // tail
    expect(paragraphAt(meta.paragraphs, 31)).toBe(2);
    expect(paragraphAt(meta.paragraphs, 32)).toBe(-1);
  });

  it('matches filters as Pagefind does: any value of a filter, every filter picked', () => {
    const p2 = meta.paragraphs[1]!;
    expect(matchesFilters(meta, p2, new Map([['theme', new Set(['Domestic abuse'])]]))).toBe(true);
    expect(matchesFilters(meta, p2, new Map([['finding', new Set(['Strength', 'Area for improvement'])]]))).toBe(true);
    expect(matchesFilters(meta, p2, new Map<FilterKey, Set<string>>([['theme', new Set(['Domestic abuse'])], ['region', new Set(['Kent, Surrey and Sussex'])]]))).toBe(false);
  });
});

describe('the query’s words in a paragraph', () => {
  it('takes the words of the query, without punctuation or quotes', () => {
    expect(queryTerms('"DA"')).toEqual(['da']);
    expect(queryTerms('multi-agency public  protection')).toEqual(['multiagency', 'public', 'protection']);
  });

  it('matches forms of a word as Pagefind’s stemming does, and an unfinished last word', () => {
    expect(wordMatches('assessed', 'assessments')).toBe(true);
    expect(wordMatches('Assessment,', 'assessments')).toBe(true);
    expect(wordMatches('abusers', 'abuse')).toBe(true);
    expect(wordMatches('multi-agency', 'multiagency')).toBe(true);
    expect(wordMatches('unpaid,', 'unpai')).toBe(true);
    expect(wordMatches('agencies', 'multiagency')).toBe(false);
    expect(wordMatches('domestic', 'abuse')).toBe(false);
  });

  it('matches a short word (an abbreviation) only as itself', () => {
    expect(wordMatches('DA', 'da')).toBe(true);
    expect(wordMatches('DAs', 'da')).toBe(true);
    expect(wordMatches('data', 'da')).toBe(false);
    expect(wordMatches('date', 'da')).toBe(false);
  });

  it('places Pagefind’s word locations in their paragraphs', () => {
    expect(locationsByParagraph(meta.paragraphs, [2, 21, 18, 40])).toEqual(new Map([[0, [2]], [2, [1]], [1, [8]]]));
  });
});

describe('which paragraph a result opens at', () => {
  const m = (index: number, hits: number[], covered: number) => ({ index, hits, covered });

  it('those with all the query’s words, the one with most hits first, then the others in document order', () => {
    const ranked = rankParagraphs(meta, [m(0, [1], 2), m(1, [0, 3], 1), m(2, [1, 2, 5], 2)], none);
    expect(ranked.map((r) => r.index)).toEqual([2, 0]);
  });

  it('a paragraph of text before a rating or table row that has the words as well, even with fewer hits', () => {
    // the West Kent report's Assessment section: its rating line, then a paragraph on it
    const rated: PassageMeta = {
      values: [['finding', 'Rating'], ['finding', 'Paragraph']],
      paragraphs: [
        { anchor: 'p-rating', label: '2.1. Assessment', start: 0, visible: 4, tail: 0, seg: [], amb: '', values: [0] },
        { anchor: 'p-text', label: '2.1. Assessment', start: 4, visible: 30, tail: 0, seg: [], amb: '', values: [1] },
      ],
    };
    expect(rankParagraphs(rated, [m(0, [0, 1], 1), m(1, [7], 1)], none).map((r) => r.index)).toEqual([1, 0]);
    // and the rating when it alone has the words
    expect(rankParagraphs(rated, [m(0, [0, 1], 1), m(1, [], 0)], none).map((r) => r.index)).toEqual([0]);
  });

  it('a paragraph with some words when none has all', () => {
    expect(rankParagraphs(meta, [m(0, [], 0), m(1, [4], 1), m(2, [], 0)], none).map((r) => r.index)).toEqual([1]);
  });

  it('only paragraphs with the filters picked, even when another has more hits', () => {
    const ranked = rankParagraphs(meta, [m(0, [2], 1), m(1, [1], 1), m(2, [1, 2, 5], 1)], new Map([['pdu', new Set(['Surrey PDU'])]]));
    expect(ranked.map((r) => r.index)).toEqual([0, 1]);
  });

  it('when the words are only in paragraphs without the filters, the first paragraph with them, nothing marked', () => {
    const ranked = rankParagraphs(meta, [m(0, [], 0), m(1, [], 0), m(2, [3], 1)], new Map([['theme', new Set(['Domestic abuse'])]]));
    expect(ranked).toEqual([{ index: 1, hits: [], covered: 0 }]);
  });
});
