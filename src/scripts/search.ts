// The search page's script (the only JavaScript on the site): a small accessible interface on
// Pagefind's JS API. It loads /pagefind/pagefind.js and /search/synonyms.json from this site,
// builds the filters from the index, searches as the reader types, and renders each result as
// a link that opens the report at the paragraph with the searched words highlighted (a URL text
// fragment, which the browser highlights itself: the report pages need no script).
import {
  chooseTarget,
  excerpt,
  findSynonyms,
  groupsForQuery,
  pagefindQuery,
  tokenize,
  tokensOfSpans,
  type ExcerptPart,
  type SynonymGroup,
  type SynonymTable,
} from './search-core';
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
type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

// --- State ------------------------------------------------------------------------------------

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 180;

interface State {
  query: string;
  selected: Map<FilterKey, Set<string>>;
}

let config: SearchConfig;
let pf: PagefindInstance;
let synonyms: SynonymTable = { version: 1, groups: [] };
let totals: FilterCounts = {};
let seq = 0;
let shown: PagefindResult[] = [];
let shownCount = 0;
let groups: SynonymGroup[] = [];

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

function currentState(): State {
  const selected = new Map<FilterKey, Set<string>>();
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-facets input[type=checkbox]:checked')) {
    const key = box.name as FilterKey;
    if (!selected.has(key)) selected.set(key, new Set());
    selected.get(key)?.add(box.value);
  }
  return { query: $<HTMLInputElement>('q').value, selected };
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

function buildFacets(selected: Map<FilterKey, Set<string>>): void {
  const box = $('search-facets');
  box.replaceChildren();
  for (const [key, label] of config.filters) {
    const values = Object.keys(totals[key] ?? {});
    if (values.length === 0) continue;
    const details = el('details', { class: 'facet', 'data-key': key });
    if (values.length <= 4 || selected.get(key)?.size) details.open = true;
    const summary = el('summary', {}, label);
    summary.append(el('span', { class: 'facet-sel' }));
    const fieldset = el('fieldset');
    const legend = el('legend', { class: 'vh' }, label);
    fieldset.append(legend);
    const hint = config.hints[key];
    if (hint) {
      const p = el('p', { class: 'facet-hint', id: `fh-${key}` }, hint);
      fieldset.setAttribute('aria-describedby', p.id);
      fieldset.append(p);
    }
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
    fieldset.append(ul);
    details.append(summary, fieldset);
    // what a closed <details> holds is not rendered; say so outright (display: none), so that
    // nothing counts its checkboxes as on the page
    fieldset.hidden = !details.open;
    details.addEventListener('toggle', () => (fieldset.hidden = !details.open));
    box.append(details);
  }
  updateCounts(totals, selected);
}

function updateCounts(counts: FilterCounts, selected: Map<FilterKey, Set<string>>): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('#search-facets details')) {
    const key = details.dataset.key as FilterKey;
    const n = selected.get(key)?.size ?? 0;
    const sel = details.querySelector('.facet-sel');
    if (sel) sel.textContent = n ? ` (${n} selected)` : '';
    for (const input of details.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const count = counts[key]?.[input.value] ?? 0;
      const li = input.closest('li') as HTMLLIElement;
      const span = li.querySelector('.count') as HTMLElement;
      span.textContent = `(${count})`;
      li.hidden = count === 0 && !input.checked;
    }
  }
  $('clear-filters').hidden = ![...selected.values()].some((s) => s.size);
}

// --- Results ------------------------------------------------------------------------------------

