import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../core/glossary';
import { THEMES } from '../pipeline/link/theme-data';
import { buildSynonymTable, compressRanges, headingName, withSectionHeadings, PART_WORDS, PartPlan, partPath, partWords, countFacets, packPassages, passageRecord, readInflections, recordHtml, recordPath, renderedFindings, sectionLabel, sortedFacets, type FacetTotals, type FindingEntry, type FindingRecord } from './build-index';
import { decodePassage } from '../../src/client/search-passage';
import { synonymTail, tokenize } from '../../src/client/search-core';
import { Inflections } from '../../core/schemas';

describe('synonym table', () => {
  const table = buildSynonymTable(GLOSSARY, THEMES);
  const groupOf = (abbr: string) => table.groups.find((g) => g.abbr.includes(abbr));

  it('pairs each glossary abbreviation with its expansion', () => {
    expect(groupOf('DA')?.phrases).toContain('domestic abuse');
    expect(groupOf('MAPPA')?.phrases).toContain('multi-agency public protection arrangements');
    expect(groupOf('UPW')?.phrases).toContain('unpaid work');
  });

  it('drops notes in brackets and merges abbreviations that share an expansion', () => {
    expect(groupOf('OPD')?.phrases).toEqual(['Offender Personality Disorder']);
    expect(groupOf('HMIP')?.abbr).toEqual(['HMI Probation', 'HMIP']);
  });

  it('adds theme abbreviations whose letters are the initials of a theme term', () => {
    expect(groupOf('EM')?.phrases).toContain('electronic monitoring');
    expect(groupOf('EDI')).toBe(groupOf('ED&I'));
    // abbreviations with digits are left alone (CAS1, CAS2 and CAS3 would all match one term)
    expect(groupOf('CAS1')).toBeUndefined();
  });
});

describe('rendered findings', () => {
  const html = `<!doctype html><html lang="en"><body><header>Site</header><main>
<p id="p-1">The region should improve domestic abuse checks.<span class="k" data-pagefind-ignore><a href="#">Domestic abuse</a></span></p>
<table><tr id="p-2"><th>Key question<span class="k" data-pagefind-ignore>x</span></th><td>65%</td></tr></table>
<p id="p-3">As before, the region should improve domestic abuse checks.</p>
<p id="p-4">Text<sup><a href="#fn-1">1</a></sup> with a footnote.</p>
</main></body></html>`;
  const found = renderedFindings(html, ['p-1', 'p-2', 'p-3', 'p-4', 'p-missing']);

  it('reads the text the browser shows, without the ignored parts, cells apart', () => {
    expect(found.get('p-1')?.text).toBe('The region should improve domestic abuse checks.');
    expect(found.get('p-2')?.text).toBe('Key question\t65%');
    expect(found.get('p-2')?.segStarts).toEqual([2]);
    expect(found.get('p-4')?.text).toBe('Text1 with a footnote.');
    expect(found.has('p-missing')).toBe(false);
  });

  it('flags the windows that occur earlier on the page, and only those', () => {
    expect(found.get('p-1')?.ambiguous).toEqual([]);
    // "the region should improve domestic abuse checks." occurs in p-1, before p-3
    const amb = found.get('p-3')?.ambiguous ?? [];
    expect(amb).toContain(5); // "domestic", whose window is "region should improve domestic abuse checks."
    expect(amb).not.toContain(0); // "As before, the region" is only here
  });
});

describe('labels', () => {
  it('shortens section paths', () => {
    expect(sectionLabel('1. Organisational arrangements › P 1.2. Staffing › Areas for improvement:')).toBe('P 1.2. Staffing › Areas for improvement');
    expect(sectionLabel('2. Service delivery › R 2.4. Unpaid work')).toBe('R 2.4. Unpaid work');
    expect(sectionLabel('')).toBe('');
  });

  it('writes runs of numbers as ranges', () => {
    expect(compressRanges([1, 2, 3, 7, 9, 10])).toBe('1-3 7 9-10');
  });
});

