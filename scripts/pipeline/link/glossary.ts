// A glossary of the abbreviations used in the inspection documents, with the expansion the
// documents themselves give, and a finder so pages can mark an abbreviation's first use with
// <abbr title="…">.
//
// Sources: each entry is written out in full in at least one seed document (most as "Expansion
// (ABBR)"), or is listed in docs/domain.md. Where a seed misspells an expansion, the entry
// gives the correct form and the comment quotes the seed. Plurals are not separate entries:
// "SPOs" is found as SPO, "CSTRs" as CSTR.
//
// Matching is case-sensitive and whole-word (see abbreviationRegExp in themes.ts): "PO" is found
// in "POs" and "PO grade" but not in "POD" or "Probation"; "PF" is not found in "EPF1".
// Known limits: one-off misspellings in the seeds ("OASYs", "POiP" for PQiP) are not entries,
// and an abbreviation quoted in lower case is not found.
import { abbreviationRegExp } from './themes';

export interface GlossaryEntry {
  /** The abbreviation exactly as documents write it (case matters). */
  abbr: string;
  /** What it stands for, as the documents give it. */
  expansion: string;
  /** Ids of themes (themes.ts) the abbreviation belongs to; empty for general terms. */
  themes: string[];
}

const ENTRIES: GlossaryEntry[] = [
  { abbr: 'AsPIRe', expansion: 'Assessment, Planning, Implementation and Reviewing', themes: [] },
  {
    abbr: 'BGSW',
    expansion: 'Bristol, Gloucestershire, Somerset and Wiltshire (a former Community Rehabilitation Company)',
    themes: [],
  },
  { abbr: 'CAS3', expansion: 'Community Accommodation Service Tier 3', themes: ['accommodation'] },
  {
    abbr: 'CFO3',
    expansion: 'Creating Further Opportunities 3',
    themes: ['commissioned-services', 'education-employment-finance'],
  },
  // The Surrey PDU report writes "Change, Live, Grow (CGL)"; the charity's name is Change Grow Live.
  { abbr: 'CGL', expansion: 'Change Grow Live', themes: ['substance-misuse'] },
  // The West Kent PDU report: "the Creating Future Opportunities (CFO) hub in Medway".
  { abbr: 'CFO', expansion: 'Creating Future Opportunities', themes: ['commissioned-services', 'education-employment-finance'] },
  { abbr: 'CRC', expansion: 'Community Rehabilitation Company', themes: [] },
  // The seeds use both "Commissioned Rehabilitative Services" and "Commissioned Rehabilitation Services".
  { abbr: 'CRS', expansion: 'Commissioned Rehabilitative Services', themes: ['commissioned-services'] },
  {
    abbr: 'CSTR',
    expansion: 'Community Sentence Treatment Requirement',
    themes: ['mental-health', 'substance-misuse'],
  },
  // domain.md; not used in the seeds.
  { abbr: 'DA', expansion: 'domestic abuse', themes: ['domestic-abuse'] },
  // The action plan names owners "DD Probation Operations Directorate" and also writes "Deputy
  // Director Transforming Delivery Directorate" in full.
  { abbr: 'DD', expansion: 'Deputy Director', themes: [] },
  {
    abbr: 'DDC',
    expansion: 'Devon, Dorset and Cornwall (a former Community Rehabilitation Company)',
    themes: [],
  },
  { abbr: 'ED&I', expansion: 'Equality, Diversity and Inclusion', themes: ['equality-diversity-inclusion'] },
  // The West Kent PDU report: "equity, diversity, inclusion and belonging (EDIB) champions".
  { abbr: 'EDIB', expansion: 'equity, diversity, inclusion and belonging', themes: ['equality-diversity-inclusion'] },
  { abbr: 'EPF1', expansion: 'Effective Proposal Framework 1', themes: ['court-work'] },
  // The action plan writes "Effective Framework 2 (EPF2)", beside "Effective Proposal Framework 1 (EPF1)".
  { abbr: 'EPF2', expansion: 'Effective Proposal Framework 2', themes: ['resettlement-custody'] },
  { abbr: 'EPoP', expansion: 'Engaging People on Probation', themes: ['engaging-people-on-probation'] },
  { abbr: 'EPSIG', expansion: 'Effective Practice Service Improvement Group', themes: [] },
  { abbr: 'ETE', expansion: 'education, training and employment', themes: ['education-employment-finance'] },
  { abbr: 'FBD', expansion: 'finance, benefit and debt', themes: ['education-employment-finance'] },
  { abbr: 'FNO', expansion: 'foreign national offender', themes: ['equality-diversity-inclusion'] },
  { abbr: 'FTE', expansion: 'full-time equivalent', themes: ['staffing-workloads'] },
  { abbr: 'HMCTS', expansion: "His Majesty's Courts and Tribunals Service", themes: ['court-work'] },
  { abbr: 'HMI Probation', expansion: 'HM Inspectorate of Probation', themes: [] },
  { abbr: 'HMIP', expansion: 'HM Inspectorate of Probation', themes: [] },
  { abbr: 'HMP', expansion: 'HM Prison', themes: ['resettlement-custody'] },
  { abbr: 'HMPPS', expansion: 'HM Prison and Probation Service', themes: [] },
  { abbr: 'HoS', expansion: 'Head of Service', themes: ['leadership-culture'] },
  { abbr: 'IOM', expansion: 'integrated offender management', themes: ['partnerships'] },
  {
    abbr: 'IPP',
    expansion: 'Imprisonment for Public Protection',
    themes: ['resettlement-custody', 'risk-of-harm'],
  },
  { abbr: 'KSS', expansion: 'Kent, Surrey and Sussex', themes: [] },
  { abbr: 'MAPPA', expansion: 'multi-agency public protection arrangements', themes: ['mappa', 'risk-of-harm'] },
  { abbr: 'MoJ', expansion: 'Ministry of Justice', themes: [] },
  { abbr: 'MRR', expansion: 'Managerial Role Review', themes: ['management-oversight'] },
  { abbr: 'NPS', expansion: 'National Probation Service', themes: [] },
  { abbr: 'NQO', expansion: 'newly qualified officer', themes: ['recruitment-training'] },
  { abbr: 'OASys', expansion: 'Offender Assessment System', themes: ['risk-of-harm'] },
  { abbr: 'OMiC', expansion: 'Offender Management in Custody', themes: ['resettlement-custody'] },
  { abbr: 'OPD', expansion: 'Offender Personality Disorder (pathway)', themes: ['mental-health'] },
  { abbr: 'PDU', expansion: 'Probation Delivery Unit', themes: [] },
  { abbr: 'PF', expansion: 'Prioritisation Framework', themes: ['prioritisation-framework'] },
  // The West Kent PDU report writes "the prioritising probation framework (PPF)" for the Prioritisation Framework.
  { abbr: 'PPF', expansion: 'prioritising probation framework', themes: ['prioritisation-framework'] },
  { abbr: 'PO', expansion: 'Probation Officer', themes: ['staffing-workloads'] },
  { abbr: 'POD', expansion: 'Probation Operational Delivery', themes: [] },
  { abbr: 'PoP', expansion: 'people on probation', themes: [] },
  { abbr: 'PP', expansion: 'Probation Practitioner', themes: [] },
  { abbr: 'PQiP', expansion: 'Professional Qualification in Probation', themes: ['recruitment-training'] },
  { abbr: 'PSO', expansion: 'Probation Services Officer', themes: ['staffing-workloads'] },
  { abbr: 'QA', expansion: 'Quality Assurance', themes: ['management-oversight'] },
  { abbr: 'QDO', expansion: 'Quality Development Officer', themes: ['management-oversight'] },
  { abbr: 'QIP', expansion: 'Quality Improvement Plan', themes: ['management-oversight'] },
  // The action plan expands R-CAT as an assessment tool; the South West letter expands RCAT as an audit tool.
  { abbr: 'R-CAT', expansion: 'Regional Case Assessment Tool', themes: ['management-oversight'] },
  { abbr: 'RCAT', expansion: 'regional case audit tool', themes: ['management-oversight'] },
  { abbr: 'RLT', expansion: 'Regional Leadership Team', themes: ['leadership-culture'] },
  { abbr: 'ROIF', expansion: 'Regional Outcomes and Innovation Fund', themes: ['commissioned-services'] },
  { abbr: 'RPD', expansion: 'Regional Probation Director', themes: ['leadership-culture'] },
  { abbr: 'RoSH', expansion: 'risk of serious harm', themes: ['risk-of-harm'] },
  { abbr: 'SFO', expansion: 'Serious Further Offence', themes: ['serious-further-offences'] },
  { abbr: 'SMART', expansion: 'Specific, Measurable, Achievable, Realistic and Time-bound', themes: [] },
  { abbr: 'SPO', expansion: 'Senior Probation Officer', themes: ['management-oversight'] },
  { abbr: 'SPOC', expansion: 'Single Point of Contact', themes: [] },
  { abbr: 'TOM', expansion: 'Target Operating Model', themes: ['staffing-workloads'] },
  { abbr: 'TUBU', expansion: 'Tackling Unacceptable Behaviour Unit', themes: ['leadership-culture'] },
  { abbr: 'UPW', expansion: 'unpaid work', themes: ['unpaid-work'] },
  { abbr: 'ViSOR', expansion: 'Violent and Sex Offender Register', themes: ['mappa'] },
  { abbr: 'VLO', expansion: 'Victim Liaison Officer', themes: ['victims'] },
  { abbr: 'WFP', expansion: 'workforce planning', themes: ['staffing-workloads'] },
];

/** Order of the glossary: by abbreviation, ignoring case, then by exact spelling. */
export function compareAbbr(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const GLOSSARY: GlossaryEntry[] = [...ENTRIES].sort((x, y) => compareAbbr(x.abbr, y.abbr));

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
