// The search page's script (the only JavaScript on the site): a small accessible interface on
// Pagefind's JS API. It loads /pagefind/pagefind.js, /search/synonyms.json and the list of the
// index's parts (/search/parts.json; one part up to about 1,000 documents) from this site,
// searches as the reader types, and renders each result as a link that opens the report at the
// paragraph with the searched words highlighted (a URL text fragment, which the browser
// highlights itself: the report pages need no script).
//
// Order: the results with the query's words together first, then (within those and the others)
// the inspectorate's findings, the action plans' passages and, last, front matter and ratings
// tables (rankResults; src/client/search-passage.ts has the groups). The theme, standard, region
// and PDU pages the query names are best bets, apart and above the results
// (src/client/search-bets.ts). A search's status, best bets and results are put on the page
// together, below what was already there, so nothing the reader sees moves.
//
// Filters are lazy. Pagefind counts every filter it has loaded over every result of every search
// (at 1,000 documents that took 28 s a search), so the results' search loads only the filters
// the reader has picked values of. A filter's values, with their totals over the whole archive,
// come from /search/facets.json (written at build time) when the reader first opens the filter;
// its counts for the current search are counted then, and after each later search while it is
// open, by a second Pagefind instance, after the results are on the page.
import {
  chooseTarget,
  excerpt,
  explainSynonyms,
  findSynonyms,
  groupsForQuery,
  pagefindQuery,
  rankResults,
  tokenize,
  tokensOfSpans,
  type ExcerptPart,
  type SynonymGroup,
  type SynonymTable,
  type Token,
} from './search-core';
import { suggestWord, type WordList } from './search-suggest';
import { bestBets, HUB_KIND_LABELS, queryKeys, type Hub, type HubFile } from './search-bets';
import {
  decodePassage,
  GROUP_FILTER,
  LATER_GROUPS,
  locationsByParagraph,
  queryTerms,
  rankParagraphs,
  wordMatches,
  type Paragraph,
  type ParagraphMatch,
  type PassageMeta,
} from './search-passage';
import type { FilterKey, SearchConfig } from './search-filters';

// --- Pagefind's JS API, as much of it as this page uses ----------------------------------------

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
  /** Elements with an id in the record, with the word position each stands at. */
  anchors?: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
type PagefindFilters = Partial<Record<FilterKey | typeof GROUP_FILTER, { any: string[] }>>;
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

// --- State ------------------------------------------------------------------------------------

// Each result shown loads its passage (~2 KB compressed): ten at a time keeps a search within
// 300 KB at 1,000 documents (BENCHMARKS.md).
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 180;
const PRELOAD_LETTERS = 3;

interface State {
  query: string;
  selected: Map<FilterKey, Set<string>>;
}

let config: SearchConfig;
let pf: PagefindInstance;
let synonyms: SynonymTable = { version: 1, groups: [] };
/** Every filter's values and their totals over the archive (/search/facets.json), once a filter is opened. */
let facetTotals: FilterCounts | null = null;
let facetTotalsLoading: Promise<FilterCounts> | null = null;
/** The Pagefind instance that counts the open filters (created when the first one opens). */
let counter: Promise<PagefindInstance> | null = null;
let pagefindModule: PagefindModule;
/** The folders of the index's parts (/search/parts.json). */
let indexParts: string[] = [];
/** The best-bets files there are (listed in /search/parts.json). */
let betKeys = new Set<string>();
let seq = 0;
let countSeq = 0;
let shown: PagefindResult[] = [];
let shownCount = 0;
let groups: SynonymGroup[] = [];
/** The query the results on the page are for. */
let currentQuery = '';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const selected = new Map<FilterKey, Set<string>>();
  for (const [key] of config.filters) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) selected.set(key, new Set(values));
  }
  return { query: params.get('q') ?? '', selected };
}

/** The values picked, kept here rather than read from the checkboxes: a closed filter may have none yet. */
let picked = new Map<FilterKey, Set<string>>();

function currentState(): State {
  return { query: $<HTMLInputElement>('q').value, selected: picked };
}

