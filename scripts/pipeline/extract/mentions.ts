// Extractor: the regions and PDUs a report names: its region, itself, and every "<Name> PDU"
// its findings write (a capitalised word opening the sentence is no part of the name).
import type { DocNode, ParsedDocument } from '../types';
import { alternation, wordList } from '../framework/vocabulary';
import type { Cover } from './cover';

type Mention = ParsedDocument['entitiesMentioned'][number];

/** Words that open a sentence before a PDU's name (data/words.yaml). */
const SENTENCE_OPENER = new RegExp(`^${alternation(wordList('sentence-openers'))}$`, 'i');

export function mentions(cover: Cover, nodes: readonly DocNode[]): Mention[] {
  const found = new Map<string, Mention>();
  found.set(`region:${cover.regionName}`, { name: cover.regionName, type: 'region', regionName: cover.regionName });
  if (cover.entityType === 'pdu') found.set(`pdu:${cover.entityName}`, { name: cover.entityName, type: 'pdu', regionName: cover.regionName });
  for (const n of nodes) {
    if (n.type !== 'finding') continue;
    for (const m of n.text.matchAll(/\b((?:[A-Z][a-z]+)(?:(?: and | )[A-Z][a-z]+){0,4}) PDU\b(?!s)/g)) {
      const words = m[1]!.split(' ');
      while (words.length && SENTENCE_OPENER.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (!name || /^(Probation|Delivery|Unit)$/.test(name)) continue;
      found.set(`pdu:${name}`, { name, type: 'pdu', regionName: cover.regionName });
    }
  }
  return [...found.values()];
}
