// Extractor: a document's recommendations, numbered as written (or not: a letter's are bullets),
// each with its addressee (the "X should:" heading above it, else the inspected entity) and the
// inspection that made it (a letter groups them per PDU inspection).
import type { ParsedRecommendation } from '../types';
import { factsOf, type Section } from '../tree/types';

export function recommendations(root: Section, entityName: string): ParsedRecommendation[] {
  return factsOf(root, 'recommendation').map(({ leaf, fact }) => ({
    number: fact.number,
    addressee: fact.addressee ?? entityName,
    aboutEntityName: fact.about !== undefined ? fact.about : entityName,
    text: leaf.finding.text,
    node: leaf.index!,
    lines: leaf.block.lines,
  }));
}