function pick(box: HTMLInputElement): void {
  const key = box.name as FilterKey;
  const values = picked.get(key) ?? new Set<string>();
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  if (values.size) picked.set(key, values);
  else picked.delete(key);
}

/** Checks the document-kind choice that matches the Document kind values picked (none when they match none). */
function syncKinds(selected: Map<FilterKey, Set<string>>): void {
  const picked = selected.get('document') ?? new Set<string>();
  const same = (values: string[]) => values.length === picked.size && values.every((v) => picked.has(v));
  for (const c of config.kinds) {
    const radio = document.getElementById(`kind-${c.id}`) as HTMLInputElement | null;
    if (radio) radio.checked = same(c.values);
  }
}

/** A document-kind choice picked: its values become the Document kind filter's. */
function pickKind(id: string): void {
  const choice = config.kinds.find((c) => c.id === id);
  if (!choice) return;
  if (choice.values.length) picked.set('document', new Set(choice.values));
  else picked.delete('document');
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-facets input[name="document"]')) box.checked = choice.values.includes(box.value);
}

function writeUrl(state: State): void {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [key, values] of state.selected) for (const v of values) params.append(key, v);
  const qs = params.toString();
  history.replaceState(history.state, '', qs ? `?${qs}` : location.pathname);
}

function pagefindFilters(selected: Map<FilterKey, Set<string>>, without?: FilterKey): PagefindFilters {
  const f: PagefindFilters = {};
  for (const [key, values] of selected) if (key !== without && values.size) f[key] = { any: [...values] };
  return f;
}

// --- Filters ------------------------------------------------------------------------------------

function orderedValues(key: FilterKey, values: string[]): string[] {
  const order = config.order[key];
  if (order) return [...values].sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b));
  return [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));
}

function loadFacetTotals(): Promise<FilterCounts> {
  facetTotalsLoading ??= fetch(config.facets)
    .then((r) => (r.ok ? (r.json() as Promise<{ filters: FilterCounts }>) : Promise.reject(new Error(String(r.status)))))
    .then((j) => (facetTotals = j.filters));
  return facetTotalsLoading;
}

/** One closed disclosure per filter; its values are added when it is first opened. */
function buildFacets(selected: Map<FilterKey, Set<string>>): void {
  const box = $('search-facets');
  box.replaceChildren();
  for (const [key, label] of config.filters) {
    const details = el('details', { class: 'facet', 'data-key': key });
    const summary = el('summary', {}, label);
    summary.append(el('span', { class: 'facet-sel' }));
    const fieldset = el('fieldset');
    fieldset.append(el('legend', { class: 'vh' }, label));
    const hint = config.hints[key];
    if (hint) {
      const p = el('p', { class: 'facet-hint', id: `fh-${key}` }, hint);
      fieldset.setAttribute('aria-describedby', p.id);
      fieldset.append(p);
    }
    fieldset.append(el('p', { class: 'facet-wait' }, 'Counting…'));
    details.append(summary, fieldset);
    // what a closed <details> holds is not rendered; say so outright (display: none), so that
    // nothing counts its checkboxes as on the page
    fieldset.hidden = true;
    details.addEventListener('toggle', () => {
      fieldset.hidden = !details.open;
      if (details.open) void countOpenFacets();
      else details.removeAttribute('aria-busy'); // counted again when reopened
    });
    box.append(details);
    if (selected.get(key)?.size) details.open = true; // counted by the toggle event
  }
  updateSelection(selected);
}

/** The checkboxes of a filter, made once its values are known. */
function fillFacet(details: HTMLDetailsElement, key: FilterKey, values: string[], selected: Map<FilterKey, Set<string>>): void {
  if (details.querySelector('ul')) return;
  const ul = el('ul', { class: 'facet-values' });
  orderedValues(key, values).forEach((value, i) => {
    const id = `f-${key}-${i}`;
    const li = el('li');
    const input = el('input', { type: 'checkbox', id, name: key, value });
    input.checked = selected.get(key)?.has(value) ?? false;
    const lab = el('label', { for: id }, value);
    lab.append(' ', el('span', { class: 'count' }));
    li.append(input, lab);
    ul.append(li);
  });
  details.querySelector('fieldset')?.append(ul);
}

