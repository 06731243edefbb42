// Extractor: a report's recommendations, numbered as written, each with its addressee (the
// "X should:" heading above it, else the inspected entity).
import type { ParsedRecommendation } from '../types';
import { factsOf, type Section } from '../tree/types';

export function recommendations(root: Section, entityName: string): ParsedRecommendation[] {
  return factsOf(root, 'recommendation').map(({ leaf, fact }) => ({
    number: fact.number,
    addressee: fact.addressee ?? entityName,
    aboutEntityName: entityName,
    text: leaf.finding.text,
    node: leaf.index!,
    lines: leaf.block.lines,
  }));
}
