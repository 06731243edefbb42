// Step "entities": every region and PDU the documents name, once each under its canonical
// name, with the other spellings seen and the documents naming it. Which of them get a page
// is the standing step's decision. Each document lists what it names (namesOf, with its
// records); the step registers the lists of all documents, in order.
import type { Entity, EntityType } from '../../../core/schemas';
import { canonicalPduName, canonicalRegionName, entityId } from '../normalise/entities';
import type { DocFinding } from '../types';
import type { Assembly, DocState, NamedEntity } from './assembly';

type Register = (type: EntityType, name: string, region: string | null) => void;

function register(entities: Map<string, Entity>, doc: string): Register {
  return (type, name, region) => {
    const canonical = type === 'region' ? canonicalRegionName(name) : canonicalPduName(name);
    const id = entityId(type, canonical);
    const regionId = type === 'pdu' && region ? entityId('region', region) : null;
    const e = entities.get(id) ?? { id, name: canonical, type, region: regionId, aliases: [], documents: [] };
    if (!e.region && regionId) e.region = regionId;
    if (name !== canonical && !e.aliases.includes(name)) e.aliases.push(name);
    if (!e.documents.includes(doc)) e.documents.push(doc);
    entities.set(id, e);
  };
}

/**
 * The entities one document names: itself, its region, those it mentions, and the PDUs its
 * records are about, in order, each once (registering a name again changes nothing).
 */
export function namesOf(d: DocState): NamedEntity[] {
  const seen = new Map<string, NamedEntity>();
  documentEntities(d, (type, name, region) => {
    const key = JSON.stringify([type, name, region]);
    if (!seen.has(key)) seen.set(key, { type, name, region });
  });
  return [...seen.values()];
}

function documentEntities(d: DocState, add: Register): void {
  const { doc } = d.source;
  const region = d.regionName;
  if (doc.entityName && doc.entityType) add(doc.entityType, doc.entityName, region);
  if (region) add('region', region, null);
  for (const m of doc.entitiesMentioned) add(m.type, m.name, m.regionName ? canonicalRegionName(m.regionName) : region);
  const other = (name: string | null) => name !== null && !(name === doc.entityName && d.ownEntity);
  for (const n of doc.nodes) if (n.type === 'finding' && (n as DocFinding).entityName) add('pdu', (n as DocFinding).entityName!, region);
  for (const kq of doc.keyQuestions) if (other(kq.entityName)) add('pdu', kq.entityName, region);
  for (const r of doc.recommendations) if (other(r.aboutEntityName)) add('pdu', r.aboutEntityName!, region);
  for (const r of doc.ratings) if (other(r.entityName)) add('pdu', r.entityName, region);
  for (const v of doc.verdicts) if (other(v.entityName)) add(v.entityType, v.entityName, region);
}

export function entities(a: Assembly): void {
  for (const d of a.docs) {
    const add = register(a.entities, d.id);
    for (const n of d.names) add(n.type, n.name, n.region);
  }
}
