import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { THEMES, THEMES_FILE, ThemeFileError, parseThemes, tagThemes, themesYaml } from './theme-data';

const FILE_TEXT = readFileSync(THEMES_FILE, 'utf8');

describe('data/themes.yaml', () => {
  it('holds the 28 themes, each with its definition and something to match', () => {
    expect(THEMES.map((t) => t.id)).toContain('domestic-abuse');
    expect(THEMES).toHaveLength(28);
    for (const t of THEMES) {
      expect(t.definition.length, t.id).toBeGreaterThan(40);
      expect(t.terms.length + t.abbreviations.length, t.id).toBeGreaterThan(0);
    }
  });

  it('gives a reason for every exclusion', () => {
    const withExclusions = THEMES.filter((t) => t.exclusions.length > 0).map((t) => t.id);
    expect(withExclusions).toEqual(expect.arrayContaining(['women', 'court-work', 'partnerships', 'risk-of-harm']));
    for (const t of THEMES) for (const e of t.exclusions) expect(e.reason, t.id).toMatch(/\w{3}/);
  });

  it('round-trips: written back as YAML and read again, the taxonomy is the same', () => {
    const again = parseThemes(themesYaml(THEMES), 'again.yaml');
    expect(again).toEqual(THEMES);
    // and the written YAML is what js-yaml reads from the file, less the comments and empty lists
    expect(load(themesYaml(THEMES))).toEqual(load(FILE_TEXT));
  });

  it('exclusions from the file still apply: "Women in Prison" is a provider, not the women theme', () => {
    expect(tagThemes('Referrals to Women in Prison were made.')).not.toContain('women');
    expect(tagThemes("Women in Prison for women's services")).toContain('women');
  });
});

describe('parseThemes refuses a bad taxonomy with the file, the line and the reason', () => {
  const oneTheme = (extra = '') => `# a comment\n- id: mappa\n  name: MAPPA\n  definition: Multi-agency arrangements.\n  terms:\n    - mappa nominal\n${extra}`;

  it('accepts a minimal theme, abbreviations and exclusions left out', () => {
    expect(parseThemes(oneTheme(), 't.yaml')).toEqual([
      { id: 'mappa', name: 'MAPPA', definition: 'Multi-agency arrangements.', terms: ['mappa nominal'], abbreviations: [], exclusions: [] },
    ]);
  });

  it('a YAML syntax error', () => {
    expect(() => parseThemes('- id: [unclosed\n', 't.yaml')).toThrow(ThemeFileError);
    expect(() => parseThemes('- id: a\n  name: "open\n', 't.yaml')).toThrow(/^t\.yaml:\d+: not valid YAML/);
  });

  it('a misspelt field, at its theme', () => {
    expect(() => parseThemes(`${oneTheme()}- id: courts\n  name: Courts\n  defintion: x\n  terms: [court]\n`, 't.yaml')).toThrow(
      /^t\.yaml:7: theme 2 \(courts\): definition: .*; unknown field defintion$/,
    );
  });

  it('a term that is not text, at the field', () => {
    expect(() => parseThemes(oneTheme('  abbreviations:\n    - 12\n'), 't.yaml')).toThrow(/^t\.yaml:7: theme 1 \(mappa\): abbreviations\.0: /);
  });

  it('two themes with one id', () => {
    expect(() => parseThemes(oneTheme() + oneTheme().replace('# a comment\n', ''), 't.yaml')).toThrow(/^t\.yaml:7: theme 2 \(mappa\): id: a second theme with the id mappa/);
  });

  it('an id that is not a slug, an exclusion without a reason, a theme with nothing to match', () => {
    expect(() => parseThemes(oneTheme().replace('id: mappa', 'id: Mappa Work'), 't.yaml')).toThrow(/^t\.yaml:2: .*id: lower-case words/);
    expect(() => parseThemes(oneTheme('  exclusions:\n    - phrases: [x]\n'), 't.yaml')).toThrow(/^t\.yaml:7: .*exclusions\.0\.reason/);
    expect(() => parseThemes(oneTheme().replace('    - mappa nominal\n', '').replace('terms:', 'terms: []'), 't.yaml')).toThrow(/nothing would be tagged/);
  });

  it('a file that is not a list', () => {
    expect(() => parseThemes('id: mappa\n', 't.yaml')).toThrow(/^t\.yaml:1: .*list of themes/);
  });
});

describe('ingest --themes: a theme added to the file tags the findings that use its words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'themes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the new theme and tags the seed findings that mention a curfew', async () => {
    const file = join(dir, 'themes.yaml');
    writeFileSync(
      file,
      `${FILE_TEXT}- id: curfews\n  name: Curfews\n  definition: Curfew requirements and their electronic monitoring.\n  terms:\n    - curfew\n    - electronic monitoring\n`,
    );
    const out = join(dir, 'content');
    await ingest('seeds', out, { themesFile: file });
    expect(readdirSync(join(out, 'themes'))).toContain('curfews.yaml');
    expect(readFileSync(join(out, 'themes', 'curfews.yaml'), 'utf8')).toContain('Curfew requirements and their electronic monitoring.');
    const tagged: string[] = [];
    for (const name of readdirSync(join(out, 'findings'))) {
      const doc = load(readFileSync(join(out, 'findings', name), 'utf8')) as { findings: { text: string; themes: string[] }[] };
      for (const f of doc.findings) if (f.themes.includes('curfews')) tagged.push(f.text);
    }
    // "curfew" occurs three times in two seeds
    expect(tagged.length).toBeGreaterThanOrEqual(2);
    for (const text of tagged) expect(text.toLowerCase()).toMatch(/curfew|electronic monitoring/);
  });

  it('a bad taxonomy file stops the ingest before anything is written', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, '- id: x\n  name: X\n');
    const out = join(dir, 'not-written');
    await expect(ingest('seeds', out, { themesFile: file })).rejects.toThrow(/bad\.yaml:1: theme 1 \(x\): definition: /);
    expect(() => readdirSync(out)).toThrow();
  });
});
