// Hostile documents for the ingest (issue 5), made from the real seeds: cut short, binary,
// re-encoded, oversized, with unknown rating words, duplicated or missing sections, twice under
// two names, empty, and with markup / script injections in prose, quotes and table cells.
// Every case says how it may end: `ingested` (the content must then be whole and the injected
// text must stay text) or `refused` (a ParseError naming the file and a plausible line, with the
// output folder left as it was). A pure function of the seeds' bytes: no clock, no Math.random.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectKind } from '../pipeline/detect';
import { decodeSource } from '../pipeline/read';
import { isMetaFile } from '../pipeline/meta';

export type Outcome = 'ingested' | 'refused';

export interface CaseFile {
  name: string;
  bytes: Buffer;
}

/** One place a payload was written into a document, and what the content must then hold. */
export interface Placement {
  where: string;
  /** 1-based line of the hostile file holding the injected text. */
  line: number;
  /** Text that must appear, verbatim up to white space, in the frontmatter of what that line became. */
  expectText: string;
  /** What the line becomes: a finding (default) or a heading of the report's outline. */
  as?: 'finding' | 'heading';
  /** The line is a key-question row: its key-question entry must hold the text too. */
  keyQuestion?: boolean;
}

export interface HostileCase {
  id: string;
  category: string;
  /** The seed the case was made from (null for made-up bytes). */
  seed: string | null;
  /** The whole seeds folder of the case. */
  files: CaseFile[];
  /** The file the case is about: the one a refusal must name. */
  file: string;
  allowed: Outcome[];
  /** Lines (inclusive) a refusal may name. */
  lines?: [number, number];
  /** Injection cases: the payload and where it went. */
  payload?: string;
  placements?: Placement[];
  /** Seeds whose plain ingest is the case's baseline (default: `seed` alone). */
  baseline?: string[];
  /** Encoding cases: the content must equal that of the seed read plainly. */
  sameAsSeed?: boolean;
  /** Time the ingest may take, in ms (for the size cases). */
  budgetMs?: number;
}

export interface Seed {
  name: string;
  kind: 'inspection-report' | 'regional-letter' | 'action-plan';
  bytes: Buffer;
  text: string;
  /** Lines as an editor numbers them (no final empty line). */
  lines: string[];
  finalNewline: boolean;
}

/** The documents among a seeds folder's files, recognised by content (a licence file is not one). */
export function loadSeeds(dir: string): Seed[] {
  const seeds: Seed[] = [];
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.') && !isMetaFile(n)).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    let kind: Seed['kind'];
    try {
      const k = detectKind(decodeSource(bytes).lines);
      kind = k === 'action-plan' || k === 'regional-letter' ? k : 'inspection-report';
    } catch {
      continue;
    }
    const text = bytes.toString('utf8');
    const finalNewline = text.endsWith('\n');
    const lines = text.split('\n');
    if (finalNewline) lines.pop();
    seeds.push({ name, kind, bytes, text, lines, finalNewline });
  }
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

const RATING_WORDS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
const RATING_RE = new RegExp(`^(${RATING_WORDS.join('|')})$`, 'i');
const plain = (l: string) => l.replace(/<\/?[a-z]+>/gi, '').replace(/[*_#]/g, '').trim();
const isRatingLine = (l: string) => RATING_RE.test(plain(l));
const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';

/** Lines as an editor counts them in a byte buffer. */
export function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && i < bytes.length - 1) n++;
  return n;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const build = (seed: Seed, lines: string[]) => utf8(lines.join('\n') + (seed.finalNewline ? '\n' : ''));
const shortName = (seed: Seed) => seed.name.replace(/\.[^.]*$/, '').slice(0, 12);

/** A deterministic PRNG (mulberry32), so that "random" bytes are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function findIndex(lines: string[], re: RegExp, from = 0, to = lines.length): number {
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) if (re.test(lines[i]!)) return i;
  return -1;
}

function findLastIndex(lines: string[], test: (l: string, i: number) => boolean, from = 0): number {
  for (let i = lines.length - 1; i >= from; i--) if (test(lines[i]!, i)) return i;
  return -1;
}

/** Nearest non-blank line above index i. */
function prevNonBlank(lines: string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k])) k--;
  return k;
}

/** A line of prose from `from` on (or from the start, where the rest is all tables). */
function proseLine(lines: string[], from: number): number {
  const re = /^[A-Z][^\t]{100,}\.$/;
  const at = findIndex(lines, re, from);
  return at >= 0 ? at : findIndex(lines, re);
}

