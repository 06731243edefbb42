// The sections of an inspection report, by the headings that open them (data/headings.yaml)
// and their grammar (a domain's or a standard's number and name), and the lines inside them
// that state a fact: a rated standard, a key-question table's header, a testimonial.
import { isStandardLine } from '../../blocks';
import { normaliseCode, standardHeading } from '../common';
import { alternation, opensOneOf, requireSection, sectionOf } from '../../framework/vocabulary';
import { RATING_WORDS } from '../../framework/ratings';
import { STANDARDS } from '../../normalise/standards';

export type Part =
  | 'cover'
  | 'contents'
  | 'front'
  | 'foreword'
  | 'ratings'
  | 'summary'
  | 'recommendations'
  | 'background'
  | 'body'
  | 'progress'
  | 'annexe';

/** The report's parts, by the section of data/headings.yaml whose heading opens each. */
const PART_OF_SECTION: Record<string, Part> = {
  [requireSection('contents')]: 'contents',
  [requireSection('front-matter')]: 'front',
  [requireSection('foreword')]: 'foreword',
  [requireSection('ratings')]: 'ratings',
  [requireSection('executive-summary')]: 'summary',
  [requireSection('recommendations')]: 'recommendations',
  [requireSection('background')]: 'background',
  [requireSection('progress')]: 'progress',
  [requireSection('annexe')]: 'annexe',
};
/** Sections inside a part that belong to no standard. */
const SUBSECTIONS = ['introduction', 'methodology', 'outcomes', 'feedback', 'diversity', 'sfo-learning'].map(requireSection);
/** Lists of strengths and of areas for improvement. */
const GROUPS = ['strengths', 'areas-for-improvement'].map(requireSection);
const STRENGTHS = GROUPS[0]!;

/** A domain's heading: its number, then its name as the frameworks give it (its first two words suffice). */
const DOMAIN_HEADING = new RegExp(
  `^\\d\\.?\\s+${alternation([...new Set(STANDARDS.map((s) => s.domain.split(' ').slice(0, 2).join(' ')))])}`,
  'i',
);

export function partOf(text: string): Part | null {
  const s = sectionOf(text);
  return s ? (PART_OF_SECTION[s] ?? null) : null;
}
export const isDomain = (text: string) => DOMAIN_HEADING.test(text);
export const isSubsection = (text: string) => opensOneOf(text, SUBSECTIONS);
/** A list heading's kind of finding: strengths or areas for improvement; null for another heading. */
export const groupOf = (text: string) => (opensOneOf(text, GROUPS) ? (sectionOf(text) === STRENGTHS ? 'strength' : 'area-for-improvement') : null);

const RATING_AT_END = new RegExp(`^(.*?\\S)\\s*[:–—-]?\\s+(?:\\*\\*)?(${RATING_WORDS.map((r) => r.replace(' ', '\\s+')).join('|')})(?:\\*\\*)?\\.?$`, 'i');

/**
 * A ratings line holding its label and its rating: "Overall rating: Inadequate",
 * "P 1.1 Leadership Requires improvement". The label must name the overall rating or a
 * standard of the frameworks by its number and name.
 */
export function ratedLine(text: string): { label: string; rating: string } | null {
  const m = RATING_AT_END.exec(text.trim());
  if (!m) return null;
  const label = m[1]!.replace(/:$/, '').trim();
  if (!/^overall rating$/i.test(label) && !isStandardLine(label)) return null;
  return { label, rating: m[2]! };
}

export const isOverallLabel = (text: string) => /^overall rating$/i.test(text);

/**
 * The header row of a key-question table: "Key question | Percentage 'Yes'", also written
 * "Key questions", "% Yes", or naming its standard ("P 2.1 Assessment | Percentage 'Yes'",
 * "2.1 Key questions | …"). Its standard's code, as written, when it names one.
 */
export function keyQuestionHeader(cells: string[]): { code: string | null } | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 2) return null;
  const first = filled[0]!.replace(/:$/, '');
  const yes = filled.slice(1).some((c) => /^(?:percentage|per cent|%)\s*(?:of cases\s*)?['‘’"“”]?yes['‘’"“”]?$/i.test(c));
  const kq = /^(?:([RP]?\s?\d\.\d)\.?\s+)?key questions?$/i.exec(first);
  if (kq) return { code: kq[1] ? normaliseCode(kq[1]) : null };
  if (yes && isStandardLine(first)) return { code: standardHeading(first)!.code };
  return null;
}

/** A quotation standing alone: a person on probation's words. */
export function isQuotation(text: string): boolean {
  const t = text.trim();
  return /^["“‘']/.test(t) && /["”’']\s*$/.test(t) && t.length > 20;
}

/** A line of the ratings section stating the score or when fieldwork started. */
export function verdictLine(text: string): { fieldwork: string | null; score: [number, number] | null } | null {
  const fw = /^Fieldwork started:?\s*(.+)$/i.exec(text);
  const score = /^Score:?\s*(\d+)\s*\/\s*(\d+)$/i.exec(text);
  if (!fw && !score) return null;
  return { fieldwork: fw ? fw[1]! : null, score: score ? [Number(score[1]), Number(score[2])] : null };
}

/** The name of the entity heading the ratings, written as a plain line. */
export const isEntityLine = (text: string) => text.length < 60 && !/[.!?]$/.test(text) && /^[A-Z]/.test(text) && !/\d/.test(text);
