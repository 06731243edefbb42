// Completeness of an inspection report against its programme (data/frameworks.yaml): every
// standard rated once, and given a section of the body that states its rating; a score, a
// fieldwork date and an overall rating; an ending that is not cut mid-sentence. One pass, after
// the facts are read, so that a document cut short is refused with what it lacks.
import { ParseError, type ParsedRating, type ParsedVerdict } from '../../types';
import { requireCompleteEnding, requireRating, ratingIn, trailingRating } from '../common';
import { RATING_WORDS } from '../../framework/ratings';
import type { Programme } from '../../framework/programmes';
import type { Block } from '../../blocks';
import { walk, type Section } from '../../tree/types';
import type { ReportTree } from './tree';

/** The body's standard sections, in order: those inside the report's body part. */
function bodyStandards(root: Section): Section[] {
  return [...walk(root)].filter(({ node, within }) => node.type === 'section' && node.name === 'standard' && within[0]?.name === 'body').map(({ node }) => node as Section);
}

/**
 * A standard's section states its rating: on a line of its own, or after its descriptor's last
 * sentence. Where the rating stands, a word that is not a rating is refused, not read as prose.
 */
function requireSectionRating(s: Section): void {
  for (const { node } of walk(s)) {
    if (node.type !== 'leaf') continue;
    if (node.finding.kind === 'rating' && ratingIn(node.finding.text)) return;
    if (node.block.type !== 'paragraph') continue;
    if (trailingRating(node.block.raw)) return;
    const text = node.finding.text;
    const slot = /^[A-Z][a-z]+(?: [a-z]+){0,2}$/.test(text) ? text : /[.!?]\s+([A-Z][a-z]+(?: [a-z]+){0,2})$/.exec(text)?.[1];
    if (slot) requireRating(slot, node.block.lines[1], `standard ${s.code}`);
  }
  throw new ParseError(s.heading!.line, `the section of standard ${s.code} states no rating (document truncated, or a rating word that is not one of ${RATING_WORDS.join(', ')}?)`);
}

function requireSections(root: Section): Map<string, number> {
  const first = new Map<string, number>();
  for (const s of bodyStandards(root)) {
    const at = first.get(s.code!);
    if (at !== undefined) throw new ParseError(s.heading!.line, `a second section for standard ${s.code} (the first is at line ${at})`);
    first.set(s.code!, s.heading!.line);
    requireSectionRating(s);
  }
  return first;
}

function requireRatings(tree: ReportTree, ratings: ParsedRating[], verdicts: ParsedVerdict[], end: number): void {
  const { standard, overall } = tree.unrated;
  if (standard) throw new ParseError(standard.line, `standard ${standard.code} has no rating (document truncated?)`);
  if (overall) throw new ParseError(overall.line, 'the overall rating is missing (document truncated?)');
  if (ratings.length === 0) throw new ParseError(end, 'no ratings found: the ratings section is missing or the document is truncated');
  const verdict = verdicts[0];
  if (!verdict) throw new ParseError(end, 'no score or fieldwork date found in the ratings section');
  if (!verdict.overallRating) throw new ParseError(verdict.line, 'no overall rating found in the ratings section');
}

export function validateReport(tree: ReportTree, programme: Programme, facts: { ratings: ParsedRating[]; verdicts: ParsedVerdict[] }, blocks: Block[], end: number): void {
  const sectioned = requireSections(tree.root);
  requireRatings(tree, facts.ratings, facts.verdicts, end);
  const seen = new Set<string>();
  for (const r of facts.ratings) {
    if (seen.has(r.code)) throw new ParseError(r.line, `standard ${r.code} is rated twice`);
    seen.add(r.code);
  }
  // The framework fixes which standards a report rates; a missing one means a cut document.
  const expected = programme.standards.map((s) => s.code);
  const missing = expected.filter((c) => !seen.has(c));
  if (missing.length) throw new ParseError(end, `no rating for ${missing.join(', ')} in the ratings section (document truncated?)`);
  const unsectioned = expected.filter((c) => !sectioned.has(c));
  if (unsectioned.length) throw new ParseError(end, `no section for standard ${unsectioned.join(', ')} in the body of the report (document truncated or a section missing?)`);
  requireCompleteEnding(blocks);
}
