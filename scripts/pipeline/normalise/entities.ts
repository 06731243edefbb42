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

/** Lower case, words only, "and" and "&" dropped: how region names are compared. */
const words = (text: string) => ` ${text.toLowerCase().replace(/\band\b|&/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** Where a needle occurs in a text, as [start, end) ranges. */
function occurrences(hay: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

/**
 * The region a text names, out of the regions given (canonical names), matched as whole words
 * in any spelling ("Kent, Surrey, Sussex Region", "KSS"); null if it names none. A region's
 * name inside a longer PDU name does not count: "North East Lincolnshire PDU" does not name the
 * North East.
 */
export function regionNamedIn(text: string, regions: string[], pdus: string[] = []): string | null {
  const hay = words(text);
  const pduSpans = pdus.flatMap((p) => occurrences(hay, words(p)));
  const spellings = regions.flatMap((name) => [
    { key: words(name), name },
    ...Object.entries(REGION_ALIASES).filter(([, canonical]) => canonical === name).map(([key]) => ({ key: words(key), name })),
  ]);
  spellings.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const insidePdu = ([s, e]: [number, number]) => pduSpans.some(([ps, pe]) => ps <= s && e <= pe && pe - ps > e - s);
  return spellings.find(({ key }) => occurrences(hay, key).some((span) => !insidePdu(span)))?.name ?? null;
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