describe('records as HTML files', () => {
  const rec: FindingRecord = {
    url: '/reports/r-1/#p-2',
    content: 'Domestic abuse\t& <b>safeguarding</b> “checks” DA',
    language: 'en',
    meta: { title: 'Surrey PDU inspection — Risk: "harm"', type: 'finding', n: '6' },
    filters: { region: ['Kent, Surrey and Sussex'], theme: ['Domestic abuse', 'Safeguarding'] },
  };

  it('is the record’s file path, which Pagefind turns into its URL with the # escaped', () => {
    expect(recordPath(rec)).toBe('reports/r-1/#p-2');
  });

  it('carries the content escaped in <main data-pagefind-body>, and metadata and filters as <meta> elements', () => {
    const html = recordHtml(rec);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<main data-pagefind-body>Domestic abuse\t&amp; &lt;b&gt;safeguarding&lt;/b&gt; “checks” DA</main>');
    expect(html).toContain('<meta data-pagefind-meta="title[content]" content="Surrey PDU inspection — Risk: &quot;harm&quot;">');
    expect(html).toContain('<meta data-pagefind-meta="n[content]" content="6">');
    // one element per value, in the record's order
    expect(html.match(/data-pagefind-filter="theme\[content\]" content="[^"]*"/g)).toEqual([
      'data-pagefind-filter="theme[content]" content="Domestic abuse"',
      'data-pagefind-filter="theme[content]" content="Safeguarding"',
    ]);
  });

  it('totals every filter value over the records, written in a fixed order', () => {
    const totals: FacetTotals = {};
    countFacets(totals, rec);
    countFacets(totals, { ...rec, filters: { theme: ['Safeguarding'], document: ['PDU report'] } });
    const sorted = sortedFacets(totals);
    expect(sorted.filters).toEqual({ document: { 'PDU report': 1 }, region: { 'Kent, Surrey and Sussex': 1 }, theme: { 'Domestic abuse': 1, Safeguarding: 2 } });
    expect(Object.keys(sorted.filters)).toEqual(['document', 'region', 'theme']);
  });
});