/** A line of prose standing as its own paragraph: long, no table cells, ends a sentence. */
function isProse(lines: string[], i: number, min = 150): boolean {
  const l = lines[i]!;
  return l.length >= min && !l.includes('\t') && /^[A-Z]/.test(l) && /\.$/.test(l.trim()) && isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
}

/**
 * Writes `payload` into a line of text after its first word past `minChars` characters of
 * prose, outside any HTML tag, so that the line keeps its role (quote marks, cells, markup).
 */
export function insertIntoText(line: string, payload: string, minChars = 6, from = 0): string {
  let inTag = false;
  let seen = 0;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (c === '<') inTag = true;
    else if (c === '>') inTag = false;
    else if (!inTag) {
      if (c === ' ' && seen >= minChars && /\p{L}/u.test(line[i - 1] ?? '') && /\p{L}/u.test(line[i + 1] ?? '')) {
        return `${line.slice(0, i + 1)}${payload} ${line.slice(i + 1)}`;
      }
      seen++;
    }
  }
  throw new Error(`no place to insert a payload in "${line.slice(0, 60)}"`);
}

// ---------------------------------------------------------------------------------------------
// Where things are in each kind of document, found by content.

interface ReportMap {
  ratings: number; // the Ratings heading (not the contents row)
  recommendations: number; // the Recommendations heading after it
  overallRating: number; // the rating line under "Overall rating"
  standardRating: number; // a standard's rating line in the Ratings section
  bodyStandards: number[]; // heading lines of the standards' sections in the body
  bodyRating: number; // a rating on its own line in the body
  trailingRating: number; // a rating appended to a standard's descriptor in the body (or -1)
  prose: number; // a narrative paragraph of the body
  testimonial: number; // a quote from a person on probation (or -1)
  kqRow: number; // a key-question row
  recommendation: number; // a numbered recommendation
}