const PAGE_TYPES: [RegExp, string][] = [
  [/^\/themes\//, 'Theme'],
  [/^\/standards\//, 'Inspection standard'],
  [/^\/regions\//, 'Region'],
  [/^\/pdus\//, 'PDU'],
];

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

function renderResult(data: PagefindResultData, n: number): HTMLLIElement {
  const li = el('li', { class: 'result' });
  const excerptId = `r-${n}-x`;
  const p = el('p', { class: 'result-excerpt', id: excerptId });
  const meta = el('p', { class: 'result-meta' });
  let href = data.url;
  const title = data.meta.title || data.url;

  if (data.meta.type === 'finding') {
    const all = tokenize(data.content);
    const count = Math.min(Number(data.meta.n) || all.length, all.length);
    const visible = all.slice(0, count);
    const text = data.content.slice(0, visible[visible.length - 1]?.end ?? 0);
    const hits = new Set(data.locations.filter((l) => l < count));
    for (const g of groups) for (const i of tokensOfSpans(visible, findSynonyms(text, g))) hits.add(i);
    const segStarts = (data.meta.seg ?? '').split(' ').filter(Boolean).map(Number);
    const target = chooseTarget(text, visible, hits, parseRanges(data.meta.amb), segStarts);
    href = data.url + target.directive;
    const focus = target.run?.[0] ?? (hits.size ? Math.min(...hits) : 0);
    appendExcerpt(p, excerpt(text, visible, hits, focus));
    const f = data.filters;
    const bits = [f.finding?.[0], f.document?.[0], (f.pdu?.length ? f.pdu : f.region)?.join(', '), f.standard?.[0], f.rating?.[0] && `Rating: ${f.rating[0]}`];
    meta.textContent = bits.filter(Boolean).join(' · ');
  } else {
    appendPagefindExcerpt(p, data.excerpt);
    meta.textContent = PAGE_TYPES.find(([re]) => re.test(data.url))?.[1] ?? 'Page';
  }
  const a = el('a', { href, class: 'result-link', 'aria-describedby': excerptId }, title);
  li.append(a, p, meta);
  return li;
}

let loadingMore = false;

async function showMore(moveFocus: boolean): Promise<void> {
  if (loadingMore && moveFocus) return; // a second click while the next page loads
  const mine = seq;
  const batch = shown.slice(shownCount, shownCount + PAGE_SIZE);
  loadingMore = true;
  const datas = await Promise.all(batch.map((r) => r.data())).finally(() => (loadingMore = false));
  if (mine !== seq) return;
  const list = $('search-results');
  const items = datas.map((d, i) => renderResult(d, shownCount + i));
  list.append(...items);
  shownCount += batch.length;
  $('more-results').hidden = shownCount >= shown.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

function describe(state: State, n: number): string {
  const q = state.query.trim();
  const filters = [...state.selected.values()].reduce((s, v) => s + v.size, 0);
  const what = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'}`;
  const forQ = q ? ` for “${q}”` : '';
  const withF = filters ? ` with ${filters} filter${filters === 1 ? '' : 's'}` : '';
  // the other terms searched for: each group's abbreviations and its first (main) phrase
  const others = groups.flatMap((g) => [...g.abbr, ...g.phrases.slice(0, 1)]).filter((t) => t.toLowerCase() !== q.toLowerCase());
  const also = others.length ? ` Also finds ${[...new Set(others)].join(', ')}.` : '';
  const tip = n === 0 ? ' Try fewer words, or clear the filters.' : '';
  return `${what}${forQ}${withF}.${n ? also : ''}${tip}`;
}

async function runSearch(): Promise<void> {
  const mine = ++seq;
  const state = currentState();
  writeUrl(state);
  const term = state.query.trim() ? pagefindQuery(state.query, synonyms) : null;
  const status = $('search-status');
  const list = $('search-results');
  if (!term && ![...state.selected.values()].some((s) => s.size)) {
    shown = [];
    shownCount = 0;
    list.replaceChildren();
    $('more-results').hidden = true;
    status.textContent = '';
    updateCounts(totals, state.selected);
    return;
  }
  groups = term ? groupsForQuery(state.query, synonyms) : [];
  const base = await pf.search(term, { filters: pagefindFilters(state.selected) });
  if (!base || mine !== seq) return;
  // Counts for a filter with values chosen are counted without that filter, so its other
  // values show what choosing them too would add.
  const counts: FilterCounts = { ...base.filters };
  for (const [key, values] of state.selected) {
    if (!values.size) continue;
    const other = await pf.search(term, { filters: pagefindFilters(state.selected, key) });
    if (mine !== seq) return;
    if (other) counts[key] = other.filters[key] ?? {};
  }
  shown = base.results;
  shownCount = 0;
  list.replaceChildren();
  await showMore(false);
  if (mine !== seq) return;
  updateCounts(counts, state.selected);
  status.textContent = describe(state, shown.length);
}

// --- Start ---------------------------------------------------------------------------------------

export async function start(): Promise<void> {
  const configEl = document.getElementById('search-config');
  if (!configEl) return;
  config = JSON.parse(configEl.textContent ?? '{}') as SearchConfig;
  const status = $('search-status');
  const input = $<HTMLInputElement>('q');
  $('search-app').hidden = false;
  $('search-nojs').hidden = true;
  const initial = readState();
  if (initial.query) input.value = initial.query;

  // Listen at once, so that nothing typed while the index loads is lost.
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    clearTimeout(timer);
    if (loaded) void runSearch();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(now, DEBOUNCE_MS);
    // fetch the index chunks for the words while the reader may still be typing
    if (loaded && input.value.trim()) void pf.preload(pagefindQuery(input.value, synonyms)).catch(() => {});
  };
  input.addEventListener('input', soon);
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    now();
  });
  $('search-facets').addEventListener('change', now);
  $('clear-filters').addEventListener('click', () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('#search-facets input:checked')) box.checked = false;
    now();
    input.focus();
  });
  $('more-results').addEventListener('click', () => void showMore(true));

  status.textContent = 'Loading the search index…';
  try {
    const url = config.pagefind;
    const [mod, table] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      fetch(config.synonyms).then((r) => (r.ok ? (r.json() as Promise<SynonymTable>) : synonyms)),
    ]);
    synonyms = table;
    pf = mod.createInstance({ basePath: url.replace(/[^/]*$/, ''), noWorker: true, excerptLength: 30 });
    await pf.init();
    totals = await pf.filters();
  } catch {
    status.textContent = 'The search index could not be loaded. Browse by theme, standard, region or PDU instead (links below).';
    return;
  }
  buildFacets(initial.selected);
  status.textContent = '';
  loaded = true;
  if (input.value.trim() || initial.selected.size) now();
}
