// Step "addressees": the regions, PDUs and HMPPS each recommendation and action-plan item is
// addressed to, as entity ids, read from the addressee's words against the entities named.
import { entityId, regionFinder } from '../normalise/entities';
import type { Assembly } from './assembly';

/** Every entity a set of addressees names: PDUs by their names, the region, HMPPS. */
export function addresseeKeyer(regionOf: (addressee: string) => string | null, pdusOf: (region: string | null) => string[]) {
  return (addressees: string[]): Set<string> => {
    const keys = new Set<string>();
    for (const a of addressees) {
      if (/HMPPS|Prison and Probation Service/i.test(a)) keys.add('hmpps');
      const region = regionOf(a);
      let rest = a;
      if (/\bregion\b/i.test(a) && region) {
        keys.add(entityId('region', region));
        continue;
      }
      // Longest names first, so "West Kent" is taken before a shorter name inside it.
      for (const pdu of pdusOf(region).sort((x, y) => y.length - x.length)) {
        const re = new RegExp(`\\b${pdu.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        if (re.test(rest)) {
          keys.add(entityId('pdu', pdu));
          rest = rest.replace(re, ' ');
        }
      }
    }
    return keys;
  };
}

/** The keyer for addressees in a document about `region`, given the entities named so far. */
export function keyerFor(a: Assembly): (region: string | null) => (addressees: string[]) => Set<string> {
  const all = [...a.entities.values()];
  const allPdus = all.filter((e) => e.type === 'pdu');
  const pdusByRegion = new Map<string, string[]>();
  for (const e of allPdus) if (e.region) pdusByRegion.set(e.region, [...(pdusByRegion.get(e.region) ?? []), e.name]);
  const pdusOf = (region: string | null) => [...(region ? (pdusByRegion.get(entityId('region', region)) ?? []) : allPdus.map((e) => e.name))];
  const regionOf = regionFinder(all.filter((e) => e.type === 'region').map((e) => e.name), allPdus.map((e) => e.name));
  return (region) => addresseeKeyer((x) => regionOf(x) ?? region, pdusOf);
}

export function addressees(a: Assembly): void {
  const keyer = keyerFor(a);
  const known = (keys: Set<string>) => [...keys].filter((k) => a.entities.has(k)).sort();
  for (const d of a.docs) for (const rec of d.recommendations) rec.addressee_entities = known(keyer(d.regionName)([rec.addressee]));
  for (const d of a.docs) for (const item of d.actionPlanItems) item.addressee_entities = known(keyer(d.regionName)(item.addressees));
}
