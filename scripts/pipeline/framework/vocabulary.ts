// The words documents are read by are data: the headings that open each section
// (data/headings.yaml) and the word lists (data/words.yaml), read once through the data-file
// reader. Matching is by the words alone: case, emphasis, spacing and a trailing colon aside.
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { loadDataList, type DataListOptions } from '../../../core/data-file';

const phrase = z.string().trim().min(1);
const unique = <T>(key: (x: T) => string, what: string, field: string) => (xs: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  xs.forEach((x, i) => {
    const k = key(x);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, field], message: `a second ${what} ${k}` });
    seen.add(k);
  });
};

export const SectionHeadings = z
  .strictObject({
    section: z.string().regex(/^[a-z][a-z-]*$/, 'a name in lower case with hyphens'),
    headings: z.array(phrase).default([]),
    openings: z.array(phrase).default([]),
  })
  .refine((s) => s.headings.length + s.openings.length > 0, 'no headings nor openings');
export type SectionHeadings = z.infer<typeof SectionHeadings>;
export const HeadingsFile = z.array(SectionHeadings).superRefine(unique((s: SectionHeadings) => s.section, 'section', 'section'));

export const WordList = z.strictObject({
  list: z.string().regex(/^[a-z][a-z-]*$/, 'a name in lower case with hyphens'),
  words: z.array(phrase).min(1),
});
export type WordList = z.infer<typeof WordList>;
export const WordsFile = z.array(WordList).superRefine(unique((w: WordList) => w.list, 'list', 'list'));

export const HEADINGS_FILE = fileURLToPath(new URL('../../../data/headings.yaml', import.meta.url));
export const WORDS_FILE = fileURLToPath(new URL('../../../data/words.yaml', import.meta.url));

const named = (field: string, what: string) => (raw: unknown, index: number) => {
  const v = (raw as Record<string, unknown> | undefined)?.[field];
  return `${what} ${index + 1}${typeof v === 'string' ? ` (${v})` : ''}`;
};
export const HEADINGS_DATA: DataListOptions<SectionHeadings> = { schema: HeadingsFile, shape: 'a list of sections and their headings', name: named('section', 'section') };
export const WORDS_DATA: DataListOptions<WordList> = { schema: WordsFile, shape: 'a list of word lists', name: named('list', 'list') };

const SECTIONS = loadDataList(HEADINGS_FILE, HEADINGS_DATA);
const LISTS = loadDataList(WORDS_FILE, WORDS_DATA);

/** A heading's words as the vocabulary compares them. */
export const headingKey = (text: string): string =>
  text
    .replace(/\*\*|<\/?b>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .toLowerCase();

/** The most a heading goes on after an opening ("Annexe" + " one – Web links"). */
const OPENING_TAIL = 80;

function opens(key: string, opening: string): boolean {
  if (!key.startsWith(opening)) return false;
  const rest = key.slice(opening.length);
  return rest === '' || (/^\s/.test(rest) && rest.length <= OPENING_TAIL + 1);
}

const byHeading = new Map<string, string>();
for (const s of SECTIONS) for (const h of s.headings) if (!byHeading.has(headingKey(h))) byHeading.set(headingKey(h), s.section);
const openings = SECTIONS.flatMap((s) => s.openings.map((o) => ({ opening: headingKey(o), section: s.section })));

/** The section a heading opens, by its words; null when the vocabulary has no such heading. */
export function sectionOf(text: string): string | null {
  const key = headingKey(text);
  return byHeading.get(key) ?? openings.find((o) => opens(key, o.opening))?.section ?? null;
}

/** Whether a heading opens one of `sections`. */
export const opensOneOf = (text: string, sections: readonly string[]): boolean => {
  const s = sectionOf(text);
  return s !== null && sections.includes(s);
};

/** A word list by its name; a reader asking for a list the file lacks is a defect. */
export function wordList(name: string): readonly string[] {
  const list = LISTS.find((l) => l.list === name);
  if (!list) throw new Error(`data/words.yaml has no list ${name}`);
  return list.words;
}

/** A section the file must name, for a reader that depends on it. */
export function requireSection(name: string): string {
  if (!SECTIONS.some((s) => s.section === name)) throw new Error(`data/headings.yaml has no section ${name}`);
  return name;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching any phrase of a list, spaces as any white space: `(?:yours\s+sincerely|…)`. */
export const alternation = (words: readonly string[]): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|')})`;
