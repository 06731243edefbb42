// Extractor: the verdict on each inspected entity: its score, when fieldwork started and its
// overall rating (read from the text, never worked out from the score). A verdict opens at the
// entity's first score or fieldwork line (a letter's table header); an overall rating before
// it is checked but belongs to no verdict.
import type { EntityType, Framework } from '../../../core/schemas';
import type { ParsedVerdict } from '../types';
import { isoDate, requireRating } from '../parse/common';
import { walk, type Section } from '../tree/types';

/** `own`: the document's entity; a finding naming another entity (a letter's PDU) is about that PDU. */
export function verdicts(root: Section, own: { name: string; type: EntityType }, framework: Framework): ParsedVerdict[] {
  const byEntity = new Map<string, ParsedVerdict>();
  for (const { node } of walk(root)) {
    if (node.type !== 'leaf' || !node.fact) continue;
    const { fact } = node;
    const other = node.finding.entityName;
    const entityName = other ?? own.name;
    if (fact.role === 'overall-rating') {
      const rating = requireRating(fact.rating, fact.line, other ? `${other}, overall rating` : 'the overall rating');
      const v = byEntity.get(entityName);
      if (v) v.overallRating = rating;
    }
    if (fact.role !== 'verdict') continue;
    let v = byEntity.get(entityName);
    if (!v) byEntity.set(entityName, (v = { entityName, entityType: other ? 'pdu' : own.type, framework, fieldworkStarted: null, score: null, scoreMax: null, overallRating: null, line: fact.line }));
    if (fact.fieldwork !== null) v.fieldworkStarted = isoDate(fact.fieldwork);
    if (fact.score) [v.score, v.scoreMax] = fact.score;
  }
  return [...byEntity.values()];
}
