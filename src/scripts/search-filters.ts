// The search filters: their keys in the index, their labels on the search page (in the order it
// shows them), and the order of values that are not alphabetical. Shared by the index builder
// (scripts/search/build-index.ts) and the search page (src/pages/search.astro), which passes
// them to its script as JSON, so the browser never loads the schemas.
import { DOCUMENT_KINDS, FINDING_KIND_LABELS, FINDING_KINDS, RATINGS } from '../schemas';
import { KIND_LABEL } from '../lib/format';

export const FILTERS = {
  document: 'Document kind',
  region: 'Region',
  pdu: 'PDU',
  standard: 'Standard',
  theme: 'Theme',
  finding: 'Finding kind',
  rating: 'Rating',
} as const;
export type FilterKey = keyof typeof FILTERS;

export const FILTER_HINTS: Partial<Record<FilterKey, string>> = {
  rating: 'The rating of the finding’s standard, or else the overall rating of what the document inspected.',
  region: 'The region a finding is about (a PDU’s region included).',
  pdu: 'The PDU a finding is about, or that its recommendation or action is addressed to.',
};

/** Orders of filter values that are not alphabetical. */
export const FILTER_ORDER: Partial<Record<FilterKey, string[]>> = {
  document: DOCUMENT_KINDS.map((k) => KIND_LABEL[k]),
  finding: FINDING_KINDS.map((k) => FINDING_KIND_LABELS[k]),
  rating: [...RATINGS],
};

/** What the search page's script is given. */
export interface SearchConfig {
  filters: [FilterKey, string][];
  hints: Partial<Record<FilterKey, string>>;
  order: Partial<Record<FilterKey, string[]>>;
  synonyms: string;
  /** Every filter's values with their totals over the archive, written by the index builder. */
  facets: string;
  /** The folder of the index's words by first letter (<letter>.json), for corrections. */
  words: string;
  pagefind: string;
  /** The index's parts (written by the index builder): the page merges all but the first into it. */
  parts: string;
}

export function searchConfig(): SearchConfig {
  return {
    filters: Object.entries(FILTERS) as [FilterKey, string][],
    hints: FILTER_HINTS,
    order: FILTER_ORDER,
    synonyms: '/search/synonyms.json',
    facets: '/search/facets.json',
    words: '/search/words/',
    pagefind: '/pagefind/pagefind.js',
    parts: '/search/parts.json',
  };
}
