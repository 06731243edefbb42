// Regions and PDUs: one canonical name and id each, whatever spelling a document uses.
import type { EntityType } from '../../../core/schemas';
import { slugify } from './ids';
import { REGIONS } from './regions';

/** How a region's spelling is looked up: lower case, commas and "and" as spaces. */
const aliasKey = (name: string) => name.toLowerCase().replace(/,|\band\b/g, ' ').replace(/\s+/g, ' ').trim();

/** Documents spell regions variously ("Kent, Surrey, Sussex Region", "KSS"): data/regions.yaml gives one name each. */
const REGION_ALIASES: Record<string, string> = Object.fromEntries(REGIONS.flatMap((r) => r.spellings.map((s) => [aliasKey(s), r.region])));

export function canonicalRegionName(name: string): string {
  const bare = name.replace(/^the probation service\s*[–—-]\s*/i, '').replace(/\s+region$/i, '').trim();
  return REGION_ALIASES[aliasKey(bare)] ?? bare;
}

/** Lower case, words only, "and" and "&" dropped: how region names are compared. */
const words = (text: string) => ` ${text.toLowerCase().replace(/\band\b|&/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The longest name, in words, that regionFinder looks for. */
const MAX_NAME_WORDS = 8;

/**
 * A function giving the region a text names, out of the regions given (canonical names),
 * matched as whole words in any spelling ("Kent, Surrey, Sussex Region", "KSS"); null if it
 * names none. A region's name inside a longer PDU name does not count: "North East Lincolnshire
 * PDU" does not name the North East. Names are looked up by the text's word runs, so a call
 * costs the same however many regions and PDUs an archive holds; answers are remembered, as
 * the same addressees come back in every plan.
 */
export function regionFinder(regions: string[], pdus: string[] = []): (text: string) => string | null {
  const regionByKey = new Map<string, string>();
  for (const name of regions) {
    regionByKey.set(words(name).trim(), name);
    for (const [alias, canonical] of Object.entries(REGION_ALIASES)) if (canonical === name) regionByKey.set(words(alias).trim(), name);
  }
  const pduKeys = new Set(pdus.map((p) => words(p).trim()));
  const memo = new Map<string, string | null>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const w = words(text).trim().split(' ');
    const runs: { from: number; to: number; key: string }[] = [];
    for (let from = 0; from < w.length; from++) {
      for (let to = from + 1; to <= Math.min(w.length, from + MAX_NAME_WORDS); to++) runs.push({ from, to, key: w.slice(from, to).join(' ') });
    }
    const pduRuns = runs.filter((r) => pduKeys.has(r.key));
    const insidePdu = (r: { from: number; to: number }) => pduRuns.some((p) => p.from <= r.from && r.to <= p.to && p.to - p.from > r.to - r.from);
    let best: { key: string; name: string } | null = null;
    for (const r of runs) {
      const name = regionByKey.get(r.key);
      if (!name || insidePdu(r)) continue;
      if (!best || r.key.length > best.key.length || (r.key.length === best.key.length && r.key < best.key)) best = { key: r.key, name };
    }
    const found = best?.name ?? null;
    memo.set(text, found);
    return found;
  };
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
