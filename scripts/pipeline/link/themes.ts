// The site's curated taxonomy of themes (see docs/domain.md, "Themes") and a pure tagger that
// decides which themes a piece of text is about.
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
//   training and employment" for the training theme...). They are listed in EXCLUSIONS below
//   with the reason for each.
import type { Theme } from '../../../src/schemas';

export const THEMES: Theme[] = [
  {
    id: 'domestic-abuse',
    name: 'Domestic abuse',
    definition:
      'Abuse between partners, ex-partners or family members, and what probation does about it: police checks on call-outs, ' +
      'assessing the risk a person poses to partners and children, and programmes for perpetrators.',
    terms: [
      'domestic abuse',
      'domestic abuser',
      'domestic violence',
      'domestic-abuse-related',
      'intimate partner',
      'intimate partner violence',
      'coercive control',
      'controlling or coercive behaviour',
      'honour-based abuse',
      'stalking',
    ],
    // "DA" is common shorthand in action plans; case-sensitive, whole word only (not "DATA").
    // MARAC and IDVA are domestic-abuse-specific multi-agency roles; not yet in the seeds.
    abbreviations: ['DA', 'MARAC', 'IDVA'],
  },
  {
    id: 'child-safeguarding',
    name: 'Child safeguarding',
    definition:
      "Keeping children safe from people on probation: enquiries to children's services, sharing information with social care " +
      'and the police, and joint work to protect children in the household. Reports use "safeguarding" on its own mostly ' +
      'in this sense, so the word alone counts here.',
    terms: [
      'safeguarding',
      'safeguard children',
      'child safeguarding',
      'child protection',
      "children's services",
      "children's social care",
      "children's single point of access",
      'family safeguarding',
      'protect children',
      'risk to children',
      'risks to children',
      'children at risk',
      'child in need',
      'children in need',
    ],
    abbreviations: ['MASH', 'LADO'],
  },
  {
    id: 'risk-of-harm',
    name: 'Risk of harm and public protection',
    definition:
      'How well probation assesses, plans for and manages the risk that a person will cause serious harm to others — the ' +
      "inspectorate's \"keeping other people safe\" questions — and the wider work to protect the public.",
    terms: [
      'risk of harm',
      'risks of harm',
      'risk of serious harm',
      'serious harm',
      'harm to others',
      'risk to others',
      'public protection',
      'protect the public',
      'protecting the public',
      'protection of the public',
      'keep other people safe',
      'keeping other people safe',
      'keep people safe',
      'keeping people safe',
      'keep others safe',
      'safety of other people',
      'safety of others',
      'risk assessment',
      'risk management',
      'risk management plan',
      'manage risk',
      'managing risk',
      'management of risk',
      'manage the risk',
      'managing the risk',
      'risk information',
      'risk factor',
      'risk classification',
      'risk summary',
      'indicators of risk',
      'assess risk',
      'changes in risk',
      'level of risk',
      'risks posed',
      'risk posed',
      'contingency plan',
      'four pillars',
      'exclusion zone',
    ],
    // OASys is deliberately not here: it is the assessment system for needs as well as risk, so
    // naming it says nothing about subject. It is in the glossary.
    abbreviations: ['RoSH'],
  },
  {
    id: 'mappa',
    name: 'MAPPA',
    definition:
      'Multi-agency public protection arrangements: the statutory framework under which probation, police and prisons jointly ' +
      'manage sexual and violent offenders who pose the highest risk, including referrals, level setting and MAPPA meetings.',
    terms: [
      'multi-agency public protection arrangements',
      'multi-agency public protection',
      'violent and sex offender register',
      'registered sex offender',
      'mappa nominal',
    ],
    // ViSOR is the MAPPA agencies' shared database of the people they manage.
    abbreviations: ['MAPPA', 'ViSOR'],
  },
  {
    id: 'professional-curiosity',
    name: 'Professional curiosity',
    definition:
      'Whether practitioners question, check and follow up what they are told — chasing missing police or social care ' +
      'information and testing accounts — rather than accepting things at face value.',
    terms: ['professional curiosity', 'professionally curious', 'challenging conversations', 'curiosity'],
    abbreviations: [],
  },
  {
    id: 'management-oversight',
    name: 'Management oversight and quality assurance',
    definition:
      "Managers' scrutiny of practitioners' casework — countersigning assessments, reviewing cases, quality assurance and " +
      'audit — and whether managers have the time (span of control) to do it.',
    terms: [
      'management oversight',
      'managerial oversight',
      'manager oversight',
      'oversight of cases',
      'oversight of casework',
      'oversight within sentence management',
      'level of oversight',
      'insufficient oversight',
      'effective oversight',
      'quality assurance',
      'countersign',
      'countersigning',
      'countersigned',
      'span of control',
      'spans of control',
      'case audit',
      'case assessment tool',
      'dip sampling',
      'reflective supervision',
      'quality improvement plan',
    ],
    // SPO is deliberately not here: senior probation officers are named in many passages that are
    // not about oversight (staff surveys, vacancies, secondments, MAPPA chairs), and the passages
    // that are about it nearly always say "oversight", "quality assurance" or "countersigning".
    abbreviations: ['QA', 'RCAT', 'R-CAT'],
  },
  {
    id: 'staffing-workloads',
    name: 'Staffing and workloads',
    definition:
      'Whether there are enough probation staff, and how heavy their caseloads are: vacancies, agency staff, sickness and ' +
      'attrition, pay, and workload measures.',
    terms: [
      'staffing',
      'staffed',
      'understaffed',
      'vacancy',
      'vacancies',
      'vacancy rate',
      'workload',
      'caseloads',
      'average caseload',
      'caseload protection',
      'workload measurement tool',
      'workload management tool',
      'agency staff',
      'agency worker',
      'sickness',
      'attrition',
      'overtime',
      'resourcing',
      'under-resourced',
      'staff shortages',
      'shortages',
      'workforce',
      'workforce planning',
      'job evaluation',
      'salary',
      'salaries',
      'pay deal',
      'pay award',
      'geographical allowance',
      'london weighting',
      'cost of living',
    ],
    // PO and PSO: in the seeds these grades are named almost only when counting staff.
    abbreviations: ['PO', 'PSO', 'FTE', 'WFP', 'TOM'],
  },
  {
    id: 'recruitment-training',
    name: 'Recruitment and training',
    definition:
      'How probation recruits, trains and supports new staff: the Professional Qualification in Probation (PQiP) for trainee ' +
      'probation officers, support for newly qualified officers, and training and learning for existing staff.',
    terms: [
      'recruitment',
      'recruit',
      'recruited',
      'recruiting',
      'retention',
      'vetting',
      'onboard',
      'onboarded',
      'new entrant',
      'training',
      'trainee',
      'learner',
      'learning and development',
      'newly qualified',
      'qualifying officers',
      'post qualification',
      'professional qualification in probation',
      'practice tutor assessor',
      'mentors',
      'mentoring arrangements',
      'staff induction',
      'shadowing',
      'curriculum',
      'workshop',
      'protected learning days',
      'protected development days',
      'fundamentals first',
      'keeping everyone safe',
      'non-graduate pathway',
      'learning delivered',
      'embed learning',
      'embedding learning',
    ],
    abbreviations: ['PQiP', 'NQO'],
  },
  {
    id: 'court-work',
    name: 'Court work',
    definition:
      "Probation's work at court before sentence: pre-sentence reports and advice to magistrates and judges, the checks " +
      'behind them, and relations with sentencers and the courts service.',
    terms: [
      'court',
      'court work',
      'court report',
      'pre-sentence',
      'pre-sentence report',
      'sentencer',
      'sentencing',
      'sentencing advice',
      "magistrates' court",
      'crown court',
      'proposal framework',
    ],
    // EPF1 (Effective Proposal Framework 1) is the tool for proposals in pre-sentence reports.
    abbreviations: ['HMCTS', 'PSR', 'EPF1'],
  },
  {
    id: 'unpaid-work',
    name: 'Unpaid work',
    definition:
      'Community payback: work in the community that a court orders as part of a sentence, and how it is assessed, ' +
      'supervised and enforced so that the ordered hours are completed.',
    terms: ['unpaid work', 'community payback'],
    abbreviations: ['UPW'],
  },
  {
    id: 'resettlement-custody',
    name: 'Resettlement and custody (OMiC)',
    definition:
      'Work with people in prison and on release: Offender Management in Custody (OMiC), release planning, licence ' +
      'supervision after release and help to resettle in the community.',
    terms: [
      'resettlement',
      'offender management in custody',
      'custody',
      'custodial',
      'prison',
      'prisoner',
      'prison leaver',
      'released from custody',
      'released from prison',
      'release planning',
      'pre-release',
      'post-custody',
      'on licence',
      'release on licence',
      'licence supervision',
      'short sentence',
      'short-sentence',
      'parole',
      'recall',
      'meet-at-the-gate',
      'through the gate',
    ],
    // EPF2 (Effective Proposal Framework 2) is the tool used in release planning.
    abbreviations: ['OMiC', 'HMP', 'POM', 'ROTL', 'EPF2'],
  },
  {
    id: 'victims',
    name: 'Victims',
    definition:
      'Work with and for victims: the statutory victim contact scheme run by victim liaison officers, keeping victims informed ' +
      'and able to have a say on release conditions, and planning for their safety.',
    terms: [
      'victim',
      'victim contact',
      'victim liaison',
      'victim notification scheme',
      'victim safety planning',
      'statutory victim',
    ],
    abbreviations: ['VLO'],
  },
  {
    id: 'equality-diversity-inclusion',
    name: 'Equality, diversity and inclusion',
    definition:
      'Fair treatment and services for people with different backgrounds and needs — ethnicity, disability, faith, ' +
      'neurodiversity and other protected characteristics — and checks for disproportionate outcomes.',
    terms: [
      'equality',
      'equalities',
      'diversity',
      'equality, diversity and inclusion',
      'diverse needs',
      'diverse range of needs',
      'diverse backgrounds',
      'inclusion',
      'protected characteristic',
      'disproportionality',
      'disproportionate',
      'minority ethnic',
      'ethnic',
      'ethnicity',
      'ethnicities',
      'race',
      'racial',
      'racism',
      'faith and belief',
      'gypsy roma traveller',
      'gypsy',
      'traveller',
      'foreign national',
      'neurodivergent',
      'neurodiversity',
      'disability',
      'disabilities',
      'disabled',
      'reasonable adjustment',
      'sexual orientation',
      'transgender',
      'lgbt',
    ],
    abbreviations: ['ED&I', 'EDI', 'EDIB', 'BAME'],
  },
  {
    id: 'women',
    name: 'Women',
    definition:
      "Services and approaches for women on probation, such as women's centres and groups, women-only reporting and unpaid " +
      'work, and the gender make-up of the caseload.',
    terms: ['women', 'woman', 'female', 'females', 'gender'],
    abbreviations: [],
  },
  {
    id: 'young-adults',
    name: 'Young adults',
    definition:
      'People on probation aged roughly 18 to 25, whose maturity and needs differ from older adults, and the handover of ' +
      'cases from youth justice services to adult probation.',
    terms: [
      'young adult',
      'young people',
      'young person',
      'youth justice',
      'youth offending',
      'transitions of cases',
      'transition panels',
      'ages of 18 and 25',
      '18 to 25',
      '18-25',
      'maturity',
    ],
    abbreviations: ['YJS', 'YOT', 'YOS'],
  },
  {
    id: 'accommodation',
    name: 'Accommodation',
    definition:
      'Whether people on probation have somewhere safe and settled to live: housing support, homelessness prevention, ' +
      'approved premises and temporary accommodation such as CAS3.',
    terms: [
      'accommodation',
      'housing',
      'homelessness',
      'homeless',
      'housed',
      'approved premises',
      'rough sleeping',
      'rough sleeper',
      'community accommodation service',
    ],
    abbreviations: ['CAS1', 'CAS2', 'CAS3'],
  },
  {
    id: 'commissioned-services',
    name: 'Commissioned rehabilitative services',
    definition:
      'Services that probation buys from outside providers — the national Commissioned Rehabilitative Services (CRS) ' +
      'contracts and local commissioning — and how well they are used, managed and funded.',
    terms: [
      'commissioned rehabilitative services',
      'commissioned rehabilitative service',
      'commissioned rehabilitation services',
      'commissioning',
      'commissioned',
      'co-commissioned',
      'decommissioned',
      'commission',
      'contract',
      'contract management',
      'service provider',
      'providers',
      'procurement',
      'procuring',
      'outcomes and innovation fund',
      'outcomes and innovations fund',
      'personal wellbeing',
    ],
    abbreviations: ['CRS', 'ROIF', 'CFO3'],
  },
  {
    id: 'substance-misuse',
    name: 'Substance misuse',
    definition:
      'Drug and alcohol problems among people on probation, and the treatment, recovery services and court-ordered ' +
      'treatment requirements that address them.',
    terms: [
      'substance misuse',
      'substance use',
      'drug',
      'drugs',
      'alcohol',
      'dependency',
      'dependence',
      'addiction',
      'drug rehabilitation requirement',
      'alcohol treatment requirement',
      'community sentence treatment requirement',
    ],
    // CGL (Change Grow Live) is the dependency and recovery provider named in the seeds.
    abbreviations: ['DRR', 'ATR', 'CSTR', 'CGL'],
  },
  {
    id: 'mental-health',
    name: 'Mental health',
    definition:
      'Mental health needs of people on probation, including personality disorder, and the services that meet them: ' +
      'mental health treatment requirements, the Offender Personality Disorder (OPD) pathway and therapy.',
    terms: [
      'mental health',
      'mental health treatment requirement',
      'personality disorder',
      'psychiatric',
      'therapy',
      'therapeutic',
      'emotional wellbeing',
      'trauma',
      'self-harm',
      'suicide',
      'intensive intervention and risk management',
      'community sentence treatment requirement',
    ],
    abbreviations: ['OPD', 'MHTR', 'CSTR', 'IIRMS'],
  },
  {
    id: 'engaging-people-on-probation',
    name: 'Engaging people on probation',
    definition:
      'Involving people on probation in their own supervision and in shaping services: the Engaging People on Probation ' +
      '(EPoP) strategy, surveys such as User Voice, lived experience and feedback.',
    terms: [
      'engaging people on probation',
      'engage people on probation',
      'engaging the person on probation',
      'engage the person on probation',
      'user voice',
      'lived experience',
      'voice of people on probation',
      'views of people on probation',
      'feedback from people on probation',
      'your voice matters',
      'suggestion scheme',
      'suggestion box',
      'service user',
      'peer mentor',
    ],
    abbreviations: ['EPoP'],
  },
  {
    id: 'prioritisation-framework',
    name: 'The prioritisation framework',
    definition:
      "HMPPS's Prioritisation Framework (PF), which lets probation units under staffing pressure (rated 'amber' or 'red') " +
      'drop or reduce some lower-priority tasks while keeping work on risk.',
    terms: [
      'prioritisation framework',
      'prioritization framework',
      'red status',
      'amber status',
      'red site',
      'amber or red',
      'red or amber',
      'amber to red',
      'red review',
      'exceptional delivery model',
      'path to green',
    ],
    // "PF" only as a whole word: never inside "EPF1"/"EPF2".
    abbreviations: ['PF'],
  },
  {
    id: 'serious-further-offences',
    name: 'Serious further offences',
    definition:
      'Serious offences such as murder, rape or manslaughter committed by people under probation supervision, and the ' +
      'reviews that follow each one to learn lessons.',
    terms: ['serious further offence', 'bendall review', 'learning and accountability panel'],
    abbreviations: ['SFO'],
  },
  {
    id: 'partnerships',
    name: 'Partnerships',
    definition:
      'Joint work between probation and other agencies — police, councils, health, prisons, courts and charities — ' +
      'through boards, shared teams and information sharing.',
    terms: [
      'partnership',
      'partners',
      'partner agency',
      'partner agencies',
      'other agencies',
      'multi-agency',
      'joint working',
      'joint commissioning',
      'co-location',
      'co-located',
      'information sharing',
      'reducing reoffending board',
      'reducing reoffending partnership',
      'criminal justice board',
      'local authority',
      'local authorities',
      'integrated offender management',
      'police and crime commissioner',
    ],
    abbreviations: ['IOM', 'LCJB'],
  },
  {
    id: 'leadership-culture',
    name: 'Leadership and culture',
    definition:
      "How probation is led at regional and local level — strategy, governance, communication — and the organisation's " +
      'culture, staff morale and handling of unacceptable behaviour.',
    terms: [
      'leadership',
      'leader',
      'culture',
      'cultural',
      'morale',
      'unacceptable behaviour',
      'vision and strategy',
      'strategic direction',
      'governance',
      'motivated',
      'proud to work',
      'psychologically safe',
      'senior management',
      'senior managers',
      'head of pdu',
      'head of service',
    ],
    abbreviations: ['TUBU', 'RLT', 'RPD'],
  },
  {
    id: 'interventions-programmes',
    name: 'Interventions and accredited programmes',
    definition:
      'Structured work to change offending behaviour: accredited programmes (group courses such as Building Better ' +
      'Relationships or Horizon), structured interventions, toolkits and rehabilitation activity requirements.',
    terms: [
      'intervention',
      'accredited programme',
      'structured intervention',
      'general offending programme',
      'sexual offending programme',
      'perpetrator programme',
      'domestic abuse programme',
      'horizon programme',
      'building better relationships',
      'thinking skills programme',
      'programme facilitator',
      'programmes team',
      'head of programmes',
      'programme ready',
      'toolkit',
      'rehabilitation activity requirement',
      'treatment management advice line',
    ],
    abbreviations: ['RAR', 'BBR', 'TSP'],
  },
  {
    id: 'electronic-monitoring',
    name: 'Electronic monitoring',
    definition:
      'Electronic tags used to enforce curfews, exclusion zones or alcohol bans, and problems with fitting and monitoring ' +
      'them.',
    terms: ['electronic monitoring', 'electronically monitored', 'electronic tag', 'tag', 'tagging', 'curfew', 'gps'],
    abbreviations: ['EM'],
  },
  {
    id: 'continuity-of-practitioner',
    name: 'Continuity of practitioner',
    definition:
      'Whether a person on probation keeps the same practitioner throughout their sentence, or is passed between several ' +
      'through case transfers and reallocation.',
    terms: [
      'continuity',
      'case transfer',
      'internal transfers',
      'reallocation',
      'reallocated',
      'handover',
      'changing of practitioners',
      'change of practitioner',
      'same practitioner',
      'same probation worker',
      'two or more practitioners',
      'three or more practitioners',
      'four or more practitioners',
    ],
    abbreviations: [],
  },
  {
    id: 'education-employment-finance',
    name: 'Employment, education and finance',
    definition:
      'Help for people on probation with jobs, education and training (ETE), and with money: finance, benefit and debt (FBD) ' +
      'services.',
    terms: [
      'employment',
      'unemployment',
      'unemployed',
      'employability',
      'education',
      'education, training and employment',
      'finance, benefit and debt',
      'financial',
      'debt',
      'universal credit',
      'citizens advice',
    ],
    abbreviations: ['ETE', 'FBD', 'CFO3'],
  },
];

