// Step "ids": each document's id, region and own entity, from what it says of itself.
import type { ParsedDocument } from '../types';
import { slugify } from '../normalise/ids';
import { canonicalPduName, canonicalRegionName, entityId } from '../normalise/entities';
import type { EntityType } from '../../../core/schemas';
import type { DocState, SourceDoc } from './assembly';

const KIND_SLUG: Record<ParsedDocument['kind'], string> = {
  'regional-report': 'regional-inspection',
  'pdu-report': 'pdu-inspection',
  'regional-letter': 'regional-letter',
  'action-plan': 'action-plan',
};

/** A document's id: who it is about, its kind and its date ("surrey-pdu-inspection-2024-03"). */
export function reportId(doc: ParsedDocument): string {
  const who = doc.entityType === 'pdu' ? `${canonicalPduName(doc.entityName ?? 'unknown')}` : canonicalRegionName(doc.entityName ?? 'unknown');
  return `${slugify(who)}-${KIND_SLUG[doc.kind]}-${doc.published ?? 'undated'}`;
}

/** The id of a region or PDU however a document spells it. */
export function entityKey(type: EntityType, name: string): string {
  return entityId(type, type === 'region' ? canonicalRegionName(name) : canonicalPduName(name));
}

/** A document's state for the document steps: its id, region and own entity. */
export function docState(source: SourceDoc): DocState {
  const { doc } = source;
  return {
    source,
    id: reportId(doc),
    regionName: doc.regionName ? canonicalRegionName(doc.regionName) : null,
    ownEntity: doc.entityName && doc.entityType ? entityKey(doc.entityType, doc.entityName) : null,
    findingIdOf: new Map(),
    outline: [],
  };
}