function updateSelection(selected: Map<FilterKey, Set<string>>): void {
  const total = [...selected.values()].reduce((n, v) => n + v.size, 0);
  $('filters-sel').textContent = total ? `(${total} selected)` : '';
  for (const details of document.querySelectorAll<HTMLDetailsElement>('#search-facets details')) {
    const n = selected.get(details.dataset.key as FilterKey)?.size ?? 0;
    const sel = details.querySelector('.facet-sel');
    if (sel) sel.textContent = n ? ` (${n} selected)` : '';
  }
  $('clear-filters').hidden = ![...selected.values()].some((s) => s.size);
}

function showCounts(details: HTMLDetailsElement, counts: Record<string, number>): void {
  for (const input of details.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[input.value] ?? 0;
    const li = input.closest('li') as HTMLLIElement;
    (li.querySelector('.count') as HTMLElement).textContent = `(${count})`;
    li.hidden = count === 0 && !input.checked;
  }
  const wait = details.querySelector<HTMLElement>('.facet-wait');
  if (wait) wait.hidden = true;
}

/**
 * Counts the values of the open filters for the current search: the
 * archive's totals when nothing is searched or picked, else Pagefind's counts from the counting
 * instance, which loads only the filters that have been opened. A filter with values picked is
 * counted without its own values, so its other values show what picking them too would add.
 */
async function countOpenFacets(): Promise<void> {
  const mine = ++countSeq;
  const open = [...document.querySelectorAll<HTMLDetailsElement>('#search-facets details[open]')];
  if (!open.length) return;
  // busy until its counts are those of the current search
  for (const d of open) d.setAttribute('aria-busy', 'true');
  const state = currentState();
  const unavailable = (what: string) => {
    for (const d of open) {
      const wait = d.querySelector('.facet-wait');
      if (wait) wait.textContent = `The filter ${what} could not be loaded.`;
      d.removeAttribute('aria-busy');
    }
  };
  let totals: FilterCounts;
  try {
    totals = facetTotals ?? (await loadFacetTotals());
  } catch {
    return unavailable('values');
  }
  if (mine !== countSeq) return;
  // a filter's checkboxes appear with their counts, never without
  const show = (counts: FilterCounts) => {
    for (const d of open) {
      const key = d.dataset.key as FilterKey;
      fillFacet(d, key, Object.keys(totals[key] ?? {}), state.selected);
      showCounts(d, counts[key] ?? {});
      d.removeAttribute('aria-busy');
    }
  };
  const term = state.query.trim() ? pagefindQuery(state.query, synonyms) : null;
  if (!term && !state.selected.size) return show(totals);
  // a counter that failed to load is not kept: the next count tries again
  counter ??= openIndex({}).catch((err: unknown) => {
    counter = null;
    throw err;
  });
  let count: PagefindInstance;
  try {
    count = await counter;
  } catch {
    return unavailable('counts');
  }
  if (mine !== countSeq) return;
  const keys = open.map((d) => d.dataset.key as FilterKey);
  // naming a filter with no values loads it for counting without narrowing the results
  const load = (ks: FilterKey[]): PagefindFilters => Object.fromEntries(ks.map((k) => [k, { any: [] }]));
  const counts: FilterCounts = {};
  const plain = keys.filter((k) => !state.selected.get(k)?.size);
  if (plain.length) {
    const res = await count.search(term, { filters: { ...load(plain), ...pagefindFilters(state.selected) } });
    if (mine !== countSeq) return;
    for (const k of plain) counts[k] = res?.filters[k] ?? {};
  }
  for (const k of keys.filter((x) => state.selected.get(x)?.size)) {
    // nothing searched and nothing else picked: this filter's counts without itself are the totals
    if (!term && !Object.keys(pagefindFilters(state.selected, k)).length) {
      counts[k] = totals[k] ?? {};
      continue;
    }
    const res = await count.search(term, { filters: { ...load([k]), ...pagefindFilters(state.selected, k) } });
    if (mine !== countSeq) return;
    counts[k] = res?.filters[k] ?? {};
  }
  show(counts);
}

