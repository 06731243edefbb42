// Extractor: progress on the previous inspection's recommendations, one table row each:
// recommendation, action taken, categorisation (Sufficient / Some / No progress), improvement
// still required.
import type { ParsedPreviousRecommendation } from '../types';
import { factsOf, type Section } from '../tree/types';

export function previousRecommendations(root: Section): ParsedPreviousRecommendation[] {
  return factsOf(root, 'previous-recommendation').map(({ leaf, fact }) => ({
    recommendation: fact.cells[0]!,
    actionTaken: fact.cells[1]!,
    categorisation: fact.cells[2]!,
    improvementRequired: fact.cells[3]!,
    node: leaf.index!,
    line: fact.line,
  }));
}
