import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_FILE, GlossaryEntries, findAbbreviations, glossaryEntry, locateAbbreviations } from './glossary';
import { dataFile, parseDataList } from './data-file';
import { THEMES } from '../scripts/pipeline/link/theme-data';

const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const SEED_TEXT = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(SEEDS_DIR + f, 'utf8'))
  .join('\n')
  .replace(/&amp;/g, '&');

function real(sentence: string): string {
  expect(SEED_TEXT.includes(sentence), `not found in any seed: ${sentence}`).toBe(true);
  return sentence;
}

// The abbreviations docs/domain.md lists ("Who is who" and "Themes"); the last test checks
// this list against the document.
const DOMAIN_MD_PATH = new URL('../docs/domain.md', import.meta.url);
const DOMAIN_MD_ABBREVIATIONS = [
  'HMI Probation',
  'HMPPS',
  'KSS',
  'PDU',
  'DA',
  'MAPPA',
  'SFO',
  'CRS',
  'CAS3',
  'OMiC',
  'EPoP',
  'PF',
  'PQiP',
  'NQO',
  'SPO',
  'PO',
  'PSO',
  'VLO',
  'UPW',
  'ETE',
  'FBD',
  'OASys',
  'IOM',
  'OPD',
];

/** Whole word, case-sensitive, optional plural: written independently of the module under test. */
function occursInSeeds(abbr: string): boolean {
  const esc = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${esc}s?([^A-Za-z0-9]|$)`).test(SEED_TEXT);
}

/** Lower case, punctuation as spaces, "&" as "and". */
function loose(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

describe('GLOSSARY', () => {
  it('is sorted by abbreviation, ignoring case, with no duplicates', () => {
    for (let i = 1; i < GLOSSARY.length; i++) {
      const prev = GLOSSARY[i - 1]!.abbr.toLowerCase();
      const cur = GLOSSARY[i]!.abbr.toLowerCase();
      expect(prev <= cur, `${GLOSSARY[i - 1]!.abbr} before ${GLOSSARY[i]!.abbr}`).toBe(true);
    }
    const abbrs = GLOSSARY.map((e) => e.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it('gives every entry an expansion and only known theme ids', () => {
    const ids = new Set(THEMES.map((t) => t.id));
    for (const e of GLOSSARY) {
      expect(e.expansion.trim().length, e.abbr).toBeGreaterThan(e.abbr.length);
      expect(e.expansion, e.abbr).not.toBe(e.abbr);
      for (const id of e.themes) expect(ids.has(id), `${e.abbr}: ${id}`).toBe(true);
      expect(new Set(e.themes).size, e.abbr).toBe(e.themes.length);
    }
  });

  it('only holds abbreviations that occur in a seed or are listed in domain.md', () => {
    const unused = GLOSSARY.map((e) => e.abbr).filter(
      (a) => !occursInSeeds(a) && !DOMAIN_MD_ABBREVIATIONS.includes(a),
    );
    expect(unused).toEqual([]);
  });

  it('holds every abbreviation listed in domain.md', () => {
    for (const a of DOMAIN_MD_ABBREVIATIONS) expect(glossaryEntry(a), a).toBeDefined();
  });

  it('holds every abbreviation the seeds define in brackets', () => {
    // "Senior Probation Officers (SPOs)", "(R-CAT)", "(ED&I)", "(CFO3)"...
    const defined = new Set<string>();
    for (const m of SEED_TEXT.matchAll(/\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])(s?)\)/g)) {
      const [, abbr, plural] = m;
      defined.add(plural && !glossaryEntry(abbr! + plural) ? abbr! : abbr! + plural!);
    }
    // Known exception: the South West letter misspells PQiP as "(POiP)".
    const missing = [...defined].filter((a) => !glossaryEntry(a) && a !== 'POiP').sort();
    expect(missing).toEqual([]);
    expect(defined.size).toBeGreaterThan(40);
  });

  it('uses the expansion the seeds give, apart from listed corrections', () => {
    // Entries whose expansion is not found in the seeds (ignoring case and punctuation), and why.
    const notVerbatim: Record<string, string> = {
      CGL: 'the Surrey PDU report misspells it "Change, Live, Grow"',
      EPF2: 'the action plan writes "Effective Framework 2"',
    };
    const haystack = loose(SEED_TEXT);
    const unexpected: string[] = [];
    const needlessExceptions: string[] = [];
    for (const e of GLOSSARY) {
      const expansion = loose(e.expansion.replace(/\s*\([^)]*\)$/, ''));
      const verbatim = haystack.includes(expansion);
      if (!verbatim && !(e.abbr in notVerbatim)) unexpected.push(`${e.abbr}: ${e.expansion}`);
      if (verbatim && e.abbr in notVerbatim) needlessExceptions.push(e.abbr);
    }
    expect(unexpected).toEqual([]);
    // Keep the list of exceptions honest: each must really differ from the seeds.
    expect(needlessExceptions).toEqual([]);
  });

  it("links each theme abbreviation's glossary entry back to that theme", () => {
    for (const t of THEMES) {
      for (const a of t.abbreviations) {
        const e = glossaryEntry(a);
        if (e) expect(e.themes, `${a} → ${t.id}`).toContain(t.id);
      }
    }
  });

  it('matches the abbreviations domain.md lists', () => {
    const md = readFileSync(DOMAIN_MD_PATH, 'utf8');
    for (const a of DOMAIN_MD_ABBREVIATIONS) expect(md.includes(a), a).toBe(true);
  });
});

describe('data/glossary.yaml', () => {
  const text = readFileSync(GLOSSARY_FILE, 'utf8');
  const opts = { schema: GlossaryEntries, shape: 'a list of abbreviations', name: (_: unknown, i: number) => `entry ${i + 1}` };
  const lineOf = (t: string, start: string) => t.split('\n').findIndex((l) => l.startsWith(start)) + 1;

  it('is the glossary: every entry of the file, sorted', () => {
    const entries = parseDataList(text, 'data/glossary.yaml', opts);
    expect(entries.length).toBe(GLOSSARY.length);
    expect(entries.length).toBeGreaterThanOrEqual(62);
    expect(new Set(entries.map((e) => e.abbr))).toEqual(new Set(GLOSSARY.map((e) => e.abbr)));
    expect(glossaryEntry('MAPPA')?.expansion).toBe('multi-agency public protection arrangements');
  });

  it('refuses a misspelt field or an abbreviation given twice, naming the file, line and entry', () => {
    const misspelt = text.replace('  expansion: Community Accommodation Service Tier 3', '  expansoin: Community Accommodation Service Tier 3');
    // A misspelt field is a missing one as well: the message names both, at the entry's line.
    const line = lineOf(misspelt, '- abbr: CAS3');
    expect(() => parseDataList(misspelt, 'data/glossary.yaml', opts)).toThrow(
      `data/glossary.yaml:${line}: entry 3: expansion: Invalid input: expected string, received undefined; unknown field expansoin`,
    );
    const twice = text.replace('- abbr: CRC\n', '- abbr: CRS\n');
    expect(() => parseDataList(twice, 'data/glossary.yaml', opts)).toThrow(/^data\/glossary\.yaml:\d+: entry \d+: abbr: CRS is listed twice$/);
  });
});

describe('findAbbreviations', () => {
  it('finds abbreviations in a real passage, in order of first use, singular for plurals', () => {
    const s = real(
      'The quality of multi-agency public protection arrangements (MAPPA) work was of concern. MAPPA chairs were supported with shadowing opportunities and training, yet there were still concerns for less-experienced Senior Probation Officers (SPOs) in their role as chair.',
    );
    expect(findAbbreviations(s)).toEqual(['MAPPA', 'SPO']);
  });

  it('keeps the order of first occurrence', () => {
    expect(findAbbreviations(real('In response to the report, HMPPS/MoJ are required to draft a robust and timely action plan'))).toEqual([
      'HMPPS',
      'MoJ',
    ]);
    expect(findAbbreviations(real('Appointments for people on probation were often very short.'))).toEqual([]);
  });

  it('does not find an abbreviation inside a longer one', () => {
    expect(
      findAbbreviations(real('The Court strategic lead will ensure that the Effective Proposal Framework 1 (EPF1) is used on each occasion.')),
    ).toEqual(['EPF1']);
    expect(
      findAbbreviations(real('While the introduction of the Probation Operational Delivery (POD) system was positive')),
    ).toEqual(['POD']);
    expect(findAbbreviations(real('HM Prison and Probation Service (HMPPS) should:'))).toEqual(['HMPPS']);
    expect(findAbbreviations(real('HM Prison (HMP) Bronzefield is a private women\'s prison in Surrey.'))).toEqual(['HMP']);
    expect(findAbbreviations(real('Regional Case Assessment Tool (R-CAT) activity'))).toEqual(['R-CAT']);
  });

  it('is case-sensitive', () => {
    expect(findAbbreviations('mappa, Pf, kss, oasys')).toEqual([]);
    expect(findAbbreviations('MAPPA, PF, KSS, OASys')).toEqual(['MAPPA', 'PF', 'KSS', 'OASys']);
  });

  it('finds the multi-word HMI Probation and ED&I written with an entity', () => {
    expect(findAbbreviations(real('monitor the progress of these HMI Probation recommendations'))).toEqual(['HMI Probation']);
    expect(findAbbreviations('work regarding ED&amp;I across the region')).toEqual(['ED&I']);
  });

  it('is deterministic on every seed', () => {
    for (const f of readdirSync(SEEDS_DIR).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(SEEDS_DIR + f, 'utf8');
      const first = findAbbreviations(text);
      expect(findAbbreviations(text)).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
    }
  });
});

describe('locateAbbreviations', () => {
  it('gives offsets that point at the matched text', () => {
    const s = real('Limited experience of some SPOs meant that confidence in chairing MAPPAs was variable');
    const uses = locateAbbreviations(s);
    expect(uses.map((u) => u.abbr)).toEqual(['SPO', 'MAPPA']);
    for (const u of uses) {
      expect(s.slice(u.index, u.index + u.match.length)).toBe(u.match);
      expect(u.match.startsWith(u.abbr)).toBe(true);
    }
    expect(uses[0]!.match).toBe('SPOs');
  });
});

describe('the glossary file', () => {
  it('is found from the module, and from the working folder when the module is bundled elsewhere', () => {
    expect(GLOSSARY_FILE).toBe(fileURLToPath(new URL('../data/glossary.yaml', import.meta.url)));
    const root = fileURLToPath(new URL('..', import.meta.url));
    expect(dataFile('glossary.yaml', '/nowhere/dist/.prerender/chunks/glossary.mjs', root)).toBe(GLOSSARY_FILE);
    expect(() => dataFile('glossary.yaml', '/nowhere/chunk.mjs', '/')).toThrow('data/glossary.yaml not found above /nowhere/chunk.mjs or /');
  });
});
