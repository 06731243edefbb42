// The glossary of abbreviations used in the inspection documents is data (data/glossary.yaml,
// with the sources of its entries), read once through the data-file reader; this module sorts
// it and finds its abbreviations in text, so pages can mark an abbreviation's first use with
// <abbr title="…">. Matching is case-sensitive and whole-word (abbreviationRegExp, core/abbreviation.ts).
import { z } from 'astro/zod';
import { dataFile, loadDataList, type DataListOptions } from './data-file';
import { abbreviationRegExp } from './abbreviation';

export const GlossaryEntry = z
  .object({
    /** The abbreviation exactly as documents write it (case matters). */
    abbr: z.string().min(1),
    /** What it stands for, as the documents give it. */
    expansion: z.string().min(1),
    /** Ids of themes (data/themes.yaml) the abbreviation belongs to; empty for general terms. */
    themes: z.array(z.string()),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const GlossaryEntries = z.array(GlossaryEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.abbr)) ctx.addIssue({ code: 'custom', path: [i, 'abbr'], message: `${e.abbr} is listed twice` });
    seen.add(e.abbr);
  });
});

/** The project's glossary file. */
export const GLOSSARY_FILE = dataFile('glossary.yaml');

const GLOSSARY_DATA: DataListOptions<GlossaryEntry> = {
  schema: GlossaryEntries,
  shape: 'a list of abbreviations',
  name: (raw, index) => {
    const abbr = (raw as { abbr?: unknown } | undefined)?.abbr;
    return `entry ${index + 1}${typeof abbr === 'string' ? ` (${abbr})` : ''}`;
  },
};

/** The glossary file at `path`, validated, in the file's order. */
export const loadGlossary = (path: string = GLOSSARY_FILE, cwd = process.cwd()): GlossaryEntry[] => loadDataList(path, GLOSSARY_DATA, cwd);

/** Order of the glossary: by abbreviation, ignoring case, then by exact spelling. */
export function compareAbbr(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const GLOSSARY: GlossaryEntry[] = loadGlossary().sort((x, y) => compareAbbr(x.abbr, y.abbr));

const PATTERNS: readonly { abbr: string; re: RegExp }[] = GLOSSARY.map((e) => ({
  abbr: e.abbr,
  re: abbreviationRegExp(e.abbr, 'g'),
}));

export interface AbbreviationUse {
  abbr: string;
  /** Offset of the first occurrence in the text as given. */
  index: number;
  /** The text matched there, e.g. "SPOs" for SPO, "ED&amp;I" for ED&I. */
  match: string;
}

/**
 * The first occurrence of each glossary abbreviation in the text (case-sensitive, whole word,
 * plural or possessive "s" allowed), in order of position.
 */
export function locateAbbreviations(text: string): AbbreviationUse[] {
  const uses: AbbreviationUse[] = [];
  for (const { abbr, re } of PATTERNS) {
    const first = text.matchAll(re).next();
    if (!first.done) uses.push({ abbr, index: first.value.index, match: first.value[0] });
  }
  return uses.sort((a, b) => a.index - b.index || compareAbbr(a.abbr, b.abbr));
}

/** Glossary abbreviations occurring in the text, in order of first occurrence. */
export function findAbbreviations(text: string): string[] {
  return locateAbbreviations(text).map((u) => u.abbr);
}

/** The glossary entry for an abbreviation, or undefined. */
export function glossaryEntry(abbr: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.abbr === abbr);
}
