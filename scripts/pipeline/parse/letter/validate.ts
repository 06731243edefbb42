// A regional letter is whole when it has its ratings annexe (annexe two) with a table for
// every PDU whose inspection's recommendations annexe one lists.
import { ParseError } from '../../types';
import { walk, type Section } from '../../tree/types';
import type { RatingsAnnexe } from './ratings-annexe';

export function validateLetter(root: Section, annexe: RatingsAnnexe, end: number): void {
  const ratingsAnnexes = root.children.filter((s): s is Section => s.type === 'section' && s.name === 'ratings-annexe');
  if (ratingsAnnexes.length === 0) throw new ParseError(end, 'no ratings annexe ("Annexe two - PDU ratings"): the letter is incomplete or truncated');
  const annexeLine = ratingsAnnexes[ratingsAnnexes.length - 1]!.heading!.line;
  if (annexe.tables.length === 0) throw new ParseError(annexeLine, 'the ratings annexe holds no PDU ratings table');
  // Each PDU inspection whose recommendations annexe one lists is rated in annexe two: a PDU
  // without its table means a table (or the end of the document) is missing.
  const rated = new Set(annexe.tables.map((t) => t.pdu.toLowerCase()));
  const groups = new Map<string, number>();
  for (const { node } of walk(root)) {
    if (node.type === 'section' && node.name === 'addressee' && node.entity && !groups.has(node.entity)) groups.set(node.entity, node.heading!.line);
  }
  for (const [pdu, line] of groups) {
    if (!rated.has(pdu.toLowerCase())) {
      throw new ParseError(annexeLine, `the ratings annexe has no table for ${pdu} PDU, whose recommendations are at line ${line} (document truncated or a table missing?)`);
    }
  }
}
