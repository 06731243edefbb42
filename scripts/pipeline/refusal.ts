// A refused document, told to its user: the file and line, the reason, what the ingest expected
// there, what it found and a hint. Parsers throw ParseError(line, reason); the expected / found /
// hint of the common refusals are filled in here, from a table keyed by the reason's wording, so
// that the parsers stay about parsing. A ParseError that brings its own details keeps them.
import { RATING_WORDS } from './framework/ratings';
import { EXAMPLE_STANDARD } from './framework/programmes';
import { ParseError, type RefusalDetails } from './types';

export interface Refusal {
  /** The file as the ingest names it (relative to the working folder where it can be). */
  file: string;
  line: number;
  reason: string;
  expected: string | null;
  found: string | null;
  hint: string | null;
}

interface Context {
  /** The document's lines, when it could be read as text at all. */
  lines: string[] | null;
  line: number;
  /** The text at the line, quoted and shortened, or what stands there instead. */
  atLine: string;
}

interface Rule {
  test: RegExp;
  expected?: (m: RegExpExecArray, c: Context) => string;
  found?: (m: RegExpExecArray, c: Context) => string;
  hint: string | ((m: RegExpExecArray, c: Context) => string);
}

const RATINGS_LISTED = RATING_WORDS.join(', ');
/** A standard's heading as reports write it, for the hints: “P 2.1 Assessment”. */
const A_STANDARD = `“${EXAMPLE_STANDARD.code} ${EXAMPLE_STANDARD.name}”`;
const TRUNCATED =
  'The text looks cut short: extract the whole document again from its PDF, annexes included, and compare its end with the published document.';
const AT_END = (c: Context) => (c.lines ? `the end of the file (line ${c.lines.length}) without one` : 'the end of the file without one');

