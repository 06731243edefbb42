// Passages: what a search record is (shared by the index builder and the search page).
//
// Pagefind loads, before any search, a metadata file listing every record of the index (~6 bytes
// a record compressed). With a record per finding that file was 1.2 MB at 1,000 documents (190
// records a document), four times the 300 kB a whole search may transfer. So a record is a
// *passage*: consecutive findings of one document, up to about PASSAGE_WORDS words (~9 records
// a document). Its content is its findings' texts in order, each followed by its synonym tail;
// its filters are the union of its findings' filters; and marker elements in its text (below) say
// where each finding's words are, what its permalink is and which of the filter values are its
// own. The
// search page then opens each result at the paragraph (finding) whose words matched, among
// those that have every filter picked, so a result still opens at the exact paragraph.
//
// A result is a passage: the result count and the filter counts count passages.
import type { FilterKey } from './search-filters';

/** Words of visible text a passage grows to before a new one starts (a finding is never split). */
export const PASSAGE_WORDS = 1000;

/** One finding of a passage, as stored in the record's `p` metadata. */
export interface Paragraph {
  /** The finding's anchor on its report page (the permalink's fragment). */
  anchor: string;
  /** Where in the document: "P 2.1 Assessment › Strengths", "Item 3". */
  label: string;
  /** Its first token in the passage's content. */
  start: number;
  /** Its visible tokens (the synonym tail follows them). */
  visible: number;
  /** Tokens of its synonym tail (indexed, never shown). */
  tail: number;
  /** Token indices, from its start, where a new line or table cell starts. */
  seg: number[];
  /** Its ambiguous text-fragment windows ("3-5 9", see compressRanges). */
  amb: string;
  /** Its filter values, as indices into PassageMeta.values. */
  values: number[];
}

export interface PassageMeta {
  /** [filter, value] pairs, each once. */
  values: [FilterKey, string][];
  paragraphs: Paragraph[];
}

// Pagefind 1.6 indexes the words of a record's metadata too (a query word found only there
// matches the record, and a long unique word per record made one index chunk 145 kB), so the
// paragraphs' data is not metadata. It is in the ids of empty marker elements in the record's
// text, which Pagefind returns as the result's anchors, each with the word position it stands
// at, and never indexes: before each finding's text an element whose id is
// `<anchor>|<label>|<seg>|<amb>|<values>` (label percent-encoded, lists comma-separated,
// ranges "3-5_9"), and before its synonym tail, if any, one with the id `~`. A paragraph's filter
// values are `<filter>.<index>`, the index into the record's values of that filter, sorted.

// Groups of results. The search page lists the inspectorate's findings (reports and letters)
// first, then the action plans' passages (restated recommendations and the actions answering
// them): the index builder marks the plans' passages with a filter of their own, `group`, which
// the page never shows and which lists only those passages (so it stays small: ~4 KB at 1,000
// documents); within a group, results keep Pagefind's order. Passages of front matter and ratings
// tables only, which summarise the sections a reader is after, are indexed with no weight
// (FRONT_WEIGHT): still found, scored 0, so listed after every other (a filter listing them too
// would add ~2.5 KB to every search at 1,000 documents).

/** The filter that says a passage's group, when it is not the inspectorate's findings. */
export const GROUP_FILTER = 'group';
/** 'front' is not a filter value: its passages are weighted down (FRONT_WEIGHT). */
export type PassageGroup = 'response' | 'front';
/** Groups after the inspectorate's findings, in the order they are listed. */
export const LATER_GROUPS: readonly PassageGroup[] = ['response'];
/** Pagefind's weight of the words of a front-matter passage (1 is a paragraph's; 0: found, never scored). */
export const FRONT_WEIGHT = 0;

/** Filter keys in the order paragraphs refer to them. */
export const PASSAGE_FILTER_KEYS: readonly FilterKey[] = ['document', 'region', 'pdu', 'standard', 'theme', 'finding', 'rating'];

