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

export function segment(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const n = lines.length;
  // Whether the previous block ended at a blank line (or a page break), for bullet joining.
  let gapBefore = true;

  while (i < n) {
    const line = lines[i]!;
    const ln = i + 1;
    if (isBlank(line)) {
      gapBefore = true;
      i++;
      continue;
    }
    const hadGap = gapBefore;
    gapBefore = false;

    if (RULE.test(line) || (line.includes('\t') && TABLE_RULE.test(line))) {
      blocks.push({ type: 'rule', lines: [ln, ln] });
      gapBefore = true;
      i++;
      continue;
    }
    const h = MD_HEADING.exec(line);
    if (h) {
      blocks.push({ type: 'heading', raw: h[2]!, markdownLevel: h[1]!.length, lines: [ln, ln] });
      i++;
      continue;
    }
    if (line.includes('\t')) {
      blocks.push({ type: 'table-row', cells: line.split('\t'), raw: line, lines: [ln, ln] });
      i++;
      continue;
    }
    const fn = FOOTNOTE_HTML.exec(line.trim()) ?? FOOTNOTE_UNICODE.exec(line.trim());
    if (fn && fn[2]) {
      const num = Number([...fn[1]!].map((c) => SUPERSCRIPT[c] ?? c).join(''));
      let end = i;
      const parts = [fn[2]];
      while (end + 1 < n && !isBlank(lines[end + 1]!) && !lines[end + 1]!.includes('\t') && !BULLET.test(lines[end + 1]!)) {
        parts.push(lines[end + 1]!.trim());
        end++;
      }
      blocks.push({ type: 'footnote', number: num, raw: parts.join(' '), lines: [ln, end + 1] });
      i = end + 1;
      continue;
    }
    const b = BULLET.exec(line);
    if (b && !/^\s*\*\*/.test(line) && !isKnownHeading(line)) {
      let end = i;
      const parts = [b[3]!];
      // Hard-wrapped continuation lines: indented, or plain lines that start no new block.
      while (end + 1 < n) {
        const next = lines[end + 1]!;
        if (isBlank(next) || BULLET.test(next) || next.includes('\t') || MD_HEADING.test(next) || RULE.test(next)) break;
        parts.push(next.trim());
        end++;
      }
      const raw = parts.join(' ');
      const prev = blocks[blocks.length - 1];
      // A page break inside a bullet leaves its tail as a false bullet starting in lower case.
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
        prev.lines = [prev.lines[0], end + 1];
      } else {
        blocks.push({ type: 'bullet', raw, marker: b[2]!, lines: [ln, end + 1] });
      }
      i = end + 1;
      continue;
    }
    // Paragraph: consecutive non-blank lines that start no other block.
    let end = i;
    const parts = [line.trim()];
    while (end + 1 < n) {
      const next = lines[end + 1]!;
      if (isBlank(next) || BULLET.test(next) || next.includes('\t') || MD_HEADING.test(next) || RULE.test(next)) break;
      if (FOOTNOTE_HTML.test(next.trim())) break;
      parts.push(next.trim());
      end++;
    }
    const raw = parts.join(' ');
    if (parts.length === 1 && isKnownHeading(raw)) {
      blocks.push({ type: 'heading', raw, markdownLevel: null, lines: [ln, ln] });
      i = end + 1;
      continue;
    }
    // A paragraph starting in lower case continues the text a page break (and perhaps a
    // footnote block) interrupted; rejoin it to the last prose block.
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
        target.lines = [target.lines[0], end + 1];
        i = end + 1;
        continue;
      }
    }
    blocks.push({ type: 'paragraph', raw, lines: [ln, end + 1] });
    i = end + 1;
  }
  return blocks;
}
