// Best bets: the theme, standard, region and PDU pages a query names, shown apart from (above)
// the paragraphs the search finds. They are matched on what the pages are called (a theme's name,
// terms and abbreviations, a standard's code and name, a region's or PDU's name), not on their
// text, so "domestic abuse" offers the Domestic abuse theme and not every PDU page whose summary
// mentions it. The index builder writes the pages in small files by the first two letters of each
// of their words (/search/bets/<key>.json); the search page loads the files of the query's words
// only. Pure functions here, shared by the builder and the page.
import { normalise } from './search-core';

export type HubKind = 'theme' | 'standard' | 'region' | 'pdu';

/** A page that brings a subject together. */
export interface Hub {
  /** What the reader sees: "Domestic abuse", "R 2.4 Unpaid work (2023 programme)", "Surrey PDU". */
  title: string;
  url: string;
  kind: HubKind;
  /** One line on what the page holds. */
  about: string;
  /** What the page is called, in every form a query may name it (the title included). */
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

/** The file a word's pages are in: its first two letters or digits ("do" for "domestic", "2" for "2"). */
export function betKey(word: string): string | null {
  const k = word.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 2);
  return k || null;
}

/** The files a hub goes in: one for each of its names' words. */
export function hubKeys(hub: Hub): string[] {
  return [...new Set(hub.names.flatMap(keyWords).map(betKey).filter((k): k is string => k !== null))].sort();
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
  for (const name of hub.names) {
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
