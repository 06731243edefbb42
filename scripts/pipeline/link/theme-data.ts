// The theme taxonomy is data (data/themes.yaml, edited by people who know the domain: see
// docs/themes.md). This module reads and validates it with the shared schema, and offers the
// project's own taxonomy, read once, with its tagger.
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { ThemeTaxonomy, type ThemeDefinition } from '../../../core/schemas';
import { createTagger } from './themes';
import { DataFileError, loadDataList, parseDataList, type DataListOptions } from '../../../core/data-file';

/** The project's taxonomy file. */
export const THEMES_FILE = fileURLToPath(new URL('../../../data/themes.yaml', import.meta.url));

export class ThemeFileError extends DataFileError {}

const THEME_FILE: DataListOptions<ThemeDefinition> = {
  schema: ThemeTaxonomy,
  shape: 'a list of themes',
  name: (raw, index) => {
    const id = (raw as { id?: unknown } | undefined)?.id;
    return `theme ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
  },
  error: ThemeFileError,
};

/**
 * The taxonomy in `text` (YAML), validated. Errors name the file, the line and the reason:
 * "data/themes.yaml:40: theme 3 (mappa): terms.2: expected string".
 */
export const parseThemes = (text: string, shown: string): ThemeDefinition[] => parseDataList(text, shown, THEME_FILE);

/** The taxonomy file at `path`, validated. */
export const loadThemes = (path: string = THEMES_FILE, cwd = process.cwd()): ThemeDefinition[] => loadDataList(path, THEME_FILE, cwd);

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