function mapReport(lines: string[]): ReportMap {
  const ratings = findIndex(lines, /^\W*Ratings\W*$/);
  const recommendations = findIndex(lines, /^\W*Recommendations\W*$/, ratings + 1);
  const ratingLines = [] as number[];
  for (let i = ratings + 1; i < recommendations; i++) if (isRatingLine(lines[i]!)) ratingLines.push(i);
  const overallRating = ratingLines.find((i) => /overall rating/i.test(lines[prevNonBlank(lines, i)]!)) ?? -1;
  const standardRating = ratingLines.filter((i) => /^\W*[RP]\s?\d\.\d/.test(lines[prevNonBlank(lines, i)]!))[2] ?? -1;
  const bodyStandards: number[] = [];
  for (let i = recommendations + 1; i < lines.length; i++) if (/^[#*\s]*(?:[RP]\s?)?\d\.\d\.?\s+[A-Z]/.test(lines[i]!)) bodyStandards.push(i);
  const bodyRating = findLastIndex(lines, (l) => isRatingLine(l), recommendations);
  const trailingRating = findLastIndex(
    lines,
    (l) => l.length > 40 && new RegExp(`\\.\\s*\\**(${RATING_WORDS.join('|')})\\**\\s*$`).test(l),
    recommendations,
  );
  const background = findIndex(lines, /^\W*Background\W*$/, recommendations);
  let prose = -1;
  for (let i = background + 1; i < lines.length && prose < 0; i++) if (isProse(lines, i)) prose = i;
  const testimonial = findIndex(lines, /^[*_]*[“"].{40,}[”"][*_]*\s*$/, recommendations);
  const kqHead = findIndex(lines, /^Key question\t/i, recommendations);
  const kqRow = findIndex(lines, /\t.*\d+%\W*$/, kqHead + 1);
  const recommendation = findIndex(lines, /^\d+\.\s+[a-z]/, recommendations);
  return { ratings, recommendations, overallRating, standardRating, bodyStandards, bodyRating, trailingRating, prose, testimonial, kqRow, recommendation };
}

interface LetterMap {
  prose: number;
  bullet: number; // a bulleted key strength
  recommendation: number; // a bulleted recommendation in annexe one
  annexeTwo: number;
  tables: number[]; // each PDU table's title row
  standardRow: number; // a standard's row in a ratings table
  overallRow: number;
}

function mapLetter(lines: string[]): LetterMap {
  const dear = findIndex(lines, /^Dear\s/);
  let prose = -1;
  for (let i = dear + 1; i < lines.length && prose < 0; i++) if (isProse(lines, i, 200)) prose = i;
  const bullet = findIndex(lines, /^- [A-Z].{150,}\.$/, dear + 1);
  const annexeOne = findIndex(lines, /^\W*Annexe one\b/i);
  const recommendation = findIndex(lines, /^- [a-z].{40,}$/, annexeOne + 1);
  const annexeTwo = findIndex(lines, /^\W*Annexe two\b/i);
  const tables: number[] = [];
  for (let i = annexeTwo + 1; i < lines.length; i++) if (/PDU\b.*\bScore\b/i.test(plain(lines[i]!))) tables.push(i);
  const standardRow = findIndex(lines, new RegExp(`^\\d\\.\\d\\t[^\\t]+\\t(${RATING_WORDS.join('|')})\\s*$`), (tables[1] ?? tables[0])!);
  const overallRow = findIndex(lines, /^Overall rating\t/i, (tables[1] ?? tables[0])!);
  return { prose, bullet, recommendation, annexeTwo, tables, standardRow, overallRow };
}

interface PlanMap {
  prose: number;
  header: number; // the "Rec No" header row of the table
  items: number[]; // first line of each item row ("7\tensure …")
  totals: number; // the totals block after the table
}

function mapPlan(lines: string[]): PlanMap {
  let prose = -1;
  for (let i = 0; i < lines.length && prose < 0; i++) if (isProse(lines, i)) prose = i;
  const header = findIndex(lines, /Rec(?:ommendation)?\.? No/i);
  const items: number[] = [];
  for (let i = header + 1; i < lines.length; i++) if (/^\d{1,3}\.?\t/.test(lines[i]!)) items.push(i);
  const totals = findIndex(lines, /^\W*Recommendations\W*$/, header + 1);
  return { prose, header, items, totals };
}

// ---------------------------------------------------------------------------------------------
// The payloads.

export interface Payload {
  key: string;
  text: string;
  /** The text the content must hold: an unsafe link keeps only its words. */
  expect: string;
  /** Written as lines of their own between paragraphs too. */
  standalone: boolean;
  /** What a standalone copy becomes, and the line (0-based within the payload) to look at. */
  standaloneAs?: { as: 'finding' | 'heading'; expect: string; line: number };
}

export const PAYLOADS: Payload[] = [
  { key: 'script', text: '<script>alert(1)</script>', expect: '<script>alert(1)</script>', standalone: true },
  { key: 'img-onerror', text: '<img src=x onerror=alert(1)>', expect: '<img src=x onerror=alert(1)>', standalone: false },
  { key: 'javascript-link', text: '[click](javascript:alert(1))', expect: 'click', standalone: false },
  { key: 'iframe', text: '<iframe src=//evil.example>', expect: '<iframe src=//evil.example>', standalone: true },
  {
    key: 'md-heading',
    text: '# Injected heading',
    expect: '# Injected heading',
    standalone: true,
    standaloneAs: { as: 'heading', expect: 'Injected heading', line: 0 },
  },
  {
    key: 'frontmatter',
    text: '---\ntitle: x\n---',
    expect: '--- title: x ---',
    standalone: true,
    standaloneAs: { as: 'finding', expect: 'title: x', line: 1 },
  },
  { key: 'html-comment', text: '<!-- comment -->', expect: '<!-- comment -->', standalone: true },
  { key: 'template', text: '{{template}}', expect: '{{template}}', standalone: false },
  { key: 'style', text: '<style>body{display:none}</style>', expect: '<style>body{display:none}</style>', standalone: true },
];

/** A payload written into one line: multi-line payloads split the line, except in a table cell. */
function inject(lines: string[], at: number, payload: Payload, inCell: boolean, cell?: number, pastBold = false): void {
  const text = inCell ? payload.text.replace(/\n/g, ' ') : payload.text;
  if (cell === undefined) {
    lines[at] = insertIntoText(lines[at]!, text);
  } else {
    const cells = lines[at]!.split('\t');
    // Past an addressee heading in the cell ("<b>X PDU should:</b>"), into the text itself.
    const bold = pastBold ? cells[cell]!.lastIndexOf('</b>') : -1;
    cells[cell] = insertIntoText(cells[cell]!, text, 6, bold < 0 ? 0 : bold + 4);
    lines[at] = cells.join('\t');
  }
}

// ---------------------------------------------------------------------------------------------
// The cases.

export function generateCases(seeds: Seed[]): HostileCase[] {
  const cases: HostileCase[] = [];
  const companionOf = (seed: Seed | null): CaseFile[] => {
    // A good document beside the bad one (sorted first), so a refusal must name the right file.
    const other = seeds.find((s) => s !== seed && s.kind !== seed?.kind) ?? seeds.find((s) => s !== seed);
    return other ? [{ name: `0-good-${other.name}`, bytes: other.bytes }] : [];
  };
  const refused = (
    id: string,
    category: string,
    seed: Seed | null,
    name: string,
    bytes: Buffer,
    lines: [number, number] | 'any',
    extra: Partial<HostileCase> = {},
  ) => {
    const n = lineCount(bytes);
    cases.push({
      id,
      category,
      seed: seed?.name ?? null,
      files: [...companionOf(seed), { name, bytes }],
      file: name,
      allowed: ['refused'],
      lines: lines === 'any' ? [1, n] : lines,
      ...extra,
    });
  };

  for (const seed of seeds) {
    const s = shortName(seed);
    const size = seed.bytes.length;
    const total = seed.lines.length;

    // Truncated: 12 evenly spaced byte offsets, three cuts inside a UTF-8 sequence, and cuts at
    // line boundaries. A cut that leaves a whole document may ingest; then it must ingest right.
    const cuts: { at: number; label: string }[] = [];
    for (let k = 1; k <= 12; k++) {
      const at = Math.floor((size * k) / 13);
      const mid = (seed.bytes[at]! & 0xc0) === 0x80;
      cuts.push({ at, label: `byte ${at}/${size}${mid ? ' (mid-UTF-8)' : ''}` });
    }
    for (const f of [0.3, 0.6, 0.9]) {
      let i = Math.floor(size * f);
      while (i < size && seed.bytes[i]! < 0xc2) i++;
      if (i < size) cuts.push({ at: i + 1, label: `byte ${i + 1}/${size} (mid-UTF-8)` });
    }
    const lineStarts = [0];
    for (let i = 0; i < size; i++) if (seed.bytes[i] === 0x0a) lineStarts.push(i + 1);
    for (const f of [0.25, 0.5, 0.75]) {
      const ln = Math.floor(total * f);
      cuts.push({ at: lineStarts[ln]!, label: `after line ${ln}/${total}` });
    }
    const lastLine = findLastIndex(seed.lines, (l) => !isBlank(l));
    cuts.push({ at: lineStarts[lastLine]!, label: `without its last line (${lastLine + 1})` });
    const seen = new Set<number>();
    for (const { at, label } of cuts) {
      if (seen.has(at) || at <= 0 || at >= size) continue;
      seen.add(at);
      const bytes = seed.bytes.subarray(0, at);
      const name = `cut-${s}-${at}.txt`;
      const midUtf8 = /mid-UTF-8/.test(label);
      const n = lineCount(bytes);
      cases.push({
        id: `${seed.name} truncated at ${label}`,
        category: 'truncated',
        seed: seed.name,
        files: [...companionOf(seed), { name, bytes: Buffer.from(bytes) }],
        file: name,
        // A cut inside a UTF-8 sequence can never be a whole document.
        allowed: midUtf8 ? ['refused'] : ['refused', 'ingested'],
        lines: midUtf8 ? [n, n] : [1, n],
      });
    }

    // Latin-1 (Windows-1252 where Latin-1 has no such character): not UTF-8.
    {
      const cp1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };
      const out: number[] = [];
      for (const ch of seed.text) {
        const c = ch.codePointAt(0)!;
        out.push(c < 0x100 ? c : (cp1252[ch] ?? 0x3f));
      }
      const bytes = Buffer.from(out);
      const firstHigh = bytes.findIndex((b) => b >= 0x80);
      if (firstHigh >= 0) {
        const ln = lineOfOffset(bytes, firstHigh);
        refused(`${seed.name} re-encoded as Latin-1`, 'latin-1', seed, `latin1-${s}.txt`, bytes, [ln, ln]);
      }
    }

    // Line endings and byte-order mark: read exactly like the original.
    for (const [label, make] of [
      ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
      ['BOM', (t: string) => `\uFEFF${t}`],
      ['CRLF+BOM', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
      ['CR only', (t: string) => t.replace(/\n/g, '\r')],
    ] as const) {
      cases.push({
        id: `${seed.name} with ${label}`,
        category: 'crlf / bom',
        seed: seed.name,
        files: [{ name: seed.name, bytes: utf8(make(seed.text)) }],
        file: seed.name,
        allowed: ['ingested'],
        sameAsSeed: true,
      });
    }

    // Size: a 10 MB document (the seed repeated), one line of 1 MB.
    {
      const reps = Math.ceil((10 * 1024 * 1024) / size) + 1;
      const bytes = Buffer.concat(Array.from({ length: reps }, () => seed.bytes));
      refused(`${seed.name} repeated to ${(bytes.length / 1048576).toFixed(1)} MB`, 'size', seed, `huge-${s}.txt`, bytes, [1, 1], { budgetMs: 10_000 });
    }
    {
      const lines = [...seed.lines];
      const at = proseLine(lines, Math.floor(total / 2));
      const words = 'and the text went on ';
      lines[at] = lines[at]!.slice(0, -1) + ' ' + words.repeat(Math.ceil(1048576 / words.length)).trim() + '.';
      refused(`${seed.name} with a 1 MB line (${at + 1})`, 'size', seed, `longline-${s}.txt`, build(seed, lines), [at + 1, at + 1], { budgetMs: 10_000 });
    }

    // The same document twice under two names.
    cases.push({
      id: `${seed.name} twice under two names`,
      category: 'duplicate',
      seed: seed.name,
      files: [
        { name: `a-${seed.name}`, bytes: seed.bytes },
        { name: `b-${seed.name}`, bytes: seed.bytes },
      ],
      file: `b-${seed.name}`,
      allowed: ['refused'],
      lines: [1, 1],
    });
  }

  // The same document twice, once with other line endings (different bytes, same document).
  if (seeds[0]) {
    const seed = seeds[0];
    cases.push({
      id: `${seed.name} twice, the second copy CRLF with a BOM`,
      category: 'duplicate',
      seed: seed.name,
      files: [
        { name: `a-${seed.name}`, bytes: seed.bytes },
        { name: `b-${seed.name}`, bytes: utf8(`\uFEFF${seed.text.replace(/\n/g, '\r\n')}`) },
      ],
      file: `b-${seed.name}`,
      allowed: ['refused'],
      lines: [1, 1],
    });
  }

  // Just under the limits: must end either way, quickly, without a crash.
  {
    const seed = seeds.find((x) => x.kind === 'inspection-report') ?? seeds[0]!;
    const s = shortName(seed);
    const lines = [...seed.lines];
    const at = proseLine(lines, Math.floor(lines.length / 2));
    const words = 'and so it went on ';
    lines[at] = (lines[at]!.slice(0, -1) + ' ' + words.repeat(Math.ceil(99_000 / words.length))).slice(0, 99_990).trimEnd() + '.';
    cases.push({
      id: `${seed.name} with a line of 99,990 characters (just under the limit)`,
      category: 'size',
      seed: seed.name,
      files: [{ name: `nearly-long-${s}.txt`, bytes: build(seed, lines) }],
      file: `nearly-long-${s}.txt`,
      allowed: ['ingested', 'refused'],
      lines: [1, lines.length],
      budgetMs: 15_000,
    });
    const reps = Math.floor((5 * 1024 * 1024 - 1024) / seed.bytes.length);
    const big = Buffer.concat(Array.from({ length: reps }, () => seed.bytes));
    cases.push({
      id: `${seed.name} repeated to ${(big.length / 1048576).toFixed(2)} MB (just under the limit)`,
      category: 'size',
      seed: seed.name,
      files: [{ name: `nearly-huge-${s}.txt`, bytes: big }],
      file: `nearly-huge-${s}.txt`,
      allowed: ['refused'],
      lines: [1, lineCount(big)],
      budgetMs: 30_000,
    });
  }

  // Binary and other encodings.
  {
    const rnd = prng(5);
    const random = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)));
    random[100] = 0;
    refused('4 KB of random bytes with NULs', 'binary', null, 'random.bin', random, 'any');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
      Buffer.from(Array.from({ length: 512 }, () => Math.floor(rnd() * 256))),
      Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
    ]);
    refused('a PNG image', 'binary', null, 'figure.png', png, 'any');
    const seed = seeds[0];
    if (seed) {
      const s = shortName(seed);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.text, 'utf16le')]);
      refused(`${seed.name} as UTF-16LE`, 'binary', seed, `utf16-${s}.txt`, utf16, 'any');
      const mid = Math.floor(seed.lines.length / 2);
      const withNul = [...seed.lines];
      withNul[mid] = `${withNul[mid]}\u0000`;
      refused(`${seed.name} with a NUL byte on line ${mid + 1}`, 'binary', seed, `nul-${s}.txt`, build(seed, withNul), [mid + 1, mid + 1]);
      const withEsc = [...seed.lines];
      withEsc[mid] = `\u001b[2J\u001b[31m${withEsc[mid]}`;
      refused(`${seed.name} with terminal escapes on line ${mid + 1}`, 'binary', seed, `escape-${s}.txt`, build(seed, withEsc), [mid + 1, mid + 1]);
    }
  }

  // Empty, or as good as.
  for (const [label, bytes] of [
    ['an empty file', Buffer.alloc(0)],
    ['a byte-order mark alone', utf8('\uFEFF')],
    ['blank lines only', utf8('\n\n\n')],
    ['white space only', utf8(' \t \n  \n')],
  ] as const) {
    refused(label, 'empty', null, `empty-${label.replace(/\W+/g, '-')}.txt`, bytes, [1, lineCount(bytes)]);
  }

  // Per kind: unknown rating words, duplicated and missing sections, injections.
  for (const seed of seeds) {
    const s = shortName(seed);
    const L = seed.lines;
    const edit = (f: (lines: string[]) => void) => {
      const lines = [...L];
      f(lines);
      return build(seed, lines);
    };
    const replaceRating = (line: string, word: string) =>
      line.replace(new RegExp(`(${RATING_WORDS.join('|')})(\\**\\s*)$`, 'i'), `${word}$2`);

    if (seed.kind === 'inspection-report') {
      const m = mapReport(L);
      const ok = [m.ratings, m.recommendations, m.overallRating, m.standardRating, m.bodyRating, m.prose, m.kqRow].every((i) => i >= 0) && m.bodyStandards.length >= 3;
      if (!ok) throw new Error(`hostile: cannot find the parts of report ${seed.name}: ${JSON.stringify(m)}`);
      const one = (i: number): [number, number] => [i + 1, i + 1];

      refused(`${seed.name}: overall rating "Excellent"`, 'unknown rating', seed, `rating-overall-${s}.txt`, edit((l) => (l[m.overallRating] = replaceRating(l[m.overallRating]!, 'Excellent'))), one(m.overallRating));
      refused(`${seed.name}: a standard rated "Satisfactory" in the Ratings section`, 'unknown rating', seed, `rating-standard-${s}.txt`, edit((l) => (l[m.standardRating] = replaceRating(l[m.standardRating]!, 'Satisfactory'))), one(m.standardRating));
      {
        const head = m.bodyStandards.filter((h) => h < m.bodyRating).pop()!;
        const next = m.bodyStandards.find((h) => h > m.bodyRating) ?? L.length;
        refused(`${seed.name}: a standard rated "Excellent" in its section`, 'unknown rating', seed, `rating-body-${s}.txt`, edit((l) => (l[m.bodyRating] = replaceRating(l[m.bodyRating]!, 'Excellent'))), [head + 1, next]);
      }
      if (m.trailingRating >= 0) {
        const head = m.bodyStandards.filter((h) => h < m.trailingRating).pop()!;
        const next = m.bodyStandards.find((h) => h > m.trailingRating) ?? L.length;
        refused(`${seed.name}: a standard's descriptor ending "Satisfactory"`, 'unknown rating', seed, `rating-trailing-${s}.txt`, edit((l) => (l[m.trailingRating] = replaceRating(l[m.trailingRating]!, 'Satisfactory'))), [head + 1, next]);
      }

      // Duplicated: the Ratings section twice; a standard's whole section twice.
      {
        const [a, b] = [m.ratings, m.recommendations];
        refused(`${seed.name}: the Ratings section twice`, 'duplicated section', seed, `dup-ratings-${s}.txt`, edit((l) => l.splice(b, 0, ...L.slice(a, b))), [a + 1, b + (b - a)]);
        const k = m.bodyStandards.length - 2;
        const [x, y] = [m.bodyStandards[k]!, m.bodyStandards[k + 1]!];
        refused(`${seed.name}: the section of standard ${plain(L[x]!).split(/\s+/).slice(0, 2).join(' ')} twice`, 'duplicated section', seed, `dup-standard-${s}.txt`, edit((l) => l.splice(y, 0, ...L.slice(x, y))), [x + 1, y + (y - x)]);
        // Missing: no Ratings section; no section for one standard.
        refused(`${seed.name} without its Ratings section`, 'missing section', seed, `no-ratings-${s}.txt`, edit((l) => l.splice(a, b - a)), 'any');
        refused(`${seed.name} without the section of standard ${plain(L[x]!).split(/\s+/).slice(0, 2).join(' ')}`, 'missing section', seed, `no-standard-${s}.txt`, edit((l) => l.splice(x, y - x)), 'any');
      }

      // Injections: in a paragraph, inside a testimonial, in a key-question cell, in a recommendation.
      for (const p of PAYLOADS) {
        const lines = [...L];
        const placements: Placement[] = [];
        // Later lines first, so the earlier line numbers hold when a payload splits a line.
        const spots: { at: number; where: string; cell?: number; kq?: boolean }[] = [
          { at: m.prose, where: 'paragraph' },
          ...(m.testimonial >= 0 ? [{ at: m.testimonial, where: 'testimonial' }] : []),
          { at: m.kqRow, where: 'key-question cell', cell: 0, kq: true },
          ...(m.recommendation >= 0 ? [{ at: m.recommendation, where: 'recommendation' }] : []),
        ].sort((a, b) => b.at - a.at);
        for (const spot of spots) inject(lines, spot.at, p, spot.cell !== undefined, spot.cell);
        // Line numbers after the splits above.
        const extra = p.text.split('\n').length - 1;
        for (const spot of spots) {
          const inCell = spot.cell !== undefined;
          const shift = spots.filter((o) => o.at < spot.at && o.cell === undefined).length * extra;
          placements.push({ where: spot.where, line: spot.at + 1 + shift, expectText: inCell ? p.expect : p.expect, keyQuestion: spot.kq });
        }
        cases.push(injection(seed, `inline-${p.key}-${s}.txt`, `${seed.name}: ${p.key} in ${spots.map((x) => x.where).join(', ')}`, lines, p, placements));
      }
      standaloneInjections(seed, m.prose, cases);
    }

    if (seed.kind === 'regional-letter') {
      const m = mapLetter(L);
      const ok = [m.prose, m.bullet, m.recommendation, m.annexeTwo, m.standardRow, m.overallRow].every((i) => i >= 0) && m.tables.length >= 2;
      if (!ok) throw new Error(`hostile: cannot find the parts of letter ${seed.name}: ${JSON.stringify(m)}`);
      const one = (i: number): [number, number] => [i + 1, i + 1];
      refused(`${seed.name}: a PDU's overall rating "Satisfactory"`, 'unknown rating', seed, `rating-overall-${s}.txt`, edit((l) => (l[m.overallRow] = replaceRating(l[m.overallRow]!, 'Satisfactory'))), one(m.overallRow));
      refused(`${seed.name}: a standard rated "Excellent"`, 'unknown rating', seed, `rating-standard-${s}.txt`, edit((l) => (l[m.standardRow] = replaceRating(l[m.standardRow]!, 'Excellent'))), one(m.standardRow));

      const [t0, t1] = [m.tables[0]!, m.tables[1]!];
      refused(`${seed.name}: the ratings annexe twice`, 'duplicated section', seed, `dup-annexe-${s}.txt`, edit((l) => l.push('', ...L.slice(m.annexeTwo))), [m.annexeTwo + 1, L.length + 1 + (L.length - m.annexeTwo)]);
      refused(`${seed.name}: a PDU's ratings table twice`, 'duplicated section', seed, `dup-table-${s}.txt`, edit((l) => l.splice(t1, 0, ...L.slice(t0, t1))), [t0 + 1, t1 + (t1 - t0)]);
      refused(`${seed.name}: a standard's row twice`, 'duplicated section', seed, `dup-row-${s}.txt`, edit((l) => l.splice(m.standardRow + 1, 0, L[m.standardRow]!)), [m.standardRow + 1, m.standardRow + 2]);
      refused(`${seed.name} without its ratings annexe`, 'missing section', seed, `no-annexe-${s}.txt`, edit((l) => l.splice(m.annexeTwo)), 'any');
      refused(`${seed.name} without a standard's row`, 'missing section', seed, `no-row-${s}.txt`, edit((l) => l.splice(m.standardRow, 1)), 'any');
      refused(`${seed.name} without one PDU's ratings table`, 'missing section', seed, `no-table-${s}.txt`, edit((l) => l.splice(t0, t1 - t0)), 'any');

      for (const p of PAYLOADS) {
        const lines = [...L];
        const spots = [
          { at: m.prose, where: 'paragraph' },
          { at: m.bullet, where: 'bullet' },
          { at: m.recommendation, where: 'recommendation' },
        ].sort((a, b) => b.at - a.at);
        for (const spot of spots) inject(lines, spot.at, p, false);
        const extra = p.text.split('\n').length - 1;
        const placements = spots.map((spot) => ({ where: spot.where, line: spot.at + 1 + spots.filter((o) => o.at < spot.at).length * extra, expectText: p.expect }));
        cases.push(injection(seed, `inline-${p.key}-${s}.txt`, `${seed.name}: ${p.key} in ${spots.map((x) => x.where).join(', ')}`, lines, p, placements));
      }
      standaloneInjections(seed, m.prose, cases);
    }

    if (seed.kind === 'action-plan') {
      const m = mapPlan(L);
      const ok = m.prose >= 0 && m.header >= 0 && m.items.length >= 4 && m.totals >= 0;
      if (!ok) throw new Error(`hostile: cannot find the parts of action plan ${seed.name}: ${JSON.stringify(m)}`);
      const row = m.items[1]!;
      const cells = L[row]!.split('\t');
      const statusCell = cells.findIndex((c) => /^(Agreed|Partly Agreed|Not Agreed)$/i.test(plain(c)));
      if (statusCell >= 0) {
        refused(`${seed.name}: an item's status "Excellent"`, 'unknown rating', seed, `status-${s}.txt`, edit((l) => {
          const c = l[row]!.split('\t');
          c[statusCell] = 'Excellent';
          l[row] = c.join('\t');
        }), [row + 1, row + 1]);
      }
      const [i1, i2] = [m.items[1]!, m.items[2]!];
      refused(`${seed.name}: an item twice`, 'duplicated section', seed, `dup-item-${s}.txt`, edit((l) => l.splice(i2, 0, ...L.slice(i1, i2))), [i1 + 1, i2 + (i2 - i1)]);
      refused(`${seed.name} without its table`, 'missing section', seed, `no-table-${s}.txt`, edit((l) => l.splice(m.header, m.totals - m.header)), 'any');

      // Injections: in the introduction, in the recommendation and the response cells of an item.
      const responseCell = statusCell >= 0 ? statusCell + 1 : 3;
      for (const p of PAYLOADS) {
        const lines = [...L];
        inject(lines, row, p, true, 1, true);
        inject(lines, row, p, true, responseCell);
        inject(lines, m.prose, p, false);
        const extra = p.text.split('\n').length - 1;
        const placements: Placement[] = [
          { where: 'paragraph', line: m.prose + 1, expectText: p.expect },
          { where: 'recommendation cell', line: row + 1 + extra, expectText: p.expect.replace(/\n/g, ' ') },
          { where: 'response cell', line: row + 1 + extra, expectText: p.expect.replace(/\n/g, ' ') },
        ];
        cases.push(injection(seed, `inline-${p.key}-${s}.txt`, `${seed.name}: ${p.key} in paragraph, recommendation cell, response cell`, lines, p, placements));
      }
      standaloneInjections(seed, m.prose, cases);
    }
  }

  // Recommendations carrying a payload, read beside the action plan that answers them: the
  // recommendation ↔ response matching and its data-quality messages quote the text.
  const plan = seeds.find((x) => x.kind === 'action-plan');
  for (const seed of plan ? seeds.filter((x) => x.kind === 'inspection-report') : []) {
    const m = mapReport(seed.lines);
    const lines = [...seed.lines];
    const placements: Placement[] = [];
    const p = PAYLOADS[0]!;
    for (let i = m.recommendations + 1; i < (m.bodyStandards[0] ?? lines.length); i++) {
      if (/^\d+\.\s+[a-z]/.test(lines[i]!)) {
        lines[i] = lines[i]!.replace(/^(\d+\.\s+)/, `$1${p.text} `);
        placements.push({ where: `recommendation (line ${i + 1})`, line: i + 1, expectText: p.expect });
      }
    }
    const name = `recs-${p.key}-${shortName(seed)}.txt`;
    cases.push({
      ...injection(seed, name, `${seed.name}: ${p.key} at the start of every recommendation, read with ${plan!.name}`, lines, p, placements),
      files: [{ name: plan!.name, bytes: plan!.bytes }, { name, bytes: build(seed, lines) }],
      baseline: [plan!.name, seed.name],
    });
  }
  return cases;
}