/**
 * A Pagefind instance over the whole index: the first part, with every other part merged in. A
 * large archive's index is built in parts (scripts/search/build-index.ts, PART_WORDS), which
 * Pagefind searches together, adding up the counts.
 */
async function openIndex(options: Record<string, unknown>, parts: Promise<string[]> = Promise.resolve(indexParts)): Promise<PagefindInstance> {
  const first = config.pagefind.replace(/[^/]*$/, '');
  const instance = pagefindModule.createInstance({ ...options, basePath: first, noWorker: true });
  await instance.init();
  // init() returns before the first part has loaded; an empty search waits for it and throws
  // if it failed (mergeIndex would wait for its WebAssembly for ever). It loads nothing more.
  await instance.search('');
  // the first part loads while the list of parts is on its way: the others are merged into it
  await Promise.all((await parts).filter((p) => p !== first).map((p) => instance.mergeIndex(p, options)));
  return instance;
}

// --- Results ------------------------------------------------------------------------------------


function parseRanges(s: string | undefined): Set<number> {
  const out = new Set<number>();
  for (const part of (s ?? '').split(' ').filter(Boolean)) {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let i = a; i <= (b ?? a); i++) out.add(i);
  }
  return out;
}

function appendExcerpt(p: HTMLElement, parts: ExcerptPart[]): void {
  for (const part of parts) p.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
}

/** Pagefind's excerpt (its own text with <mark>s) as DOM, keeping nothing but text and marks. */
function appendPagefindExcerpt(p: HTMLElement, html: string): void {
  const t = document.createElement('template');
  t.innerHTML = html;
  for (const node of t.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) p.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') p.append(el('mark', {}, node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
}

/**
 * What the page finds in each paragraph of a passage: Pagefind's word locations in its text, the
 * query's words as the page matches them itself (in its text, and in its synonym tail, which says
 * that it has a term the query stands for), and the synonyms of the query's groups.
 */
function matchParagraphs(passage: PassageMeta, tokens: readonly Token[], content: string, locations: readonly number[], terms: readonly string[]): ParagraphMatch[] {
  const located = locationsByParagraph(passage.paragraphs, locations);
  return passage.paragraphs.map((para, index) => {
    const { text, own } = paragraphText(tokens, content, para);
    const hits = new Set((located.get(index) ?? []).filter((l) => l < para.visible));
    const tail = tokens.slice(para.start + para.visible, para.start + para.visible + para.tail);
    let covered = 0;
    for (const term of terms) {
      let found = false;
      own.forEach((t, i) => {
        if (wordMatches(t.text, term)) {
          hits.add(i);
          found = true;
        }
      });
      if (found || tail.some((t) => wordMatches(t.text, term))) covered++;
    }
    for (const g of groups) for (const i of tokensOfSpans(own, findSynonyms(text, g))) hits.add(i);
    return { index, hits: [...hits].sort((a, b) => a - b), covered };
  });
}

/** A paragraph's visible text and its tokens, counted from its start. */
function paragraphText(tokens: readonly Token[], content: string, para: Paragraph): { text: string; own: Token[] } {
  const visible = tokens.slice(para.start, para.start + para.visible);
  const from = visible[0]?.start ?? 0;
  const text = content.slice(from, visible[visible.length - 1]?.end ?? from);
  return { text, own: visible.map((t) => ({ text: t.text, start: t.start - from, end: t.end - from })) };
}

/** Where a paragraph of a passage opens (its permalink with a text fragment), and its excerpt. */
function paragraphView(url: string, tokens: readonly Token[], content: string, para: Paragraph, hitList: readonly number[]) {
  const { text, own } = paragraphText(tokens, content, para);
  const hits = new Set(hitList);
  const target = chooseTarget(text, own, hits, parseRanges(para.amb), para.seg);
  const href = `${url.replace(/#.*$/, '')}#${para.anchor}${target.directive}`;
  const focus = target.run?.[0] ?? (hits.size ? Math.min(...hits) : 0);
  return { href, parts: (length?: number) => excerpt(text, own, hits, focus, length) };
}

/** The results on the page by what they open (a paragraph, or an action plan item), so that nothing is listed twice. */
let listed = new Map<string, HTMLLIElement>();