/** The id of the marker before a paragraph's synonym tail. */
export const TAIL_MARK = '~';

/** The id of the marker before a paragraph's text: its anchor first, so the id starts like the permalink. */
export function paragraphMark(meta: PassageMeta, para: Paragraph): string {
  if (!/^[A-Za-z0-9-]+$/.test(para.anchor)) throw new Error(`search passage: the anchor ${para.anchor} is not letters, digits and hyphens`);
  const sorted = new Map<FilterKey, string[]>();
  for (const key of PASSAGE_FILTER_KEYS) sorted.set(key, [...new Set(meta.values.filter(([k]) => k === key).map(([, v]) => v))].sort());
  // the document's kind is the whole record's: not repeated per paragraph
  const values = para.values.flatMap((v) => {
    const [key, value] = meta.values[v] as [FilterKey, string];
    return key === 'document' ? [] : [`${PASSAGE_FILTER_KEYS.indexOf(key)}.${(sorted.get(key) as string[]).indexOf(value)}`];
  });
  return [para.anchor, encodeURIComponent(para.label), para.seg.join(','), para.amb.replace(/ /g, '_'), values.join(',')].join('|');
}

/** A result's anchor, as Pagefind returns it: the marker's id and the word position it stands at. */
export interface PassageAnchor {
  id: string;
  location: number;
}

/** The paragraphs of a result, from its anchors, its number of words and its filters. */
export function decodePassage(anchors: readonly PassageAnchor[], words: number, filters: Partial<Record<string, string[]>>): PassageMeta {
  const values: [FilterKey, string][] = [];
  const index = new Map<string, number>();
  // each filter's values sorted once (a passage refers to them hundreds of times)
  const sorted = new Map<FilterKey, string[]>();
  const valueOf = (ref: string): number => {
    const [k, v] = ref.split('.').map(Number);
    const key = PASSAGE_FILTER_KEYS[k as number] as FilterKey;
    if (!sorted.has(key)) sorted.set(key, [...(filters[key] ?? [])].sort());
    const value = (sorted.get(key) as string[])[v as number] ?? '';
    const id = `${key}\u0000${value}`;
    if (!index.has(id)) index.set(id, values.push([key, value]) - 1);
    return index.get(id) as number;
  };
  const marks = [...anchors].filter((a) => a.id === TAIL_MARK || a.id.includes('|')).sort((a, b) => a.location - b.location);
  const paragraphs: Paragraph[] = [];
  marks.forEach((m, i) => {
    if (m.id === TAIL_MARK) return;
    const next = marks[i + 1];
    const tail = next?.id === TAIL_MARK ? next : null;
    const end = marks.slice(i + 1).find((x) => x.id !== TAIL_MARK)?.location ?? words;
    const [anchor = '', label = '', seg = '', amb = '', refs = ''] = m.id.split('|');
    const visible = (tail?.location ?? end) - m.location;
    paragraphs.push({
      anchor,
      label: decodeURIComponent(label),
      start: m.location,
      visible,
      tail: end - m.location - visible,
      seg: seg ? seg.split(',').map(Number) : [],
      amb: amb.replace(/_/g, ' '),
      values: [...(filters.document?.length === 1 ? [valueOf('0.0')] : []), ...(refs ? refs.split(',').map(valueOf) : [])],
    });
  });
  return { values, paragraphs };
}

