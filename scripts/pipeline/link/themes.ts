// A pure tagger that decides which themes of a taxonomy a piece of text is about. The
// taxonomy itself is data: data/themes.yaml (see docs/themes.md), read by theme-data.ts.
//
// Matching rules, in short:
// - `terms` are lower-case phrases matched case-insensitively, on word boundaries, after both the
//   text and the term are normalised the same way: markup and footnote markers removed, curly
//   quotes made straight, `&` read as "and", hyphens and other punctuation read as spaces (so
//   "domestic-abuse-related" contains "domestic abuse", "multi-agency" equals "multi agency").
//   An apostrophe survives only inside a word ("children's"); quote marks become spaces.
//   A term also matches with a plural "s" or a possessive "'s" after it. Other inflections
//   (vacancy/vacancies, agency/agencies) are listed explicitly, because there is no stemmer.
// - `abbreviations` are matched case-sensitively as whole words (no letter or digit on either
//   side), with an optional plural "s" or possessive "'s": "PF" matches "the PF" and "PF's" but
//   not "EPF1"; "DA" matches "DA" but not "DATA" or "da".
// - A few themes carry private exclusions: phrases blanked out of the text before that theme's
//   terms are matched, where a cheap rule avoids a known false positive from the seeds (a
//   provider called "Women in Prison", the "HM Prison and Probation Service", "education,
//   training and employment" for the training theme...). The taxonomy file gives the reason
//   for each.
import type { ThemeDefinition } from '../../../core/schemas';
import { abbreviationRegExp, escapeRegExp } from '../../../core/abbreviation';

// ---------------------------------------------------------------------------------------------
// Text preparation

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u209f]+/g;

/** Index of the first `>` at or after each position (-1: none), one right-to-left pass. */
function nextGreaterThan(text: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === '>' ? i : next[i + 1]!;
  return next;
}

/**
 * `text.replace(/<sup\b[^>]*>.*?<\/sup>/gis, '')`, in linear time: the regex scans to the end of
 * the text from every `<sup` that has no `</sup>` after it (quadratic on a line of 16,000 `<sup>`).
 */
export function removeSupElements(text: string): string {
  const gt = nextGreaterThan(text);
  const open = /<sup\b/gi;
  const close = /<\/sup>/gi;
  let out = '';
  let at = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const end = gt[m.index + 4]!;
    if (end < 0) break; // no `>` after this `<sup`: none after any later one either
    close.lastIndex = end + 1;
    const c = close.exec(text);
    if (!c) break; // no `</sup>` after it: none after any later one either
    out += text.slice(at, m.index);
    at = c.index + c[0].length;
    open.lastIndex = at;
  }
  return out + text.slice(at);
}

/** `text.replace(/<\/?[a-z][^>]*>/gi, by)`, in linear time (the regex is quadratic on `<a<a<a…`). */
export function replaceTags(text: string, by: string): string {
  const gt = nextGreaterThan(text);
  const start = /<\/?[a-z]/gi;
  let out = '';
  let at = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = gt[m.index + m[0].length]!;
    if (end < 0) break;
    out += text.slice(at, m.index) + by;
    at = end + 1;
    start.lastIndex = at;
  }
  return out + text.slice(at);
}

/**
 * Text without markup: footnote markers (`<sup>…</sup>`, Unicode superscripts) removed, other HTML
 * tags replaced by a space, common entities decoded, curly quotes made straight.
 */
export function stripMarkup(text: string): string {
  return replaceTags(removeSupElements(text), ' ')
    .replace(SUPERSCRIPTS, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u2018\u2019\u02bc\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
}

/**
 * Lower-cased text as space-separated tokens of letters, digits and word-internal apostrophes,
 * with a space at each end so that every token is bounded by spaces.
 */
function normaliseForTerms(text: string): string {
  const folded = stripMarkup(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '\u0000')
    .replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
    .replace(/\u0000/g, "'")
    .trim();
  return ` ${folded} `;
}

/** One regular expression for a list of normalised phrases, each allowed a plural or possessive "s". */
function phraseRegExp(phrases: readonly string[], flags: string): RegExp | null {
  const normalised = [...new Set(phrases.map((p) => normaliseForTerms(p).trim()).filter((p) => p.length > 0))];
  if (normalised.length === 0) return null;
  normalised.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(`(?<= )(?:${normalised.map(escapeRegExp).join('|')})(?:s|'s)?(?= )`, flags);
}

interface CompiledTheme {
  id: string;
  terms: RegExp | null;
  exclusions: RegExp | null;
  abbreviations: RegExp[];
}

export interface ThemeTagger {
  /** Sorted ids of the themes whose terms or abbreviations occur in the text. */
  tag(text: string): string[];
  /** All search terms for a theme (its name, terms and abbreviations), for use as search synonyms. */
  termsFor(id: string): string[];
}

/** A tagger for a taxonomy: each theme's phrases compiled once into a few regular expressions. */
export function createTagger(themes: readonly ThemeDefinition[]): ThemeTagger {
  const compiled: readonly CompiledTheme[] = themes.map((theme) => ({
    id: theme.id,
    terms: phraseRegExp(theme.terms, ''),
    exclusions: phraseRegExp(theme.exclusions.flatMap((e) => e.phrases), 'g'),
    abbreviations: theme.abbreviations.map((a) => abbreviationRegExp(a)),
  }));
  return {
    tag(text) {
      const normalised = normaliseForTerms(text);
      const plain = stripMarkup(text);
      const found: string[] = [];
      for (const theme of compiled) {
        const haystack = theme.exclusions ? normalised.replace(theme.exclusions, ' ') : normalised;
        if ((theme.terms && theme.terms.test(haystack)) || theme.abbreviations.some((re) => re.test(plain))) {
          found.push(theme.id);
        }
      }
      return found.sort();
    },
    termsFor(id) {
      const theme = themes.find((t) => t.id === id);
      if (!theme) throw new Error(`unknown theme id: ${id}`);
      return [...new Set([theme.name, ...theme.terms, ...theme.abbreviations])];
    },
  };
}
