// Pure search logic shared by the index builder (scripts/search/build-index.ts, in Node) and the
// search page (src/client/search.ts, in the browser): tokens, synonyms, the text fragment that
// opens a result at the searched words, and excerpts. No DOM and no Node APIs here, so it can be
// unit-tested and bundled for the browser alike.
//
// Vocabulary
// - A finding's *visible text* is the text of its element on the report page, as the browser
//   renders it (the index builder reads it from the built HTML). The index stores it as the
//   record's content, followed by a *synonym tail* (see synonymTail) that is indexed but never
//   shown: meta `n` says how many tokens of the content are visible.
// - A *token* is a run of non-whitespace characters, as Pagefind splits content for its word
//   positions (`locations`), so token i here is word i for Pagefind.

// ---------------------------------------------------------------------------------------------
// Tokens

export interface Token {
  /** The token as written, punctuation included. */
  text: string;
  start: number;
  end: number;
}

/** Pagefind's own word separator (pagefind.js `word_separators`): whitespace except U+FEFF. */
const SEPARATOR = /[^\S\uFEFF]+/g;

/** Tokens of a text, in order; token i is Pagefind's word position i. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    if (m.index > last) tokens.push({ text: text.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last), start: last, end: text.length });
  return tokens;
}

/** Pagefind's token list of the stored content (which it stores with whitespace collapsed). */
export function pagefindWords(content: string): string[] {
  return content.split(SEPARATOR);
}

// ---------------------------------------------------------------------------------------------
// Text fragments

/** Words of context on each side of the searched words in a text fragment. */
export const CONTEXT_WORDS = 3;

/**
 * The token range a text directive with CONTEXT_WORDS of context around token `i` would cover,
 * clipped to the finding and to its segment (table cells and lines are segments: the browser
 * does not match a directive's parts across them, so context never crosses a segment start).
 * `segStarts` are the token indices where a new segment starts, ascending.
 */
export function contextRange(i: number, j: number, count: number, segStarts: readonly number[], k = CONTEXT_WORDS): [number, number] {
  const [segStart, segEnd] = segmentOf(i, count, segStarts);
  return [Math.max(segStart, i - k), Math.min(segEnd, j + k)];
}

/** The first and last token of the segment holding token i. */
export function segmentOf(i: number, count: number, segStarts: readonly number[]): [number, number] {
  let segStart = 0;
  let segEnd = count - 1;
  for (const s of segStarts) {
    if (s <= i) segStart = s;
    else {
      segEnd = s - 1;
      break;
    }
  }
  return [segStart, segEnd];
}