function injection(seed: Seed, name: string, id: string, lines: string[], p: Payload, placements: Placement[]): HostileCase {
  return {
    id,
    category: 'injection',
    seed: seed.name,
    files: [{ name, bytes: build(seed, lines) }],
    file: name,
    allowed: ['ingested'],
    payload: p.text,
    placements,
  };
}

/** Line-level payloads as paragraphs of their own, one after another, after a paragraph of prose. */
function standaloneInjections(seed: Seed, after: number, cases: HostileCase[]): void {
  const lines = [...seed.lines];
  const placements: Placement[] = [];
  const inserted: string[] = [];
  const used = PAYLOADS.filter((x) => x.standalone);
  for (const p of used) {
    const as = p.standaloneAs ?? { as: 'finding' as const, expect: p.expect, line: 0 };
    inserted.push('');
    // 1-based line of the payload's line `as.line`: after the prose line (after + 1) and what came before.
    placements.push({ where: `${p.key} on lines of its own`, line: after + 1 + inserted.length + 1 + as.line, expectText: as.expect, as: as.as });
    inserted.push(...p.text.split('\n'));
  }
  lines.splice(after + 1, 0, ...inserted);
  const name = `lines-${shortName(seed)}.txt`;
  cases.push({
    ...injection(seed, name, `${seed.name}: ${used.map((p) => p.key).join(', ')} as lines of their own`, lines, used[0]!, placements),
    payload: used.map((p) => p.text).join('\n'),
  });
}
