// Short extracts of a finding for a page that lists many (a theme's): the sentence that names
// the subject, cut to about a line or two, with an ellipsis wherever the finding goes on. The
// finding itself, whole, is one click away (its locator links its permalink), so a listing stays
// readable at a glance and within its page budget.
import { abbrPattern, phrasePattern } from '../client/search-core';

/** Words an extract holds at most. */
export const EXTRACT_WORDS = 40;

/** What a subject is called: a theme's name, terms and abbreviations. */
export interface Subject {
  name: string;
  terms: readonly string[];
  abbreviations: readonly string[];
}

/** Where the first name of the subject occurs in a text, or -1. */
export function firstMention(text: string, subject: Subject): number {
  let at = -1;
  const consider = (re: RegExp) => {
    const m = re.exec(text);
    if (m && (at < 0 || m.index < at)) at = m.index;
  };
  for (const p of [subject.name, ...subject.terms]) consider(phrasePattern(p));
  for (const a of subject.abbreviations) consider(abbrPattern(a));
  return at;
}

/** Sentence starts: after a full stop, question or exclamation mark and a space, before a capital, digit or quote. */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;

/**
 * The extract of a finding's text for a subject: the whole text when it is short; else the
 * sentence that first names the subject (the first sentence when none does), cut around the
 * mention when the sentence alone is too long, with "…" where text is left out.
 */
export function extractFor(text: string, subject: Subject, max = EXTRACT_WORDS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.split(' ').length <= max) return clean;
  const at = Math.max(0, firstMention(clean, subject));
  // the sentence holding the mention
  let start = 0;
  let end = clean.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(clean); m; m = SENTENCE_END.exec(clean)) {
    const next = m.index + m[0].length;
    if (next <= at) start = next;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  let from = start;
  let to = end;
  const words = clean.slice(start, end).split(' ');
  if (words.length > max) {
    // a window of `max` words, the mention a quarter of the way in
    const before = clean.slice(start, at).split(' ').length - 1;
    const first = Math.max(0, Math.min(before - Math.floor(max / 4), words.length - max));
    const offsets: number[] = [];
    let pos = start;
    for (const w of words) {
      offsets.push(pos);
      pos += w.length + 1;
    }
    from = offsets[first] as number;
    const last = first + max - 1;
    to = (offsets[last] as number) + (words[last] as string).length;
  }
  const body = clean.slice(from, to).replace(/[,;:]$/, '');
  return `${from > 0 ? '… ' : ''}${body}${to < clean.length ? ' …' : ''}`;
}