/** Lower-cased tokens joined by single spaces: how windows are compared with the page's text. */
export function windowKey(tokens: readonly string[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .join(' ')
    .toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Encodes one part of a text directive: percent-encoding, plus `-`, `,` and `&` (syntax there). */
export function encodeDirectivePart(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/**
 * A text directive (`:~:text=prefix-,start,-suffix`) that selects tokens i..j of the visible
 * text, with up to CONTEXT_WORDS tokens of prefix and suffix from the same text so that the
 * browser chooses this occurrence. Punctuation stuck to the first or last token goes to the
 * prefix or suffix, so the highlight covers words only. Returns '' when the range holds no word.
 */
export function textDirective(tokens: readonly Token[], text: string, i: number, j: number, segStarts: readonly number[]): string {
  const first = tokens[i];
  const last = tokens[j];
  if (!first || !last) return '';
  let s = first.start;
  while (s < last.end && !WORD_CHAR.test(text[s] ?? '')) s++;
  let e = last.end;
  while (e > s && !WORD_CHAR.test(text[e - 1] ?? '')) e--;
  if (e <= s) return '';
  const [from, to] = contextRange(i, j, tokens.length, segStarts);
  const squash = (x: string) => x.replace(/\s+/g, ' ').trim();
  const prefix = squash(text.slice(tokens[from]?.start ?? s, s));
  const start = squash(text.slice(s, e));
  const suffix = squash(text.slice(e, tokens[to]?.end ?? e));
  return (
    ':~:text=' +
    (prefix ? `${encodeDirectivePart(prefix)}-,` : '') +
    encodeDirectivePart(start) +
    (suffix ? `,-${encodeDirectivePart(suffix)}` : '')
  );
}

// ---------------------------------------------------------------------------------------------
// Synonyms

/**
 * Terms that mean the same: abbreviations (matched in text case-sensitively, as whole words,
 * with an optional plural or possessive "s") and phrases (matched case-insensitively, ignoring
 * punctuation and hyphens, with an optional plural "s").
 */
export interface SynonymGroup {
  abbr: string[];
  phrases: string[];
}

export interface SynonymTable {
  version: 1;
  groups: SynonymGroup[];
}

/** Lower case, `&` as "and", curly quotes straight, anything but letters, digits and inner apostrophes as one space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '\u0000')
    .replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
    .replace(/\u0000/g, "'")
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds an abbreviation, case-sensitively and as a whole word (plural or possessive "s" allowed). */
export function abbrPattern(abbr: string): RegExp {
  const body = escapeRegExp(abbr).replace(/&/g, '&(?:amp;)?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|['\u2019]s)?(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Finds a phrase in running text, case-insensitively: its words in order, separated by anything
 * that is not a letter or digit (so "multi-agency" matches "multi agency" and "multi‑agency"),
 * and "and" also matching "&". The last word may take a plural or possessive "s".
 */
export function phrasePattern(phrase: string): RegExp {
  const words = normalise(phrase).split(' ').filter(Boolean);
  const parts = words.map((w) => (w === 'and' ? '(?:and|&(?:amp;)?)' : escapeRegExp(w).replace(/'/g, "['\u2019]")));
  const sep = "[^\\p{L}\\p{N}]+";
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join(sep)}(?:s|['\u2019]s)?(?![\\p{L}\\p{N}])`, 'giu');
}

export interface Span {
  start: number;
  end: number;
}

/** Patterns compiled once: a search page matches a query's groups in every paragraph it shows. */
const compiled = new Map<string, RegExp>();
function cachedPattern(kind: 'a' | 'p', term: string): RegExp {
  const key = `${kind}\u0000${term}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = kind === 'a' ? abbrPattern(term) : phrasePattern(term)));
  return re;
}

/** Every occurrence of the group's terms in a text. */
export function findSynonyms(text: string, group: SynonymGroup): Span[] {
  const spans: Span[] = [];
  // matchAll works on a copy of the pattern, so a cached one keeps no state between texts
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) if (m.index !== undefined) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  group.abbr.forEach((a) => add(cachedPattern('a', a)));
  group.phrases.forEach((p) => add(cachedPattern('p', p)));
  return spans;
}

/**
 * The words to index with a finding but not show: for each synonym group with a term in the
 * text, the group's other terms. "DA" in a text adds "domestic abuse"; "multi-agency public
 * protection arrangements" adds "MAPPA". So one Pagefind search for either term finds both.
 */
export function synonymTail(text: string, table: SynonymTable): string {
  const add: string[] = [];
  for (const g of table.groups) {
    const present = (re: RegExp) => re.test(text);
    const abbr = g.abbr.map((a) => [a, present(abbrPattern(a))] as const);
    const phrases = g.phrases.map((p) => [p, present(phrasePattern(p))] as const);
    if (![...abbr, ...phrases].some(([, here]) => here)) continue;
    for (const [t, here] of [...abbr, ...phrases]) if (!here && !add.includes(t)) add.push(t);
  }
  return add.join(' ');
}

/**
 * The form of a query to give Pagefind. Pagefind matches the last word of a query as a prefix
 * (for search as you type), which for a short abbreviation finds mostly other words ("DA":
 * "data", "date"); a query that is just a short abbreviation is searched as an exact word.
 */
export function pagefindQuery(query: string, table: SynonymTable): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const lower = q.toLowerCase();
  if (q.length <= 3 && !q.includes('"') && table.groups.some((g) => g.abbr.some((a) => a.toLowerCase() === lower))) return `"${q}"`;
  return q;
}

/**
 * The groups a query is about: those with a term whose normalised words occur in the
 * normalised query as whole words (case-insensitive, as Pagefind's own matching is).
 */
export function groupsForQuery(query: string, table: SynonymTable): SynonymGroup[] {
  const q = ` ${normalise(query)} `;
  if (!q.trim()) return [];
  return table.groups.filter((g) => [...g.abbr, ...g.phrases].some((t) => {
    const n = normalise(t);
    return n !== '' && (q.includes(` ${n} `) || q.includes(` ${n}s `));
  }));
}

/**
 * What else a query was searched for, in words a newcomer understands: "Also searched for
 * “domestic abuse”, which DA stands for." / "Also searched for “DA”, short for domestic abuse." /
 * "Also searched for “child”, another form of “children”." Empty when the query stands for
 * nothing else.
 */
export function explainSynonyms(query: string, groups: readonly SynonymGroup[]): string {
  const q = ` ${normalise(query)} `;
  const typed = (t: string) => {
    const n = normalise(t);
    return n !== '' && (q.includes(` ${n} `) || q.includes(` ${n}s `));
  };
  const quote = (ts: string[]) => ts.map((t) => `“${t}”`).join(' and ');
  const out: string[] = [];
  for (const g of groups) {
    const abbr = g.abbr.filter(typed);
    const phrases = g.phrases.filter(typed);
    if (g.abbr.length === 0) {
      // forms of one word (child, children)
      const others = g.phrases.filter((p) => !typed(p));
      if (phrases.length && others.length) out.push(`Also searched for ${quote(others)}, another form of “${phrases[0]}”.`);
    } else if (abbr.length) {
      const others = g.phrases.filter((p) => !typed(p)).slice(0, 1);
      if (others.length) out.push(`Also searched for ${quote(others)}, which ${abbr[0]} stands for.`);
    } else if (phrases.length) {
      out.push(`Also searched for ${quote(g.abbr.slice(0, 2))}, short for ${phrases[0]}.`);
    }
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Hits, the directive to open a result at, and excerpts

/** Runs of consecutive hit tokens [i, j], from token-level hits (Pagefind locations, synonym spans). */
export function hitRuns(hits: ReadonlySet<number>): [number, number][] {
  const sorted = [...hits].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const h of sorted) {
    const lastRun = runs[runs.length - 1];
    if (lastRun && h === lastRun[1] + 1) lastRun[1] = h;
    else runs.push([h, h]);
  }
  return runs;
}

/** Token indices overlapped by character spans. */
export function tokensOfSpans(tokens: readonly Token[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const sp of spans) {
    tokens.forEach((t, i) => {
      if (t.start < sp.end && t.end > sp.start) out.add(i);
    });
  }
  return out;
}

export interface Target {
  /** Token range of the words to highlight on the report page, or null when none is safe. */
  run: [number, number] | null;
  /** `:~:text=…`, or '' when no directive is safe (the permalink alone still shows :target). */
  directive: string;
}

/**
 * Chooses where a result opens: the longest run of hit tokens (the searched phrase as a whole if
 * it is there), earliest first, that the browser will find here first: the directive covers the
 * window of each token of the run, so the run is safe when one of them is not in `ambiguous`
 * (windows that also occur earlier on the report page, where the browser would highlight them
 * instead). Segment starts keep the context within a table cell or line.
 */
export function chooseTarget(
  text: string,
  tokens: readonly Token[],
  hits: ReadonlySet<number>,
  ambiguous: ReadonlySet<number>,
  segStarts: readonly number[],
): Target {
  const runs = hitRuns(hits).filter(([i, j]) => j < tokens.length && i >= 0);
  runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  for (const [i, j] of runs) {
    // keep the run inside one segment
    const jj = Math.min(j, segmentOf(i, tokens.length, segStarts)[1]);
    // the directive covers the window of every token of the run: one unique window is enough
    let unique = false;
    for (let m = i; m <= jj && !unique; m++) unique = !ambiguous.has(m);
    if (!unique) continue;
    const directive = textDirective(tokens, text, i, jj, segStarts);
    if (directive) return { run: [i, jj], directive };
  }
  return { run: null, directive: '' };
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `length` tokens of the text around `focus` (a token index), with the hit
 * tokens marked; consecutive marked tokens form one mark. Ellipses where the text is cut.
 */
export function excerpt(text: string, tokens: readonly Token[], hits: ReadonlySet<number>, focus: number, length = 34): ExcerptPart[] {
  if (tokens.length === 0) return [];
  let from = Math.max(0, focus - Math.floor(length / 3));
  const to = Math.min(tokens.length - 1, from + length - 1);
  from = Math.max(0, Math.min(from, to - length + 1));
  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => {
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += s;
    else parts.push({ text: s, mark });
  };
  if (from > 0) push('… ', false);
  let openMark = false; // the previous token ended inside a mark
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    // leave punctuation around a marked word unmarked
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(t.text);
    const [, pre = '', word = t.text, post = ''] = m ?? [];
    const marked = hits.has(i) && word !== '';
    if (i > from) push(' ', openMark && marked && !pre);
    if (marked) {
      if (pre) push(pre, false);
      push(word, true);
      if (post) push(post, false);
      openMark = !post;
    } else {
      push(t.text, false);
      openMark = false;
    }
  }
  if (to < tokens.length - 1) push(' …', false);
  return parts;
}

/**
 * Results in the order the reader expects, the same results (nothing added or lost): those with
 * the query's words together (`phrase`, when the query has several words) before those with them
 * apart; then the inspectorate's findings before the groups of `later` (the action plans'
 * passages: src/client/search-passage.ts); within each, Pagefind's order; front matter and
 * ratings tables (scored 0) last. Pagefind gives every result of a quoted search the same score, in the order
 * the records were indexed (by document id), so its phrase search only says which results have
 * the phrase, never how well they match.
 */
export function rankResults<T extends { id: string; score?: number }>(results: readonly T[], phrase: readonly { id: string }[], later: readonly (readonly { id: string }[])[] = []): T[] {
  const together = new Set(phrase.map((r) => r.id));
  const group = new Map<string, number>();
  later.forEach((rs, i) => rs.forEach((r) => group.has(r.id) || group.set(r.id, i + 1)));
  // a result scored 0 has its words only where the index gives them no weight (front matter and
  // ratings tables, FRONT_WEIGHT): after every other, whatever it has
  const unweighted = (r: T) => (r.score === 0 ? 1 : 0);
  return results
    .map((r, i) => ({ r, i, last: unweighted(r), apart: together.has(r.id) ? 0 : 1, group: group.get(r.id) ?? 0 }))
    .sort((a, b) => a.last - b.last || a.apart - b.apart || a.group - b.group || a.i - b.i)
    .map((x) => x.r);
}
