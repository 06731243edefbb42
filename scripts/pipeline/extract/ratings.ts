// Extractor: the standards a document rates and their ratings, as its ratings section gives
// them. A rating word that is not on the scale is refused, never guessed at.
import type { Framework } from '../../../src/schemas';
import type { ParsedRating } from '../types';
import { requireRating } from '../parse/common';
import { factsOf, type Section } from '../tree/types';

export function ratings(root: Section, entityName: string, framework: Framework): ParsedRating[] {
  return factsOf(root, 'standard-rating').map(({ fact }) => ({
    entityName,
    framework,
    code: fact.code,
    name: fact.name,
    rating: requireRating(fact.rating, fact.ratingLine, `standard ${fact.code}`),
    line: fact.line,
  }));
}