/**
 * Phrases blanked out of the text before a theme's terms are matched, each to avoid a false
 * positive seen in the seeds. Cheap and explicit; anything subtler is left as a known limit.
 */
const EXCLUSIONS: Readonly<Record<string, readonly string[]>> = {
  // "Women in Prison" is a provider's name. A passage that names it for "women's services"
  // is still tagged through "women's".
  women: ['women in prison'],
  // "HM Prison and Probation Service" names the organisation, not prison work; so does the
  // provider "Women in Prison". "Pre-release contact with victims" is the statutory victim work
  // key question, not release planning.
  'resettlement-custody': ['prison and probation service', 'women in prison', 'pre-release contact'],
  // The ETE pathway names training for people on probation, not staff training; "pre-employment
  // checks" are staff vetting (handled by "vetting").
  'recruitment-training': [
    'education, training and employment',
    'employment, training and education',
    'training and employment',
  ],
  'education-employment-finance': ['pre-employment', 'financial year'],
  // The inspectorate's boilerplate: "the independent inspector of youth justice and probation services".
  'young-adults': ['youth justice and probation', 'probation and youth justice', 'probation and youth offending'],
  // "the expectations/sentence/orders of the court" and requirements "ordered at court" describe
  // sentences, not probation's court work.
  'court-work': [
    'expectations of the court',
    'sentence of the court',
    'order of the court',
    'orders of the court',
    'ordered at court',
    'requirements at court',
  ],
  // The action plan's boilerplate: "because of commissioning, policy, operational or affordability reasons".
  'commissioned-services': ['commissioning, policy, operational or affordability'],
  // The OPD service's name contains "intervention" but it is a mental health pathway.
  'interventions-programmes': ['intensive intervention and risk management'],
  // MAPPA is its own theme; "intimate partners" is domestic abuse; an HR business partner is not a partnership.
  partnerships: ['multi-agency public protection', 'intimate partner', 'business partner'],
  // An organisational "risk register" is not risk of harm; the action plan's owner column names a
  // "Head of Public Protection" in most rows.
  'risk-of-harm': ['risk register', 'head of public protection'],
};

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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression for a list of normalised phrases, each allowed a plural or possessive "s". */
function phraseRegExp(phrases: readonly string[], flags: string): RegExp | null {
  const normalised = [...new Set(phrases.map((p) => normaliseForTerms(p).trim()).filter((p) => p.length > 0))];
  if (normalised.length === 0) return null;
  normalised.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(`(?<= )(?:${normalised.map(escapeRegExp).join('|')})(?:s|'s)?(?= )`, flags);
}