describe('passages', () => {
  const entry = (anchor: string, text: string, chapter: string, filters: FindingRecord['filters'], tail = '', more: Partial<FindingEntry> = {}): FindingEntry => ({
    record: { url: `/reports/r-1/#${anchor}`, content: tail ? `${text} ${tail}` : text, language: 'en', meta: { title: 'Surrey PDU inspection, March 2024' }, filters },
    anchor,
    label: `${chapter} label`,
    chapter,
    summary: false,
    unit: null,
    ...more,
    visible: text.split(' ').length,
    words: tokenize(tail ? `${text} ${tail}` : text).length,
    segStarts: [],
    ambiguous: [],
  });
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

  it('packs a document’s findings in order, never splitting one, up to the word budget', () => {
    const es = [entry('a', words(40), '1', {}), entry('b', words(40), '1', {}), entry('c', words(30), '1', {}), entry('d', words(100), '1', {})];
    expect(packPassages(es, 100).map((p) => p.map((e) => e.anchor))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('ends a passage at a new top-level section once it is half full, not before', () => {
    const es = [entry('a', words(20), '1', {}), entry('b', words(20), '2', {}), entry('c', words(20), '2', {}), entry('d', words(20), '3', {})];
    expect(packPassages(es, 100).map((p) => p.map((e) => e.anchor))).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('keeps an action plan item whole: its first finding brings the item into a new passage when it would not fit', () => {
    const item = (a: string, n: number, unit: string) => entry(a, words(n), 'action plan', {}, '', { unit });
    const es = [item('r1', 30, 'i1'), item('a1', 30, 'i1'), item('r2', 20, 'i2'), item('a2', 30, 'i2'), item('a3', 20, 'i2'), item('r3', 10, 'i3')];
    // i2 (70 words) does not fit after i1 (60): it starts a passage, where i3 still fits
    expect(packPassages(es, 100).map((p) => p.map((e) => e.anchor))).toEqual([['r1', 'a1'], ['r2', 'a2', 'a3', 'r3']]);
    // an item longer than a passage is split where it must be, and only there
    const long = [item('x1', 60, 'big'), item('x2', 60, 'big'), item('x3', 30, 'big')];
    expect(packPassages(long, 100).map((p) => p.map((e) => e.anchor))).toEqual([['x1'], ['x2', 'x3']]);
  });

  it('puts front matter and ratings tables together in passages after the others, ranked in the group "front"', () => {
    const es = [
      entry('cover', words(10), '', { document: ['PDU inspection report'] }, '', { summary: true }),
      entry('fw', words(30), 'Foreword', { document: ['PDU inspection report'] }),
      entry('rating', words(5), 'Ratings', { document: ['PDU inspection report'] }, '', { summary: true }),
      entry('bg', words(30), 'Background', { document: ['PDU inspection report'] }),
    ];
    const ps = packPassages(es, 100);
    expect(ps.map((p) => p.map((e) => e.anchor))).toEqual([['fw', 'bg'], ['cover', 'rating']]);
    expect(ps.map((p) => passageRecord(p).group)).toEqual([undefined, 'front']);
    // no weight (found, scored 0), not filtered: only the plans' passages are listed in the group filter
    expect(recordHtml(passageRecord(ps[1]!))).toContain('<main data-pagefind-body data-pagefind-weight="0">');
    expect(recordHtml(passageRecord(ps[1]!))).not.toContain('data-pagefind-filter="group');
    // an action plan's passages are the group "response"; the group is never a filter the page shows
    const plan = passageRecord([entry('a', words(5), 'action plan', { document: ['Action plan'] }, '', { unit: 'i1' })]);
    expect(plan.group).toBe('response');
    expect(recordHtml(plan)).toContain('<meta data-pagefind-filter="group[content]" content="response">');
    expect(Object.keys(plan.filters)).not.toContain('group');
    const totals: FacetTotals = {};
    countFacets(totals, plan);
    expect(Object.keys(totals)).toEqual(['document']);
  });

  it('adds the name of each section a passage holds, once, to the hidden tail of its first finding there', () => {
    expect(headingName('P 1.2. Staffing › Areas for improvement')).toBe('Staffing');
    expect(headingName('R 2.1. Public protection')).toBe('Public protection');
    expect(headingName('Diversity and inclusion › Strengths')).toBe('Diversity and inclusion');
    expect(headingName('Foreword')).toBe('Foreword');
    const es = [
      { ...entry('a', 'Contact with the police was good', '2', {}), label: 'R 2.1. Public protection' },
      { ...entry('b', 'Home visits were late', '2', {}, 'HV'), label: 'R 2.1. Public protection' },
      { ...entry('c', 'Plans were weak', '2', {}), label: 'R 2.2. Desistance' },
      { ...entry('d', 'Restated', 'action plan', {}, '', { unit: 'i1' }), label: 'Item 1' },
    ];
    const out = withSectionHeadings(es);
    expect(out.map((e) => e.record.content)).toEqual(['Contact with the police was good Public protection', 'Home visits were late HV', 'Plans were weak Desistance', 'Restated']);
    // the words are indexed, never shown: the visible text and its count are the finding's own
    expect(out[0]!.visible).toBe(es[0]!.visible);
    expect(out[0]!.words).toBe(es[0]!.words + 2);
    const rec = passageRecord(out.slice(0, 3));
    expect(rec.html).toContain('Contact with the police was good <span id="~"></span>Public protection');
  });

  it('makes one record: contents in order, filters together, and where each finding is', () => {
    const rec = passageRecord([
      entry('p-9b7e6305', 'MAPPA meetings were attended', '2', { document: ['PDU report'], pdu: ['Surrey PDU'], finding: ['Strength'] }, 'multi-agency public protection arrangements'),
      entry('p-21cfdaca-2', 'Domestic abuse checks were late', '2', { document: ['PDU report'], pdu: ['Surrey PDU'], theme: ['Domestic abuse'], finding: ['Area for improvement'] }),
    ]);
    expect(rec.url).toBe('/reports/r-1/#p-9b7e6305');
    expect(rec.content).toBe('MAPPA meetings were attended multi-agency public protection arrangements Domestic abuse checks were late');
    expect(rec.filters).toEqual({ document: ['PDU report'], pdu: ['Surrey PDU'], theme: ['Domestic abuse'], finding: ['Area for improvement', 'Strength'] });
    // the document's kind is the record's, not repeated in each marker
    expect(rec.html).not.toMatch(/\|0\.0/);
    // Pagefind indexes metadata words: the paragraphs' data is not metadata
    expect(Object.keys(rec.meta)).toEqual(['title']);
    // what Pagefind reads from the record's HTML: its words, and its markers' ids at their positions
    const anchors: { id: string; location: number }[] = [];
    let words = 0;
    for (const part of (rec.html ?? '').split(/(<span id="[^"]*"><\/span>)/)) {
      const m = /^<span id="([^"]*)"><\/span>$/.exec(part);
      if (m) anchors.push({ id: (m[1] as string).replace(/&amp;/g, '&'), location: words });
      else words += tokenize(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).length;
    }
    expect(words).toBe(tokenize(rec.content).length);
    const meta = decodePassage(anchors, words, rec.filters);
    expect(meta.paragraphs.map((p) => [p.anchor, p.start, p.visible, p.tail])).toEqual([['p-9b7e6305', 0, 4, 4], ['p-21cfdaca-2', 8, 5, 0]]);
    const own = (i: number) => meta.paragraphs[i]!.values.map((v) => meta.values[v]);
    expect(own(1)).toEqual([['document', 'PDU report'], ['pdu', 'Surrey PDU'], ['theme', 'Domestic abuse'], ['finding', 'Area for improvement']]);
    expect(own(0)).toEqual([['document', 'PDU report'], ['pdu', 'Surrey PDU'], ['finding', 'Strength']]);
  });
});

describe('irregular word forms', () => {
  const inflections = readInflections();
  const table = buildSynonymTable(GLOSSARY, THEMES, inflections.forms);

  it('are read from their data file, validated', () => {
    expect(inflections.forms).toContainEqual(['child', 'children']);
    expect(() => Inflections.parse({ about: '', forms: [['child', 'children'], ['children', 'kids']] })).toThrow(/two sets/);
  });

  it('join in the index: a paragraph with one form is found by the other', () => {
    expect(synonymTail('Work to safeguard children was weak.', table).split(' ')).toContain('child');
    expect(synonymTail('A child protection plan was in place.', table).split(' ')).toContain('children');
    // whole words only: "childhood" is not "child"
    expect(synonymTail('Adverse childhood experiences', table)).not.toMatch(/\bchildren\b/);
  });
});

describe('parts of the index', () => {
  const place = (budget: number, words: number[]) => {
    const plan = new PartPlan(budget);
    return words.map((w) => plan.place(w));
  };

  it('keeps documents together while they fit, and starts a part with the one that would not', () => {
    expect(place(10, [4, 5, 2, 8, 3]).map((p) => p.part)).toEqual([0, 0, 1, 1, 2]);
    expect(place(10, [4, 5, 2, 8, 3]).map((p) => p.fresh)).toEqual([false, false, true, false, true]);
    // a budget met exactly still fits
    expect(place(10, [4, 6, 1]).map((p) => p.part)).toEqual([0, 0, 1]);
  });

  it('gives a document longer than the budget a part of its own, and never leaves a part empty', () => {
    expect(place(10, [25, 3, 40]).map((p) => p.part)).toEqual([0, 1, 2]);
    expect(place(10, [3, 25, 1]).map((p) => p.part)).toEqual([0, 1, 2]);
    expect(place(10, [0, 0, 10, 0]).map((p) => p.part)).toEqual([0, 0, 0, 0]);
    // a document without findings after a full part goes in that part, not in a new, empty one
    expect(place(10, [25, 0, 30]).map((p) => p.part)).toEqual([0, 0, 1]);
  });

  // The seeds average ~8,400 indexed words a document (the build's log: 33,657 words in four).
  it('keeps an archive of 1,000 documents like the seeds in one part, and 10,000 in nine', () => {
    expect(new Set(place(PART_WORDS, Array(1000).fill(8400)).map((p) => p.part)).size).toBe(1);
    expect(new Set(place(PART_WORDS, Array(10_000).fill(8400)).map((p) => p.part)).size).toBe(9);
  });

  it('serves the first part at /pagefind/ (with the script) and the others below it', () => {
    expect([0, 1, 11].map(partPath)).toEqual(['/pagefind/', '/pagefind/part-2/', '/pagefind/part-12/']);
  });

  it('takes its budget from SEARCH_PART_WORDS, refusing anything but a positive whole number', () => {
    expect(partWords({})).toBe(PART_WORDS);
    expect(partWords({ SEARCH_PART_WORDS: '5000' })).toBe(5000);
    for (const bad of ['0', '-3', '2.5', 'many', '1e400']) expect(() => partWords({ SEARCH_PART_WORDS: bad }), bad).toThrow(/SEARCH_PART_WORDS/);
  });
});