const RULES: Rule[] = [
  // Reading the file (pipeline/read.ts).
  {
    test: /^the file is empty/,
    expected: () => 'the text of an inspection document',
    found: () => 'an empty file',
    hint: 'Extract the document’s text from its PDF into this file, as plain UTF-8 text.',
  },
  {
    test: /^the file is (\d+) bytes; documents larger than (\d+) bytes/,
    expected: (m) => `a document of at most ${m[2]} bytes`,
    found: (m) => `${m[1]} bytes`,
    hint: 'A published report is well under 1 MB of text: check that the file holds one document and that its extraction did not repeat pages.',
  },
  {
    test: /^not a text file/,
    expected: () => 'plain text (UTF-8)',
    found: () => 'a NUL byte: binary data (a PDF, an image or a word-processor file?)',
    hint: 'Give the ingest the document’s extracted text, not the PDF or word-processor file itself.',
  },
  {
    test: /^not UTF-8 text: invalid byte (0x[0-9a-f]+)/i,
    expected: () => 'UTF-8 text',
    found: (m) => `the byte ${m[1]}, which is not UTF-8`,
    hint: 'Save the file as UTF-8; from Latin-1: iconv -f latin1 -t utf-8 old.txt > new.txt',
  },
  {
    test: /^line is (\d+) characters long; lines over (\d+)/,
    expected: (m) => `lines of at most ${m[2]} characters`,
    found: (m) => `a line of ${m[1]} characters`,
    hint: 'The extraction probably lost the line breaks: extract the text again, keeping one line per paragraph.',
  },
  {
    test: /^control character (U\+[0-9a-f]+)/i,
    expected: () => 'printable text',
    found: (m) => `the control character ${m[1]}`,
    hint: 'Binary data or extraction debris inside the text: delete the character, or extract the text again.',
  },
  // Recognising the kind (pipeline/detect.ts) and the corpus (scripts/ingest.ts).
  {
    test: /^unrecognised document kind: expected (.*)$/,
    expected: (m) => m[1]!,
    found: (_m, c) => {
      const first = c.lines?.find((l) => l.trim() !== '');
      return first ? `a document that begins ${quote(first)} and has none of these markers` : 'a document without any of these markers';
    },
    hint:
      'The ingest reads four kinds of document (docs/domain.md). If the file is one of them, check that its cover and the markers above survived the extraction; ' +
      'a new kind (a thematic or youth justice inspection, …) needs its own parser in scripts/pipeline/parse/ before it can be added.',
  },
  {
    test: /^document matches more than one kind \((.*)\)/,
    expected: () => 'the markers of exactly one kind of document',
    found: (m) => `the markers of ${m[1]}`,
    hint: 'Does the file hold two documents (a report with its action plan pasted after it)? Give each document a file of its own.',
  },
  {
    test: /^duplicates (\S+): both are the (\S+) (\S+)/,
    expected: () => 'a document not already in the collection',
    found: (m) => `the same ${m[2]} as ${m[1]} (${m[3]})`,
    hint: (m) => `Each document once: if this is a corrected copy of ${m[1]}, replace that file with it rather than adding a second one.`,
  },
  // Ratings (parse/common.ts, parse/report.ts, parse/letter.ts).
  {
    test: /^unknown rating "(.*)" for (.*); expected one of (.*)$/,
    expected: (m) => `one of ${m[3]}, for ${m[2]}`,
    found: (m) => quote(m[1]!),
    hint: 'Ratings are read as written, never guessed: correct a typo or extraction slip against the published PDF. A different rating scale needs a parser change.',
  },
  {
    test: /^no ratings found/,
    expected: () => `a Ratings section listing each standard with its rating (${RATINGS_LISTED})`,
    found: (_m, c) => AT_END(c),
    hint: 'Check that the Ratings page survived the extraction (its table may have been dropped or read as an image); if the text stops early, extract it again.',
  },
  {
    test: /^no rating for (.*) in the ratings section/,
    expected: (m) => `a rating for ${m[1]} in the Ratings section`,
    found: (_m, c) => AT_END(c),
    hint: 'Check the Ratings table against the published PDF: a row may be missing or split across a page break.',
  },
  {
    test: /^(?:the section of )?standard (.+?) (?:has no rating|states no rating)/,
    expected: (m) => `a rating for standard ${m[1]} (${RATINGS_LISTED})`,
    found: (_m, c) => c.atLine,
    hint: 'The rating word after the standard is missing or misspelt: compare with the published PDF. If the text stops early, extract it again.',
  },
  {
    test: /^rating "(.*)" stands under no standard/,
    expected: () => `a rating right after the standard it rates (its code and name, e.g. ${A_STANDARD})`,
    found: (m) => `${quote(m[1]!)} with no standard above it`,
    hint: 'The standard’s line above the rating is missing or not recognised: restore it with its code.',
  },
  {
    test: /^standard (\S+(?: \d\.\d)?) is rated twice/,
    expected: (m) => `one rating for standard ${m[1]}`,
    found: (_m, c) => `a second rating: ${c.atLine}`,
    hint: 'The extraction may have repeated a page: remove the repeated part.',
  },
  {
    test: /^(?:the overall rating is missing|no overall rating found)/,
    expected: () => `the overall rating (${RATINGS_LISTED}) in the Ratings section`,
    found: (_m, c) => c.atLine,
    hint: 'The overall rating is read from the text, never derived from the score: check that its line survived the extraction.',
  },
  {
    test: /^no score or fieldwork date found/,
    expected: () => 'the score (“Score 5/24”) and the date fieldwork started in the Ratings section',
    found: (_m, c) => AT_END(c),
    hint: 'Check that the Ratings section survived the extraction whole.',
  },
  // Sections and key questions (parse/report.ts).
  {
    test: /^no section for standard (.*) in the body of the report/,
    expected: (m) => `a section in the body of the report for each rated standard, here ${m[1]}: a heading with the standard’s code and name, e.g. ${A_STANDARD}`,
    found: (_m, c) => AT_END(c),
    hint: 'Check that the heading survived the extraction as a line of its own, with its code; if the text stops early, extract it again.',
  },
  {
    test: /^a second section for standard (.+?) \(the first is at line (\d+)\)/,
    expected: (m) => `one section for standard ${m[1]}`,
    found: (m, c) => `a second one (the first is at line ${m[2]}): ${c.atLine}`,
    hint: 'The extraction may have repeated pages: remove the repeated part.',
  },
  {
    test: /^key-question table outside a standard section/,
    expected: () => `a key-question table (question, tab, percentage) inside a standard’s section, under a heading such as ${A_STANDARD}`,
    found: (_m, c) => `a table row before any standard’s section: ${c.atLine}`,
    hint: 'The standard’s heading above this table is missing or not recognised: restore it as a line of its own, with its code.',
  },
  {
    test: /^key question "(.*)" has no percentage/,
    expected: () => 'the key question followed by a tab and its percentage (“… ⇥ 58%”)',
    found: (m) => `${quote(m[1]!)} with no percentage`,
    hint: TRUNCATED,
  },
  {
    test: /^key-question percentage (\d+)% is over 100/,
    expected: () => 'a percentage from 0 to 100',
    found: (m) => `${m[1]}%`,
    hint: 'Compare the figure with the published PDF: digits may have run together in the extraction.',
  },
  {
    test: /^inspection report cover not found/,
    expected: () => 'the cover: “An inspection of probation services in:” followed by what was inspected',
    found: (_m, c) => c.atLine,
    hint: 'Check that the cover page survived the extraction.',
  },
  {
    test: /^cover names no region/,
    expected: () => 'the region on the cover: “The Probation Service – <name> region”',
    found: (_m, c) => c.atLine,
    hint: 'Check the cover against the published PDF; the region line may have been split or dropped.',
  },
  // Endings (parse/common.ts).
  {
    test: /^the document ends mid-sentence \("(.*)"\)/,
    expected: () => 'the document’s end: a complete last sentence, table or annexe',
    found: (m) => `the text stops at ${quote(m[1]!)}`,
    hint: TRUNCATED,
  },
  // Action plans (parse/action-plan.ts).
  {
    test: /^item label "(.*)" is not a plain number/,
    expected: () => 'a recommendation number (1, 2, 3 …) in the first column',
    found: (m) => quote(m[1]!),
    hint: 'Lettered sub-items (“3a”) are not read yet: number the row as the published plan does, or extend the action-plan parser.',
  },
  {
    test: /^item (\d+) has the status "(.*)"; expected (.*)$/,
    expected: (_m) => 'the status Agreed, Partly Agreed or Not Agreed',
    found: (m) => quote(m[2]!),
    hint: 'Correct the status against the published plan; a cell shifted by the extraction can put other text in the status column.',
  },
  {
    test: /^item (\d+) has no Agreed\/Partly Agreed\/Not Agreed status/,
    expected: () => 'the status Agreed, Partly Agreed or Not Agreed in the item’s row',
    found: (_m, c) => c.atLine,
    hint: 'Check the row’s cells (tab-separated) against the published plan: the status cell may be missing or merged into another.',
  },
  {
    test: /^item (\d+) appears twice \(first at line (\d+)\)/,
    expected: (m) => `item ${m[1]} once`,
    found: (m, c) => `a second item ${m[1]} (the first is at line ${m[2]}): ${c.atLine}`,
    hint: 'The extraction may have repeated a page: remove the repeated rows.',
  },
  {
    test: /^table row has (\d+) filled cells but the table has (\d+) columns/,
    expected: (m) => `a row of at most ${m[2]} tab-separated cells`,
    found: (m, c) => `${m[1]} filled cells: ${c.atLine}`,
    hint: 'A cell’s text may have been split by stray tabs in the extraction: join it back.',
  },
  {
    test: /^cannot align this table row/,
    expected: () => 'a row whose cells fit the plan’s columns (number, recommendation, status, actions, owners, dates)',
    found: (_m, c) => c.atLine,
    hint: 'Check the row’s tab-separated cells against the published plan.',
  },
  {
    test: /^no items:/,
    expected: () => 'a table row starting with a recommendation number',
    found: (_m, c) => AT_END(c),
    hint: 'Check that the plan’s table survived the extraction as tab-separated rows.',
  },
  {
    test: /^(?:the items table stops|item \d+'s row breaks off|no totals table|the totals table ends)/,
    expected: () => 'the rest of the items table, then the totals table (Agreed / Partly Agreed / Not Agreed / Total)',
    found: (_m, c) => (c.lines && c.line >= c.lines.length ? AT_END(c) : c.atLine),
    hint: TRUNCATED,
  },
  // Regional letters (parse/letter.ts).
  {
    test: /^no ratings annexe/,
    expected: () => 'the ratings annexe (“Annexe two - PDU ratings”)',
    found: (_m, c) => AT_END(c),
    hint: TRUNCATED,
  },
  {
    test: /^the ratings annexe has no table for (.*?) PDU/,
    expected: (m) => `a ratings table for ${m[1]} PDU in the ratings annexe`,
    found: () => 'no such table',
    hint: TRUNCATED,
  },
  {
    test: /^the ratings table for (.+?) \(from line (\d+)\) ends without (.*?); is the document truncated\?/,
    expected: (m) => `the rest of the ratings table for ${m[1]} (from line ${m[2]}): ${m[3]}`,
    found: (_m, c) => (c.lines && c.line >= c.lines.length ? AT_END(c) : `the table ends at ${c.atLine}`),
    hint: TRUNCATED,
  },
  {
    test: /^cannot read standard (\S+) for (.+?): expected "(.*)" followed by a rating, found "(.*)"$/,
    expected: (m) => `“${m[3]}” followed by its rating, for ${m[2]}`,
    found: (m) => quote(m[4]!),
    hint: 'Check the row against the published ratings table: its cells may have been split or run together.',
  },
  {
    test: /^standard (\S+) for (.+?) is named "(.*)"; the (\S+) framework names it "(.*)"/,
    expected: (m) => `standard ${m[1]} named “${m[5]}”`,
    found: (m) => `“${m[3]}”`,
    hint: 'A code and a name that disagree: check both against the published table (a row may have shifted).',
  },
  {
    test: /^standard (\S+) is not one of the (\S+) framework's PDU standards \((.*)\)/,
    expected: (m) => `one of the ${m[2]} framework's PDU standards: ${m[3]}`,
    found: (m, c) => `standard ${m[1]}: ${c.atLine}`,
    hint: 'Check the code against the published table; a letter under another framework needs a parser change.',
  },
  {
    test: /^cannot tell which region the letter is about/,
    expected: () => 'the region named as “Probation Service – X region” or “X region should:”',
    found: () => 'neither',
    hint: 'Check the letter’s opening and its recommendations against the published PDF.',
  },
  // Anything else said to be truncated.
  { test: /truncated/, found: (_m, c) => c.atLine, hint: TRUNCATED },
];

const GENERIC_HINT = 'Compare the text at this line with the published PDF; “Adding a document” (docs/adding-a-document.md) says how to check a file.';

function quote(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

function atLine(lines: string[] | null, line: number): string {
  if (!lines) return `line ${line}`;
  if (line > lines.length) return AT_END({ lines, line, atLine: '' });
  const text = lines[line - 1] ?? '';
  return text.trim() === '' ? `a blank line ${line}` : `line ${line}: ${quote(text)}`;
}

/** The refusal of `file` for a ParseError; `lines` are the document's lines when it could be read. */
export function describeRefusal(file: string, e: ParseError, lines: string[] | null): Refusal {
  const c: Context = { lines, line: e.line, atLine: atLine(lines, e.line) };
  const given: RefusalDetails = e.details ?? {};
  let found: RefusalDetails = {};
  for (const rule of RULES) {
    const m = rule.test.exec(e.reason);
    if (!m) continue;
    found = {
      expected: rule.expected?.(m, c),
      found: rule.found?.(m, c),
      hint: typeof rule.hint === 'string' ? rule.hint : rule.hint(m, c),
    };
    break;
  }
  return {
    file,
    line: e.line,
    reason: e.reason,
    expected: given.expected ?? found.expected ?? null,
    found: given.found ?? found.found ?? c.atLine,
    hint: given.hint ?? found.hint ?? GENERIC_HINT,
  };
}

/** "file:line: reason", then the expected / found / hint lines, each indented by `indent`. */
export function formatRefusal(r: Refusal, indent = '  '): string[] {
  const out = [`${r.file}:${r.line}: ${r.reason}`];
  if (r.expected) out.push(`${indent}expected: ${r.expected}`);
  if (r.found) out.push(`${indent}found:    ${r.found}`);
  if (r.hint) out.push(`${indent}hint:     ${r.hint}`);
  return out;
}
