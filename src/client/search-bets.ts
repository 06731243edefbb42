// Best bets: the theme, standard, region and PDU pages a query names, shown apart from (above)
// the paragraphs the search finds. They are matched on what the pages are called (a theme's name,
// terms and abbreviations, a standard's code and name, a region's or PDU's name), not on their
// text, so "domestic abuse" offers the Domestic abuse theme and not every PDU page whose summary
// mentions it. The index builder writes the pages in small files by the first three letters of
// each of their distinctive words (/search/bets/<key>.json: "PDU" or "region", which name
// thousands of pages in a large archive, file none); the search page loads the files of the
// query's words only. Pure functions here, shared by the builder and the page.
import { normalise } from './search-core';

export type HubKind = 'theme' | 'standard' | 'region' | 'pdu';

/** A page that brings a subject together. */
export interface Hub {
  /** What the reader sees, and its first name: "Domestic abuse", "R 2.4 Unpaid work (2023 programme)", "Surrey PDU". */
  title: string;
  url: string;
  kind: HubKind;
  /** One line on what the page holds (a theme's definition, shortened). */
  about?: string;
  /** A PDU's region, as the reader sees it. */
  region?: string;
  /** Other names a query may call it by: a theme's terms and abbreviations, a standard's code. */
  names: string[];
}

export interface HubFile {
  version: 1;
  hubs: Hub[];
}

/** Kinds in the order bets of equal strength are shown. */
export const HUB_KINDS: readonly HubKind[] = ['theme', 'standard', 'region', 'pdu'];

export const HUB_KIND_LABELS: Record<HubKind, string> = {
  theme: 'Theme',
  standard: 'Inspection standard',
  region: 'Region',
  pdu: 'PDU',
};

/** Best bets shown at most. */
export const MAX_BETS = 3;

const STOP = new Set(['a', 'an', 'and', 'of', 'the', 'in', 'on', 'for', 'to', 'with', 'by', 'or']);

/** The words a name or query is matched by: normalised, small words dropped. */
export function keyWords(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w));
}

/** The file a word's pages are in: its first three letters or digits ("dom" for "domestic", "da" for "DA"). */
export function betKey(word: string): string | null {
  const k = word.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 3);
  return k || null;
}

/** Every name of a hub, its title first. */
export const hubNames = (hub: Hub): string[] => [hub.title, ...hub.names];

/** The files a hub goes in: one for each of its names' words, but `common` ones. */
export function hubKeys(hub: Hub, common: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(hubNames(hub).flatMap(keyWords).filter((w) => !common.has(w)).map(betKey).filter((k): k is string => k !== null))].sort();
}

/** Words in the names of more than `share` of the hubs (and more than 50): "pdu", "region". A query's other words find their pages. */
export function commonWords(hubs: readonly Hub[], share = 0.05): Set<string> {
  const count = new Map<string, number>();
  for (const h of hubs) for (const w of new Set(hubNames(h).flatMap(keyWords))) count.set(w, (count.get(w) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 50 && n > hubs.length * share).map(([w]) => w));
}

/** The files the page loads for a query. */
export function queryKeys(query: string): string[] {
  return [...new Set(keyWords(query).map(betKey).filter((k): k is string => k !== null))].sort();
}

/**
 * How strongly a query names a hub, 0 for not at all: 3 when it is one of the hub's names, 2 when
 * it holds one of them whole ("domestic abuse in Kent" names Domestic abuse), 1 when it is the
 * start of a word run of one of them ("domestic" or "safeguarding" for Child safeguarding; three
 * letters at least, so that "a" names nothing).
 */
export function betStrength(query: string, hub: Hub): number {
  const q = normalise(query);
  if (!q || !keyWords(query).length) return 0;
  let best = 0;
  for (const name of hubNames(hub)) {
    const n = normalise(name);
    if (!n) continue;
    if (n === q) return 3;
    if (n.length >= 2 && keyWords(name).length && ` ${q} `.includes(` ${n} `)) best = Math.max(best, 2);
    else if (q.length >= 3 && ` ${n} `.includes(` ${q}`)) best = Math.max(best, 1);
  }
  return best;
}

/** The best bets for a query among the hubs loaded for it, strongest first, at most `max`. */
export function bestBets(query: string, hubs: readonly Hub[], max = MAX_BETS): Hub[] {
  const seen = new Set<string>();
  return hubs
    .filter((h) => !seen.has(h.url) && (seen.add(h.url), true))
    .map((h) => ({ h, s: betStrength(query, h) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || HUB_KINDS.indexOf(a.h.kind) - HUB_KINDS.indexOf(b.h.kind) || a.h.title.localeCompare(b.h.title, 'en'))
    .slice(0, max)
    .map((x) => x.h);
}