/** The paragraph holding token i of the passage (visible or tail), or -1. */
export function paragraphAt(paragraphs: readonly Paragraph[], i: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid] as Paragraph;
    if (i < p.start) hi = mid - 1;
    else if (i >= p.start + p.visible + p.tail) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether a paragraph has, for every filter picked, one of the values picked (as Pagefind's `any`). */
export function matchesFilters(meta: PassageMeta, p: Paragraph, picked: ReadonlyMap<FilterKey, ReadonlySet<string>>): boolean {
  for (const [key, wanted] of picked) {
    if (!wanted.size) continue;
    if (!p.values.some((v) => meta.values[v]?.[0] === key && wanted.has(meta.values[v]?.[1] as string))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Which paragraph of a passage matched
//
// Pagefind finds a passage when it has every word of the query, but the words may be in different
// paragraphs, and its word locations do not say which query word each is (for a quoted query it
// may give none). So the page also matches the query's words in each paragraph itself, loosely
// as Pagefind's stemming does (a word matches a query word it starts with, once a common English
// ending is taken off the query word), and prefers the paragraphs that have all of them.

const ENDINGS = /(?:ments|ment|ations|ation|ings|ing|ied|ies|ers|er|ed|es|s)$/;

/** The query's words, lower case, letters and digits only, each with the stem it is matched by. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean))];
}

/** A word without a common English ending, as the page matches forms of it. */
export function stem(term: string): string {
  const s = term.replace(ENDINGS, '');
  return s.length >= 3 ? s : term;
}

/** Whether a word of the text is a form of the query word (the query's last word may be unfinished: a prefix matches). */
export function wordMatches(word: string, term: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (!w) return false;
  // a short word (an abbreviation: "DA") only as itself, or its plural: never "data" or "date"
  if (term.length <= 3) return w === term || w === `${term}s`;
  return w === term || w.startsWith(stem(term)) || (w.length >= 3 && stem(w) === stem(term));
}

/** What the page found in one paragraph: the tokens to mark (from its start) and how many query words it has. */
export interface ParagraphMatch {
  index: number;
  hits: number[];
  /** Query words (or, for a word that an abbreviation or phrase stands for, its group) the paragraph has. */
  covered: number;
}

/** Kinds of finding (as the `finding` filter names them) that summarise: a result opens at one only when nothing else in its passage matches as well. */
export const SUMMARY_FINDING_LABELS: ReadonlySet<string> = new Set(['Rating', 'Table row', 'Document information']);

/** Whether a paragraph of a passage is a rating, table row or piece of document information. */
export function isSummaryParagraph(meta: PassageMeta, p: Paragraph): boolean {
  return p.values.some((v) => meta.values[v]?.[0] === 'finding' && SUMMARY_FINDING_LABELS.has(meta.values[v]?.[1] as string));
}

/**
 * The paragraphs a result shows, best first: among those with every filter picked, the ones
 * with the most of the query's words (all of them, usually); of those, the one with most hits
 * first (a paragraph of text before a rating or table row), then the others in document order.
 * When none has a word of the query (it is in a paragraph without the filters picked), the first
 * paragraph with the filters, so the result still opens where they apply.
 */
export function rankParagraphs(meta: PassageMeta, matches: readonly ParagraphMatch[], picked: ReadonlyMap<FilterKey, ReadonlySet<string>>): ParagraphMatch[] {
  const eligible = matches.filter((m) => {
    const p = meta.paragraphs[m.index];
    return !!p && matchesFilters(meta, p, picked);
  });
  const most = Math.max(0, ...eligible.map((m) => m.covered));
  const shown = eligible.filter((m) => m.covered === most && m.hits.length > 0);
  if (most === 0 || !shown.length) {
    const first = eligible[0]?.index ?? 0;
    return [{ index: first, hits: [], covered: 0 }];
  }
  const text = shown.filter((m) => !isSummaryParagraph(meta, meta.paragraphs[m.index] as Paragraph));
  const best = (text.length ? text : shown).reduce((a, b) => (b.hits.length > a.hits.length ? b : a));
  return [best, ...shown.filter((x) => x !== best)];
}

/** Pagefind's word locations in a passage, by paragraph, counted from each paragraph's start. */
export function locationsByParagraph(paragraphs: readonly Paragraph[], locations: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const l of locations) {
    const i = paragraphAt(paragraphs, l);
    if (i < 0) continue;
    const list = out.get(i) ?? [];
    list.push(l - (paragraphs[i] as Paragraph).start);
    out.set(i, list);
  }
  return out;
}
