// Passages: what a search record is (shared by the index builder and the search page).
//
// Pagefind loads, before any search, a metadata file listing every record of the index (~6 bytes
// a record compressed). With a record per finding that file was 1.2 MB at 1,000 documents (190
// records a document), four times the 300 kB a whole search may transfer. So a record is a
// *passage*: consecutive findings of one document, up to about PASSAGE_WORDS words (~11 records
// a document). Its content is its findings' texts in order, each followed by its synonym tail;
// its filters are the union of its findings' filters; and its metadata `p` says where each
// finding's words are, what its permalink is and which of the filter values are its own. The
// search page then opens each result at the paragraph (finding) whose words matched, among
// those that have every filter picked, so a result still opens at the exact paragraph.
//
// A result is a passage: the result count and the filter counts count passages.
import type { FilterKey } from './search-filters';

/** Words of visible text a passage grows to before a new one starts (a finding is never split). */
export const PASSAGE_WORDS = 800;

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

// Pagefind indexes the words of a record's metadata too (a query word found only there matches
// the record with no location in its text), so the paragraphs' data is written as one run of
// digits, which no query of words can match: each number as its count of digits then its digits
// ("12" → "212"), a list as its length then its numbers. An anchor p-<8 hex digits>[-n] is three
// numbers. The labels, which are words of the document's own headings, are a meta field of their
// own (`l`), and a paragraph's filter values are indices into the record's filters, each key's
// values sorted.

/** Filter keys in the order paragraphs refer to them. */
export const PASSAGE_FILTER_KEYS: readonly FilterKey[] = ['document', 'region', 'pdu', 'standard', 'theme', 'finding', 'rating'];

const ANCHOR = /^p-([0-9a-f]{4})([0-9a-f]{4})(?:-(\d+))?$/;

function num(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new Error(`search passage: cannot encode ${n}`);
  const s = String(n);
  return `${s.length}${s}`;
}

const list = (xs: readonly number[]) => num(xs.length) + xs.map(num).join('');

/** "3-5 9" → [3, 5, 9, 9]: ranges as pairs. */
function rangePairs(amb: string): number[] {
  return amb.split(' ').filter(Boolean).flatMap((r) => {
    const [a, b] = r.split('-').map(Number);
    return [a as number, (b ?? a) as number];
  });
}

/** The record's metadata: `p`, the paragraphs as digits, and `l`, their labels (JSON). */
export function encodePassage(meta: PassageMeta): { p: string; l: string } {
  const labels: string[] = [];
  const sorted = new Map<FilterKey, string[]>();
  for (const key of PASSAGE_FILTER_KEYS) sorted.set(key, [...new Set(meta.values.filter(([k]) => k === key).map(([, v]) => v))].sort());
  let out = '9' + num(meta.paragraphs.length);
  for (const para of meta.paragraphs) {
    const m = ANCHOR.exec(para.anchor);
    if (!m) throw new Error(`search passage: the anchor ${para.anchor} is not p-<8 hex digits>[-n]`);
    let label = labels.indexOf(para.label);
    if (label < 0) label = labels.push(para.label) - 1;
    const values = para.values.flatMap((v) => {
      const [key, value] = meta.values[v] as [FilterKey, string];
      return [PASSAGE_FILTER_KEYS.indexOf(key), (sorted.get(key) as string[]).indexOf(value)];
    });
    out += num(parseInt(m[1] as string, 16)) + num(parseInt(m[2] as string, 16)) + num(m[3] ? Number(m[3]) : 0);
    out += num(label) + num(para.start) + num(para.visible) + num(para.tail) + list(para.seg) + list(rangePairs(para.amb)) + list(values);
  }
  return { p: out, l: JSON.stringify(labels) };
}

/** The paragraphs of a result, from its `p` and `l` metadata and its filters. */
export function decodePassage(p: string, l: string, filters: Partial<Record<string, string[]>>): PassageMeta {
  let i = 1; // after the leading 9
  const next = () => {
    const d = Number(p[i]);
    const n = Number(p.slice(i + 1, i + 1 + d));
    i += 1 + d;
    return n;
  };
  const nextList = () => Array.from({ length: next() }, next);
  const labels = JSON.parse(l) as string[];
  const values: [FilterKey, string][] = [];
  const index = new Map<string, number>();
  const valueOf = (k: number, v: number): number => {
    const key = PASSAGE_FILTER_KEYS[k] as FilterKey;
    const value = [...(filters[key] ?? [])].sort()[v] ?? '';
    const id = `${key}\u0000${value}`;
    if (!index.has(id)) index.set(id, values.push([key, value]) - 1);
    return index.get(id) as number;
  };
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const paragraphs: Paragraph[] = Array.from({ length: next() }, () => {
    const hi = next();
    const lo = next();
    const suffix = next();
    const anchor = `p-${hex(hi)}${hex(lo)}${suffix ? `-${suffix}` : ''}`;
    const label = labels[next()] ?? '';
    const start = next();
    const visible = next();
    const tail = next();
    const seg = nextList();
    const pairs = nextList();
    const amb: string[] = [];
    for (let j = 0; j + 1 < pairs.length; j += 2) amb.push(pairs[j] === pairs[j + 1] ? String(pairs[j]) : `${pairs[j]}-${pairs[j + 1]}`);
    const refs = nextList();
    const own: number[] = [];
    for (let j = 0; j + 1 < refs.length; j += 2) own.push(valueOf(refs[j] as number, refs[j + 1] as number));
    return { anchor, label, start, visible, tail, seg, amb: amb.join(' '), values: own };
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

/**
 * The paragraphs a result shows, best first: among those with every filter picked, the ones
 * with the most of the query's words (all of them, usually); of those, the one with most hits
 * first, then the others in document order. When none has a word of the query (it is in a
 * paragraph without the filters picked), the first paragraph with the filters, so the result
 * still opens where they apply.
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
  const best = shown.reduce((a, b) => (b.hits.length > a.hits.length ? b : a));
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
