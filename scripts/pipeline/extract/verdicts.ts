// Extractor: the verdict on the inspected entity: its score, when fieldwork started and its
// overall rating, from the ratings section (the overall rating is read from the text, never
// worked out from the score). The verdict opens at its first score or fieldwork line.
import type { EntityType, Framework } from '../../../src/schemas';
import type { ParsedVerdict } from '../types';
import { isoDate, requireRating } from '../parse/common';
import { walk, type Section } from '../tree/types';

export function verdicts(root: Section, entityName: string, entityType: EntityType, framework: Framework): ParsedVerdict[] {
  let verdict: ParsedVerdict | null = null;
  for (const { node } of walk(root)) {
    const fact = node.type === 'leaf' ? node.fact : undefined;
    if (fact?.role === 'overall-rating') {
      const rating = requireRating(fact.rating, fact.line, 'the overall rating');
      if (verdict) verdict.overallRating = rating;
    }
    if (fact?.role !== 'verdict') continue;
    verdict ??= { entityName, entityType, framework, fieldworkStarted: null, score: null, scoreMax: null, overallRating: null, line: fact.line };
    if (fact.fieldwork !== null) verdict.fieldworkStarted = isoDate(fact.fieldwork);
    if (fact.score) [verdict.score, verdict.scoreMax] = fact.score;
  }
  return verdict ? [verdict] : [];
}