/** A result as a list item, or null when what it opens is listed already (its paragraphs are then added to that item). */
function renderResult(data: PagefindResultData, n: number): HTMLLIElement | null {
  const li = el('li', { class: 'result' });
  const excerptId = `r-${n}-x`;
  const p = el('p', { class: 'result-excerpt', id: excerptId });
  const meta = el('p', { class: 'result-meta' });
  // A passage's record is indexed as the file reports/<report>/#<anchor> of its first finding,
  // which Pagefind gives the URL /reports/<report>/%23<anchor>.
  const isPassage = data.url.includes('/%23');
  const url = isPassage ? data.url.replace('/%23', '/#') : data.url;
  let href = url;
  let title = data.meta.title || url;
  let also: HTMLElement | null = null;

  if (isPassage) {
    const tokens = tokenize(data.content);
    const passage = decodePassage(data.anchors ?? [], tokens.length, data.filters);
    const matches = matchParagraphs(passage, tokens, data.content, data.locations, queryTerms(currentQuery));
    const [best, ...others] = rankParagraphs(passage, matches, picked);
    const para = passage.paragraphs[best?.index ?? 0] as Paragraph;
    const view = paragraphView(url, tokens, data.content, para, best?.hits ?? []);
    href = view.href;
    // An item longer than a passage is in two: its second passage joins the first's result.
    const key = `${url.replace(/#.*$/, '')}#${/^Item /.test(para.label) ? para.label : para.anchor}`;
    const earlier = listed.get(key);
    if (earlier) {
      const list = earlier.querySelector('.result-also') ?? earlier.appendChild(el('ul', { class: 'result-also', 'aria-label': 'Also in this passage' }));
      const present = new Set([...earlier.querySelectorAll('a')].map((a) => (a.getAttribute('href') ?? '').replace(/:~:.*$/, '')));
      for (const m of [best, ...others]) {
        if (!m) continue;
        const op = passage.paragraphs[m.index] as Paragraph;
        const ov = paragraphView(url, tokens, data.content, op, m.hits);
        if (present.has(ov.href.replace(/:~:.*$/, ''))) continue;
        const a = el('a', { href: ov.href });
        appendExcerpt(a, ov.parts(14));
        const item = el('li');
        if (op.label) item.append(`${op.label}: `);
        item.append(a);
        list.append(item);
      }
      return null;
    }
    listed.set(key, li);
    if (para.label) title += ` — ${para.label}`;
    appendExcerpt(p, view.parts());
    const own = (key: FilterKey) => para.values.map((v) => passage.values[v]).filter((x) => x?.[0] === key).map((x) => x?.[1] as string);
    const pdus = own('pdu');
    const bits = [own('finding')[0], own('document')[0], (pdus.length ? pdus : own('region')).join(', '), own('standard')[0], own('rating')[0] && `Rating: ${own('rating')[0]}`];
    meta.textContent = bits.filter(Boolean).join(' · ');
    // the passage's other paragraphs with the words (and the filters picked), each a link of its own
    if (others.length) {
      also = el('ul', { class: 'result-also', 'aria-label': 'Also in this passage' });
      for (const o of others) {
        const op = passage.paragraphs[o.index] as Paragraph;
        const ov = paragraphView(url, tokens, data.content, op, o.hits);
        const a = el('a', { href: ov.href });
        appendExcerpt(a, ov.parts(14));
        const item = el('li');
        if (op.label && op.label !== para.label) item.append(`${op.label}: `);
        item.append(a);
        also.append(item);
      }
    }
  } else {
    appendPagefindExcerpt(p, data.excerpt);
    meta.textContent = 'Page';
  }
  const a = el('a', { href, class: 'result-link', 'aria-describedby': excerptId }, title);
  li.append(a, p, meta);
  if (also) li.append(also);
  return li;
}

let loadingMore = false;

/** Renders a batch of results: the items new to the page (one whose paragraph or item is listed already joins that one). */
function renderBatch(datas: PagefindResultData[]): HTMLLIElement[] {
  const items = datas.map((d, i) => renderResult(d, shownCount + i)).filter((x): x is HTMLLIElement => x !== null);
  shownCount += datas.length;
  return items;
}

