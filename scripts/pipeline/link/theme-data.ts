// The theme taxonomy is data (data/themes.yaml, edited by people who know the domain: see
// docs/themes.md). This module reads and validates it with the shared schema, and offers the
// project's own taxonomy, read once, with its tagger.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { ThemeTaxonomy, type ThemeDefinition } from '../../../src/schemas';
import { createTagger } from './themes';

/** The project's taxonomy file. */
export const THEMES_FILE = fileURLToPath(new URL('../../../data/themes.yaml', import.meta.url));

export class ThemeFileError extends Error {}

/** 1-based line of the `index`-th top-level list item, and of its `field:` when given. */
function lineOf(lines: string[], index: number, field?: string): number {
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('- ')) continue;
    if (++seen < index) continue;
    if (field === undefined) return i + 1;
    for (let j = i; j < lines.length && (j === i || !lines[j]!.startsWith('- ')); j++) {
      if (new RegExp(`^(?:- |  )${field}:`).test(lines[j]!)) return j + 1;
    }
    return i + 1;
  }
  return 1;
}

/**
 * The taxonomy in `text` (YAML), validated. Errors name the file, the line and the reason:
 * "data/themes.yaml:40: theme 3 (mappa): terms.2: expected string".
 */
export function parseThemes(text: string, shown: string): ThemeDefinition[] {
  let raw: unknown;
  try {
    raw = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message : String(e));
    throw new ThemeFileError(`${shown}:${(mark?.line ?? 0) + 1}: not valid YAML: ${reason}`);
  }
  const parsed = ThemeTaxonomy.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const index = first.path[0];
  if (typeof index !== 'number') throw new ThemeFileError(`${shown}:1: ${first.message} (the file is a list of themes)`);
  // Every problem of that theme, at the line of the first: a misspelt field is both a missing
  // field and an unknown one, and the reader needs to see both.
  const problems = parsed.error.issues
    .filter((i) => i.path[0] === index)
    .map((i) => {
      if (i.code === 'unrecognized_keys') return { field: i.keys[0], text: `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}` };
      const path = i.path.slice(1).join('.');
      return { field: i.path[1], text: path ? `${path}: ${i.message}` : i.message };
    });
  const id = Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined)?.id : undefined;
  const where = `theme ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
  const field = problems[0]!.field;
  const line = lineOf(text.split(/\r?\n/), index, typeof field === 'string' ? field : undefined);
  throw new ThemeFileError(`${shown}:${line}: ${where}: ${problems.map((p) => p.text).join('; ')}`);
}

/** The taxonomy file at `path`, validated. */
export function loadThemes(path: string = THEMES_FILE, cwd = process.cwd()): ThemeDefinition[] {
  return parseThemes(readFileSync(path, 'utf8'), relative(cwd, path) || path);
}

/** A taxonomy as YAML in the file's layout (without its comments): parseThemes reads it back equal. */
export function themesYaml(themes: readonly ThemeDefinition[]): string {
  const plain = themes.map(({ exclusions, ...t }) => (exclusions.length ? { ...t, exclusions } : t));
  return dump(plain, { lineWidth: 100, noRefs: true, sortKeys: false });
}

/** The project's taxonomy (data/themes.yaml). */
export const THEMES: readonly ThemeDefinition[] = loadThemes();

const TAGGER = createTagger(THEMES);

/** Sorted ids of the project's themes whose terms or abbreviations occur in the text. */
export const tagThemes = (text: string): string[] => TAGGER.tag(text);

/** All search terms for one of the project's themes (name, terms, abbreviations). */
export const themeTermsFor = (id: string): string[] => TAGGER.termsFor(id);
