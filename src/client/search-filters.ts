// The search filters: their keys in the index, their labels on the search page (in the order it
// shows them), and the order of values that are not alphabetical. Shared by the index builder
// (scripts/search/build-index.ts) and the search page (src/pages/search.astro), which passes
// them to its script as JSON, so the browser never loads the schemas.
import { DOCUMENT_KINDS, FINDING_KIND_LABELS, FINDING_KINDS, RATINGS, type DocumentKind } from '../../core/schemas';
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

/**
 * The document-kind choice above the results, one click each: everything, the inspectorate's
 * reports and letters, or the action plans answering them. Each picks values of the `document`
 * filter, so the Document kind filter shows the same choice, and picking its values one by one
 * still works (the choice then shows none checked unless the values are one of these).
 */
export interface KindChoice {
  id: string;
  label: string;
  /** The `document` filter's values it picks (none: every kind). */
  values: string[];
}

const kindsOf = (pred: (k: DocumentKind) => boolean) => DOCUMENT_KINDS.filter(pred).map((k) => KIND_LABEL[k]);

export const KIND_CHOICES: KindChoice[] = [
  { id: 'all', label: 'All', values: [] },
  { id: 'inspectorate', label: 'Reports and letters', values: kindsOf((k) => k !== 'action-plan') },
  { id: 'plans', label: 'Action plans', values: kindsOf((k) => k === 'action-plan') },
];

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
  /** The folder of the best-bets files (<key>.json, keys listed in the parts file). */
  bets: string;
  kinds: KindChoice[];
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
    bets: '/search/bets/',
    kinds: KIND_CHOICES,
  };
}
