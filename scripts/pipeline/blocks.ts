// Splits a document's lines into blocks (headings, paragraphs, list items, table rows,
// footnote definitions, rules), undoing what PDF extraction did to them: hard-wrapped lines,
// paragraphs and bullets cut by a page break or by a footnote block, false "- " bullets.
// Knows nothing of document kinds; the parsers give blocks their meaning.
import type { Lines } from './types';
import { STANDARDS } from './normalise/standards';
import { RATING_WORDS } from './framework/ratings';
import { alternation, sectionOf, wordList } from './framework/vocabulary';

export type Block =
  | { type: 'heading'; raw: string; markdownLevel: number | null; lines: Lines }
  | { type: 'paragraph'; raw: string; lines: Lines }
  | { type: 'bullet'; raw: string; marker: string; lines: Lines }
  | { type: 'table-row'; cells: string[]; raw: string; lines: Lines }
  | { type: 'footnote'; number: number; raw: string; lines: Lines }
  | { type: 'rule'; lines: Lines };

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

const isBlank = (l: string) => l.trim() === '';
const RULE = /^\s*(?:-{2,}|\*{3,}|_{3,})\s*$/;
const TABLE_RULE = /^[\s\-–—|]*-{2,}[\s\-–—|\t]*$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-•*–▪●]|\d{1,3}[.)])\s+(.*)$/;
const FOOTNOTE_HTML = /^<sup>(\d+)<\/sup>\s*(.*)$/;
const FOOTNOTE_UNICODE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/;

/**
 * Headings known by their grammar rather than their words (data/headings.yaml has the words):
 * a numbered domain, a standard's code and name, an addressee ("Surrey PDU should:").
 */
