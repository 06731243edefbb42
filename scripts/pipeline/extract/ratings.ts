// Extractor: the standards a document rates and their ratings, as its ratings section (or, in
// a letter, each PDU's ratings table) gives them. A rating word that is not on the scale is
// refused, never guessed at.
import type { Framework } from '../../../core/schemas';
import type { ParsedRating } from '../types';
import { requireRating } from '../parse/common';
import { factsOf, type Section } from '../tree/types';

/** `entityName`: the document's own entity, which a rating is of unless its finding names another. */
export function ratings(root: Section, entityName: string, framework: Framework): ParsedRating[] {
  return factsOf(root, 'standard-rating').map(({ leaf, fact }) => {
    const other = leaf.finding.entityName;
    const what = other ? `${other}, standard ${fact.code} ${fact.name}` : `standard ${fact.code}`;
    return {
      entityName: other ?? entityName,
      framework,
      code: fact.code,
      name: fact.name,
      rating: requireRating(fact.rating, fact.ratingLine, what),
      line: fact.line,
    };
  });
}