/**
 * A case-sensitive, whole-word pattern for an abbreviation, allowing a plural "s" or possessive
 * "'s" and reading `&amp;` as `&`. Whole word: no ASCII letter or digit immediately before or after.
 */
export function abbreviationRegExp(abbr: string, flags = ''): RegExp {
  const body = escapeRegExp(abbr).replace(/&/g, '&(?:amp;)?');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?:s|['\u2019]s)?(?![A-Za-z0-9])`, flags);
}

interface CompiledTheme {
  id: string;
  terms: RegExp | null;
  exclusions: RegExp | null;
  abbreviations: RegExp[];
}

const COMPILED: readonly CompiledTheme[] = THEMES.map((theme) => ({
  id: theme.id,
  terms: phraseRegExp(theme.terms, ''),
  exclusions: phraseRegExp(EXCLUSIONS[theme.id] ?? [], 'g'),
  abbreviations: theme.abbreviations.map((a) => abbreviationRegExp(a)),
}));

// ---------------------------------------------------------------------------------------------
// Public API

/** Sorted ids of the themes whose terms or abbreviations occur in the text. */
export function tagThemes(text: string): string[] {
  const normalised = normaliseForTerms(text);
  const plain = stripMarkup(text);
  const found: string[] = [];
  for (const theme of COMPILED) {
    const haystack = theme.exclusions ? normalised.replace(theme.exclusions, ' ') : normalised;
    if ((theme.terms && theme.terms.test(haystack)) || theme.abbreviations.some((re) => re.test(plain))) {
      found.push(theme.id);
    }
  }
  return found.sort();
}

/** All search terms for a theme (its name, terms and abbreviations), for use as search synonyms. */
export function themeTermsFor(id: string): string[] {
  const theme = THEMES.find((t) => t.id === id);
  if (!theme) throw new Error(`unknown theme id: ${id}`);
  return [...new Set([theme.name, ...theme.terms, ...theme.abbreviations])];
}