async function showMore(moveFocus: boolean): Promise<void> {
  if (loadingMore && moveFocus) return; // a second click while the next page loads
  const mine = seq;
  const batch = shown.slice(shownCount, shownCount + PAGE_SIZE);
  loadingMore = true;
  const datas = await Promise.all(batch.map((r) => r.data())).finally(() => (loadingMore = false));
  if (mine !== seq) return;
  const items = renderBatch(datas);
  $('search-results').append(...items);
  $('more-results').hidden = shownCount >= shown.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

/** The status of a search: how many results, and (smaller) what else the query stood for, or what to try. */
function describe(state: State, n: number): [string, string] {
  const q = state.query.trim();
  const filters = [...state.selected.values()].reduce((s, v) => s + v.size, 0);
  const what = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'}`;
  const forQ = q ? ` for “${q}”` : '';
  const withF = filters ? ` with ${filters} filter${filters === 1 ? '' : 's'}` : '';
  const note = n === 0 ? 'Try fewer words, or clear the filters.' : q ? explainSynonyms(q, groups) : '';
  return [`${what}${forQ}${withF}.`, note];
}

function showStatus([main, note]: [string, string]): void {
  const status = $('search-status');
  status.replaceChildren(main);
  if (note) status.append(' ', el('span', { class: 'status-note' }, note));
}

/** What a best bet's page holds, for those whose file does not say. */
const BET_ABOUT: Record<Hub['kind'], (h: Hub) => string> = {
  theme: () => 'Every finding on the subject, by document',
  standard: () => 'Every rating, key question and finding under this inspection standard',
  region: () => 'A probation region: its ratings, findings and PDUs',
  pdu: (h) => `A probation delivery unit${h.region ? ` in ${h.region}` : ''}: its ratings and findings`,
};

/** Best-bets files loaded (or loading), by key. */
const betFiles = new Map<string, Promise<HubFile | null>>();

/** The theme, standard, region and PDU pages the query names (none if their files cannot be loaded). */
async function betsFor(query: string): Promise<Hub[]> {
  const keys = queryKeys(query).filter((k) => betKeys.has(k));
  const files = await Promise.all(
    keys.map((k) => {
      if (!betFiles.has(k)) betFiles.set(k, fetch(`${config.bets}${k}.json`).then((r) => (r.ok ? (r.json() as Promise<HubFile>) : null)).catch(() => null));
      return betFiles.get(k) as Promise<HubFile | null>;
    }),
  );
  return bestBets(query, files.flatMap((f) => f?.hubs ?? []));
}

function showBets(bets: Hub[]): void {
  const box = $('best-bets');
  const list = $('bets-list');
  list.replaceChildren(
    ...bets.map((h) => {
      const li = el('li');
      const kind = el('span', { class: 'bet-kind' }, `${HUB_KIND_LABELS[h.kind]}: `);
      const about = h.about ?? BET_ABOUT[h.kind](h);
      li.append(kind, el('a', { href: h.url }, h.title), el('span', { class: 'bet-about' }, about));
      return li;
    }),
  );
  box.hidden = bets.length === 0;
}

/** Vocabulary files loaded (or loading), by first letter; null where there is none. */
const wordLists = new Map<string, Promise<WordList | null>>();

function wordList(letter: string): Promise<WordList | null> {
  if (!wordLists.has(letter)) {
    wordLists.set(letter, fetch(`${config.words}${letter}.json`).then((r) => (r.ok ? (r.json() as Promise<WordList>) : null)).catch(() => null));
  }
  return wordLists.get(letter) as Promise<WordList | null>;
}

/** The query with each word the index does not have replaced by the index's closest word, or null if none is. */
async function correction(query: string): Promise<string | null> {
  if (query.includes('"')) return null;
  const words = query.trim().split(/\s+/);
  let changed = false;
  const fixed = await Promise.all(
    words.map(async (w, i) => {
      const t = w.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
      if (!/^[a-z]{4,}$/.test(t)) return w;
      // A word the index has (in some form: Pagefind's quoted search matches its stem) needs no
      // correction; asking costs nothing, its index chunk is loaded, where the list of the
      // index's words by letter is ~5 KB a letter at 1,000 documents.
      if ((await pf.search(`"${t}"`))?.unfilteredResultCount) return w;
      const list = await wordList(t[0] as string);
      const s = list ? suggestWord(t, list, i === words.length - 1) : null;
      if (!s) return w;
      changed = true;
      return s;
    }),
  );
  return changed ? fixed.join(' ') : null;
}

/** Words typed that were corrected: the search ran for `used`; the reader may ask for `typed`. */
let corrected: { typed: string; used: string } | null = null;
/** Search exactly what is typed (the reader turned the correction down). */
let asTyped = false;

async function runSearch(): Promise<void> {
  const mine = ++seq;
  const typed = currentState();
  writeUrl(typed);
  syncKinds(typed.selected);
  const state = corrected && corrected.typed === typed.query ? { ...typed, query: corrected.used } : typed;
  if (!corrected || corrected.typed !== typed.query) corrected = null;
  const term = state.query.trim() ? pagefindQuery(state.query, synonyms) : null;
  const status = $('search-status');
  const list = $('search-results');
  if (!term && ![...state.selected.values()].some((s) => s.size)) {
    shown = [];
    shownCount = 0;
    listed = new Map();
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    showBets([]);
    showCorrection();
    $('more-results').hidden = true;
    $('results-hint').hidden = true;
    status.textContent = '';
    updateSelection(state.selected);
    void countOpenFacets();
    return;
  }
  const query = state.query;
  const queryGroups = term ? groupsForQuery(query, synonyms) : [];
  // The words as a phrase too: results that have them together come first. And the groups
  // ranked after the inspectorate's findings. The same query each time, so the index chunks are
  // loaded once and the counts are the plain search's.
  const filters = pagefindFilters(state.selected);
  const phrase = term && /\s/.test(term) && !term.includes('"') ? `"${term}"` : null;
  const inGroup = (g: string) => (term ? pf.search(term, { filters: { ...filters, [GROUP_FILTER]: { any: [g] } } }) : Promise.resolve(null));
  const [base, exact, bets, ...later] = await Promise.all([
    pf.search(term, { filters }),
    phrase ? pf.search(phrase, { filters }) : Promise.resolve(null),
    term ? betsFor(query) : Promise.resolve([]),
    ...LATER_GROUPS.map(inGroup),
  ]);
  if (!base || mine !== seq) return;
  const ranked = rankResults(base.results, exact?.results ?? [], later.map((r) => r?.results ?? []));
  // Each result's passage is a file of its own: the first is loaded and shown first, then the
  // others of the page, in order, below it (so nothing on screen moves), so that the reader
  // sees a result one file sooner than the page of ten.
  const first = ranked[0] ? await ranked[0].data() : null;
  if (mine !== seq) return;
  // The status, best bets and first result at once; the list is busy until its page is complete.
  groups = queryGroups;
  currentQuery = query;
  shown = ranked;
  shownCount = 0;
  listed = new Map();
  list.replaceChildren(...(first ? renderBatch([first]) : []));
  list.setAttribute('aria-busy', 'true');
  showBets(bets);
  showCorrection();
  updateSelection(state.selected);
  showStatus(describe(state, shown.length));
  for (const next of ranked.slice(1, PAGE_SIZE).map((r) => r.data())) {
    const d = await next;
    if (mine !== seq) return;
    list.append(...renderBatch([d]));
  }
  list.removeAttribute('aria-busy');
  $('more-results').hidden = shownCount >= shown.length;
  $('results-hint').hidden = shown.length === 0;
  void countOpenFacets();
  // A word the reports do not have (a typo, most likely): search the closest words they have.
  if (!corrected && !asTyped && term) {
    const fix = await correction(typed.query);
    if (fix && mine === seq) {
      corrected = { typed: typed.query, used: fix };
      await runSearch();
    }
  }
}

function showCorrection(): void {
  const box = $('search-correction');
  box.hidden = !corrected;
  if (!corrected) return;
  $('correction-used').textContent = corrected.used;
  $('correction-typed').textContent = corrected.typed;
}

// --- Start ---------------------------------------------------------------------------------------

export async function start(): Promise<void> {
  const configEl = document.getElementById('search-config');
  if (!configEl) return;
  config = JSON.parse(configEl.textContent ?? '{}') as SearchConfig;
  const status = $('search-status');
  const input = $<HTMLInputElement>('q');
  // search.css shows the search and hides this notice wherever the browser says scripts run;
  // this is for browsers that cannot say
  $('search-nojs').hidden = true;
  const initial = readState();
  if (initial.query) input.value = initial.query;
  picked = initial.selected;
  syncKinds(picked);

  // Listen at once, so that nothing typed while the index loads is lost.
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The reader is typing: a search waits for the pause. */
  let typing = false;
  const now = () => {
    clearTimeout(timer);
    typing = false;
    if (loaded) void runSearch();
  };
  const soon = () => {
    clearTimeout(timer);
    typing = true;
    timer = setTimeout(now, DEBOUNCE_MS);
    // Fetch the index chunks for the words while the reader may still be typing, once the word
    // being typed has PRELOAD_LETTERS letters: Pagefind loads every chunk that may hold a word
    // beginning with a prefix, and one of a letter or two spans many.
    const words = input.value.trim().split(/\s+/);
    if (loaded && (words[words.length - 1] ?? '').length >= PRELOAD_LETTERS) void pf.preload(pagefindQuery(input.value, synonyms)).catch(() => {});
  };
  input.addEventListener('input', soon);
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    now();
  });
  $('kinds').addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.name === 'kind') pickKind(e.target.value);
    now();
  });
  $('search-facets').addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') pick(e.target);
    now();
  });
  $('clear-filters').addEventListener('click', () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('#search-facets input:checked')) box.checked = false;
    picked = new Map();
    now();
    input.focus();
  });
  $('more-results').addEventListener('click', () => void showMore(true));
  $('correction-undo').addEventListener('click', () => {
    corrected = null;
    asTyped = true;
    void runSearch();
    input.focus();
  });
  // a new query may be corrected again
  input.addEventListener('input', () => (asTyped = false));

  status.textContent = 'Loading the search index…';
  try {
    const url = config.pagefind;
    // revalidated, as Pagefind does its own entry file: a stale list would name parts a new build removed
    const parts = fetch(config.parts, { cache: 'no-cache' }).then((r) => {
      if (!r.ok) throw new Error(`${config.parts}: ${r.status}`);
      return r.json() as Promise<{ indexes: string[]; bets?: string }>;
    });
    const [table, index, list] = await Promise.all([
      fetch(config.synonyms).then((r) => (r.ok ? (r.json() as Promise<SynonymTable>) : synonyms)),
      (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then((mod) => {
        pagefindModule = mod;
        return openIndex({ excerptLength: 30 }, parts.then((p) => p.indexes));
      }),
      parts,
    ]);
    synonyms = table;
    indexParts = list.indexes;
    betKeys = new Set((list.bets ?? '').split(' ').filter(Boolean));
    pf = index;
  } catch {
    status.textContent = 'The search index could not be loaded. Browse by theme, standard, region or PDU instead (links below).';
    return;
  }
  buildFacets(initial.selected);
  // Two columns from 52rem (search.css): there the filters are open beside the results (opening
  // them moves nothing); on a narrower screen they stay one closed line above the results, which
  // says how many values are picked, so that the results never move down.
  const box = $<HTMLDetailsElement>('filters-box');
  const wide = matchMedia('(min-width: 52rem)');
  const summary = box.querySelector('summary') as HTMLElement;
  const fit = () => {
    box.open = wide.matches;
    summary.tabIndex = wide.matches ? -1 : 0;
  };
  fit();
  wide.addEventListener('change', fit);
  // on a wide screen the summary is a heading, not a control
  summary.addEventListener('click', (e) => {
    if (wide.matches) e.preventDefault();
  });
  status.textContent = '';
  loaded = true;
  // What was typed while the index loaded is searched at the reader's pause, as anything typed
  // later is: searching it now would search half a word (at 1,000 documents, "domestic a" loads
  // every chunk of words in a…, ~25 KB more), and show results the next search replaces.
  if (!typing && (input.value.trim() || initial.selected.size)) now();
}
