// Small readers shared by every parser: headings, findings from blocks, ratings, dates.
import type { Block } from '../blocks';
import { parseInline } from '../inline';
import type { FindingKind, Rating } from '../../../core/schemas';
import { RATING_WORDS } from '../framework/ratings';
import { namedStandard, type NamedStandard } from '../framework/programmes';
import { ParseError, type DocFinding, type DocHeading, type Lines } from '../types';

/** Heading text without the emphasis PDF extraction sprinkled on it. */
export function headingText(raw: string): string {
  return parseInline(raw).text.replace(/\s*:$/, ':').trim();
}

export function heading(text: string, level: number, line: number): DocHeading {
  return { type: 'heading', text, level, line };
}

export function findingFromRaw(
  raw: string,
  kind: FindingKind,
  lines: Lines,
  standardCode: string | null = null,
  entityName: string | null = null,
): DocFinding {
  const { inline, text, footnoteRefs } = parseInline(raw);
  return { type: 'finding', kind, inline, text, footnoteRefs, lines, standardCode, entityName };
}

export function findingFromBlock(
  block: Exclude<Block, { type: 'rule' }>,
  kind: FindingKind,
  standardCode: string | null = null,
  entityName: string | null = null,
): DocFinding {
  if (block.type === 'table-row') {
    const cells = block.cells.map((c) => parseInline(c).text);
    // The row's text is its cells joined; the inline keeps each cell's markup, separated.
    const raw = block.cells.filter((c) => c.trim() !== '').join(' \u2003 ');
    const f = findingFromRaw(raw, kind, block.lines, standardCode, entityName);
    return { ...f, cells };
  }
  return findingFromRaw(block.raw, kind, block.lines, standardCode, entityName);
}

/** The rating a text states, or null when it states none. Case and emphasis are ignored. */
export function ratingIn(text: string): Rating | null {
  const t = text.replace(/[*_]|<\/?b>/g, '').trim().toLowerCase();
  for (const r of RATING_WORDS) if (t === r.toLowerCase()) return r;
  return null;
}

/**
 * A rating where the document's structure says one must stand. An unknown word is refused,
 * not guessed at, so a typo cannot silently become a rating.
 */
export function requireRating(text: string, line: number, what: string): Rating {
  const r = ratingIn(text);
  if (!r) {
    throw new ParseError(line, `unknown rating "${text.trim().slice(0, 60)}" for ${what}; expected one of ${RATING_WORDS.join(', ')}`);
  }
  return r;
}

/** A rating appended to a line ("… the person on probation. **Inadequate**"). */
export function trailingRating(text: string): { rest: string; rating: Rating } | null {
  const plain = text.replace(/<\/?b>/g, '**').trim();
  for (const r of RATING_WORDS) {
    const re = new RegExp(`^(.*?)[\\s]*\\**\\s*${r}\\s*\\**$`, 'i');
    const m = re.exec(plain);
    if (m && m[1]!.trim().length > 0 && /[.!?]\**$/.test(m[1]!.trim())) return { rest: m[1]!.trim(), rating: r };
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "22 January 2024" → 2024-01-22; "May 2024" → 2024-05; "June 2023" → 2023-06. */
export function isoDate(text: string): string | null {
  const t = text.replace(/<sup>(st|nd|rd|th)<\/sup>/gi, '$1');
  const full = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})/.exec(t);
  if (full) {
    const m = MONTHS.indexOf(full[2]!.toLowerCase());
    if (m >= 0) return `${full[3]}-${String(m + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
  }
  const month = /\b([A-Za-z]+)\s+(\d{4})\b/.exec(t);
  if (month) {
    const m = MONTHS.indexOf(month[1]!.toLowerCase());
    if (m >= 0) return `${month[2]}-${String(m + 1).padStart(2, '0')}`;
  }
  return null;
}

/** Standard code as the framework writes it: "R1.1." → "R 1.1", "2.1" → "2.1". */
export function normaliseCode(raw: string): string {
  const m = /^([RP])?\s*(\d)\.(\d)\.?$/i.exec(raw.trim());
  if (!m) return raw.trim();
  return m[1] ? `${m[1].toUpperCase()} ${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`;
}

/** A heading naming a standard: "R 1.1. Leadership", "**R1.2 Staffing**", "2.1 Public protection". */
export function standardHeading(text: string): { code: string; name: string } | null {
  const m = /^([RP]\s?\d\.\d\.?|\d\.\d\.?)\s+(.+)$/.exec(text.trim());
  if (!m) return null;
  return { code: normaliseCode(m[1]!), name: m[2]!.trim() };
}

 /** Text that may open with a standard's code ("P 2.1", "**R1.1.", "<b>2.1"), before its markup is read. */
const CODE_FIRST = /^[\s*_#]*(?:<[a-z]+>\s*)*[RP]?\s?\d\.\d/i;

/**
 * The standards a document names by number and name, in headings, lines and the first cells
 * of table rows ("P 2.1 Assessment", "1.2 | Staff | Good"), to find its programme by.
 */
export function standardsNamedIn(blocks: readonly Block[]): NamedStandard[] {
  const out: NamedStandard[] = [];
  const add = (raw: string) => {
    if (!CODE_FIRST.test(raw)) return;
    const n = namedStandard(parseInline(raw).text.replace(/:$/, ''));
    if (n) out.push(n);
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') add(b.raw);
    else if (b.type === 'table-row') {
      const cells = b.cells.filter((c) => c.trim() !== '');
      if (cells[0]) add(cells[0]);
      if (cells[0] && cells[1]) add(`${cells[0]} ${cells[1]}`);
    }
  }
  return out;
}

/** "Kent, Surrey and Sussex region should:" → "Kent, Surrey and Sussex region". */
export function addresseeOf(text: string): string | null {
  const m = /^(.+?)\s+should(?:\s+ensure)?:?$/i.exec(text.replace(/\*\*|<\/?b>/g, '').trim());
  return m ? m[1]!.trim() : null;
}

/** A document cut short ends mid-sentence; a whole one ends on punctuation, a table or a link. */
export function requireCompleteEnding(blocks: Block[]): void {
  const last = [...blocks].reverse().find((b) => b.type !== 'rule');
  if (!last || last.type === 'table-row' || last.type === 'heading') return;
  const text = parseInline(last.raw).text;
  if (!/[.!?:;)\]”"’']$/.test(text)) {
    throw new ParseError(last.lines[1], `the document ends mid-sentence ("…${text.slice(-40)}"): truncated?`);
  }
}