const HEADING_GRAMMAR = [
  /^\d\.\s+[A-Z][A-Za-z ,&-]{3,60}$/,
  /^(R|P)\s?\d\.\d\.?\s+[A-Z][A-Za-z ,&-]{2,60}$/,
  /^[A-Z][\w ,&()'’-]{2,90}\sshould(?: ensure)?:$/,
];

/**
 * A line naming one of the frameworks' standards by its number and name, however the code is
 * written: "P 2.1 Assessment", "P2.1. Assessment", "2.1 Assessment" (no framework letter),
 * "1.4 Information and facilities". The number and the name must belong together.
 */
export function isStandardLine(text: string): boolean {
  const m = /^([RP])?\s?(\d\.\d)\.?\s+(.+?)\s*$/.exec(text.trim());
  if (!m) return false;
  const [, letter, num, name] = m;
  return STANDARDS.some(
    (s) => s.name.toLowerCase() === name!.toLowerCase() && (letter ? s.code === `${letter} ${num}` : s.code.endsWith(num!)),
  );
}

/** A line naming one of the frameworks' domains by its number and name: "1 Organisational arrangements and activity". */
export function isDomainLine(text: string): boolean {
  const m = /^(\d)\.?\s+(.+?)\s*$/.exec(text.trim());
  return !!m && STANDARDS.some((s) => s.domain.toLowerCase() === m[2]!.toLowerCase() && s.code.endsWith(`${m[1]}.1`));
}

/**
 * A line that is only the name of a standard, as a regional letter heads its observations
 * ("Leadership", "Staff", "Statutory victim work"), perhaps widened ("Services and interventions").
 */
export function isStandardNameLine(text: string): boolean {
  const t = text.trim().replace(/:$/, '').toLowerCase();
  return STANDARDS.some((s) => {
    const name = s.name.toLowerCase();
    return t === name || (t.startsWith(`${name} and `) && t.split(' ').length <= name.split(' ').length + 2);
  });
}

export function isKnownHeading(text: string): boolean {
  const t = text.replace(/\*\*|<\/?b>/g, '').trim();
  // A trailing colon ("Ratings:", "P 2.1 Assessment:") is typography; "X should:" keeps its own.
  const bare = t.replace(/\s*:$/, '');
  return sectionOf(t) !== null || HEADING_GRAMMAR.some((re) => re.test(t) || re.test(bare)) || isStandardLine(bare) || isDomainLine(bare) || isStandardNameLine(bare);
}

/** First letter of the prose, after markup. */
function startsLowercase(raw: string): boolean {
  const m = /[A-Za-z]/.exec(raw.replace(/<[^>]+>/g, '').replace(/[*_]/g, ''));
  return !!m && m[0] === m[0].toLowerCase() && /^[\s*_"'“‘(]*[a-z]/.test(raw.replace(/<[^>]+>/g, ''));
}

/** Plain words of a bit of markup, for comparing with vocabulary. */
const words = (raw: string) => raw.replace(/<[^>]+>/g, '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A rating word standing alone ("requires improvement", in any case) is a rating, never the tail of a sentence. */
function isRatingWord(raw: string): boolean {
  const w = words(raw).replace(/[.:]$/, '');
  return RATING_WORDS.some((r) => r.toLowerCase() === w);
}

/** Verbs a recommendation opens with ("ensure that …", "improve the quality …"; data/words.yaml). */
const IMPERATIVE = new RegExp(`^${alternation(wordList('recommendation-verbs'))}\\b`, 'i');

/**
 * Two items of one list of recommendations, each opening with an imperative verb, although the
 * first ends without a full stop and the second starts in lower case (as recommendations do).
 */
function nextRecommendation(prev: string, next: string): boolean {
  // A recommendation is one sentence of moderate length; running prose is not read this way.
  const one = (raw: string) => {
    const t = raw.replace(/<[^>]+>/g, '').replace(/[*_]/g, '');
    return t.length <= 400 && !/[.!?]\s+[A-Z]/.test(t);
  };
  return IMPERATIVE.test(words(prev)) && IMPERATIVE.test(words(next)) && one(prev) && one(next);
}

function endsSentence(raw: string): boolean {
  const t = raw.replace(/<\/?[a-z]+>/gi, '').replace(/[*_]+$/, '').trimEnd();
  return /[.!?:;”"’')\]]$/.test(t);
}

/** Where a line-by-line reading is: the lines, the next one, the blocks so far, and whether a gap came before. */
interface Reading {
  lines: string[];
  i: number;
  blocks: Block[];
  /** Whether the previous block ended at a blank line (or a page break), for bullet joining. */
  gapBefore: boolean;
}

/** Whether the line ends a paragraph or a bullet's hard-wrapped run: it starts a block of its own. */
const startsBlock = (next: string) => isBlank(next) || BULLET.test(next) || next.includes('\t') || MD_HEADING.test(next) || RULE.test(next);

/** The lines from `from` that carry on the block there, up to where `stops` says a new block starts. */
function run(lines: string[], from: number, stops: (next: string) => boolean): number {
  let end = from;
  while (end + 1 < lines.length && !stops(lines[end + 1]!)) end++;
  return end;
}

/**
 * A bullet, unless a page break cut it from the item before: its tail then stands as a false
 * bullet starting in lower case, after a gap, and is joined back. Used by every reader.
 */
export function addBullet(blocks: Block[], raw: string, marker: string, lines: Lines, hadGap: boolean): void {
  const prev = blocks[blocks.length - 1];
  if (
    hadGap &&
    prev &&
    (prev.type === 'bullet' || prev.type === 'paragraph') &&
    !startsLowercase(prev.raw) &&
    !endsSentence(prev.raw) &&
    startsLowercase(raw) &&
    !isRatingWord(raw)
  ) {
    prev.raw = `${prev.raw} ${raw}`;
    prev.lines = [prev.lines[0], lines[1]];
  } else {
    blocks.push({ type: 'bullet', raw, marker, lines });
  }
}

/**
 * A paragraph: a heading when it is one line the vocabulary knows as one; joined back to the
 * prose a page break (and perhaps a footnote block) interrupted when it starts in lower case.
 * Used by every reader.
 */
export function addParagraph(blocks: Block[], raw: string, lines: Lines, oneLine: boolean): void {
  if (oneLine && isKnownHeading(raw)) {
    blocks.push({ type: 'heading', raw, markdownLevel: null, lines: [lines[0], lines[0]] });
    return;
  }
  if (startsLowercase(raw) && !isRatingWord(raw)) {
    let k = blocks.length - 1;
    while (k >= 0 && (blocks[k]!.type === 'footnote' || blocks[k]!.type === 'rule')) k--;
    const target = blocks[k];
    if (
      target &&
      (target.type === 'paragraph' || target.type === 'bullet') &&
      !startsLowercase(target.raw) &&
      !(k === blocks.length - 1 && nextRecommendation(target.raw, raw))
    ) {
      target.raw = `${target.raw} ${raw}`;
      target.lines = [target.lines[0], lines[1]];
      return;
    }
  }
  blocks.push({ type: 'paragraph', raw, lines });
}

/** A footnote's number as written: "12", or superscript digits "¹²". */
export const footnoteNumber = (written: string) => Number([...written].map((c) => SUPERSCRIPT[c] ?? c).join(''));

/** A footnote block: its marker's line and the lines after it up to a gap, a table row or a bullet. */
function footnoteAt(r: Reading, fn: RegExpExecArray): void {
  const end = run(r.lines, r.i, (next) => isBlank(next) || next.includes('\t') || BULLET.test(next));
  const parts = [fn[2]!, ...r.lines.slice(r.i + 1, end + 1).map((l) => l.trim())];
  r.blocks.push({ type: 'footnote', number: footnoteNumber(fn[1]!), raw: parts.join(' '), lines: [r.i + 1, end + 1] });
  r.i = end + 1;
}

function bulletAt(r: Reading, b: RegExpExecArray, hadGap: boolean): void {
  // Hard-wrapped continuation lines: indented, or plain lines that start no new block.
  const end = run(r.lines, r.i, startsBlock);
  const raw = [b[3]!, ...r.lines.slice(r.i + 1, end + 1).map((l) => l.trim())].join(' ');
  addBullet(r.blocks, raw, b[2]!, [r.i + 1, end + 1], hadGap);
  r.i = end + 1;
}

function paragraphAt(r: Reading): void {
  // Consecutive non-blank lines that start no other block (a footnote's marker ends it too).
  const end = run(r.lines, r.i, (next) => startsBlock(next) || FOOTNOTE_HTML.test(next.trim()));
  const parts = r.lines.slice(r.i, end + 1).map((l) => l.trim());
  addParagraph(r.blocks, parts.join(' '), [r.i + 1, end + 1], parts.length === 1);
  r.i = end + 1;
}

/** One block starting at the reading's line (which is not blank). */
function blockAt(r: Reading, hadGap: boolean): void {
  const line = r.lines[r.i]!;
  const ln = r.i + 1;
  if (RULE.test(line) || (line.includes('\t') && TABLE_RULE.test(line))) {
    r.blocks.push({ type: 'rule', lines: [ln, ln] });
    r.gapBefore = true;
    r.i++;
    return;
  }
  const h = MD_HEADING.exec(line);
  if (h) {
    r.blocks.push({ type: 'heading', raw: h[2]!, markdownLevel: h[1]!.length, lines: [ln, ln] });
    r.i++;
  } else if (line.includes('\t')) {
    r.blocks.push({ type: 'table-row', cells: line.split('\t'), raw: line, lines: [ln, ln] });
    r.i++;
  } else {
    const fn = FOOTNOTE_HTML.exec(line.trim()) ?? FOOTNOTE_UNICODE.exec(line.trim());
    const b = BULLET.exec(line);
    if (fn && fn[2]) footnoteAt(r, fn);
    else if (b && !/^\s*\*\*/.test(line) && !isKnownHeading(line)) bulletAt(r, b, hadGap);
    else paragraphAt(r);
  }
}

/** The text reader: a document's lines into blocks. */
export function segment(lines: string[]): Block[] {
  const r: Reading = { lines, i: 0, blocks: [], gapBefore: true };
  while (r.i < lines.length) {
    if (isBlank(lines[r.i]!)) {
      r.gapBefore = true;
      r.i++;
      continue;
    }
    const hadGap = r.gapBefore;
    r.gapBefore = false;
    blockAt(r, hadGap);
  }
  return r.blocks;
}
