// Regions and PDUs: one canonical name and id each, whatever spelling a document uses.
import type { EntityType } from '../../../src/schemas';
import { slugify } from './ids';

/** Documents spell regions variously ("Kent, Surrey, Sussex Region", "KSS"); one name each. */
const REGION_ALIASES: Record<string, string> = {
  kss: 'Kent, Surrey and Sussex',
  'kent surrey sussex': 'Kent, Surrey and Sussex',
};

export function canonicalRegionName(name: string): string {
  const bare = name.replace(/^the probation service\s*[–—-]\s*/i, '').replace(/\s+region$/i, '').trim();
  const key = bare.toLowerCase().replace(/,|\band\b/g, ' ').replace(/\s+/g, ' ').trim();
  return REGION_ALIASES[key] ?? bare;
}

export function canonicalPduName(name: string): string {
  return name.replace(/\s+(PDU|Probation Delivery Unit)$/i, '').trim();
}

export function entityId(type: EntityType, name: string): string {
  const canonical = type === 'region' ? canonicalRegionName(name) : canonicalPduName(name);
  return `${type}-${slugify(canonical)}`;
}

export function displayName(type: EntityType, name: string): string {
  return type === 'region' ? `${canonicalRegionName(name)} region` : `${canonicalPduName(name)} PDU`;
}
