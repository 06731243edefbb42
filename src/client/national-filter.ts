// The filter tool (src/pages/national/filter/index.astro): reads the chosen programme, kind,
// region, year and months from the address, fetches /national/ratings-by-inspection.csv once,
// and rewrites the page's tables for the inspections chosen: counts per standard with the
// weakest and strongest, the overall ratings, and each inspection's ratings (the first
// MAX_ROWS a programme). Text from the data is set as text, never as HTML.
import { entityDisplayName } from '../lib/format';
import { formatMean, meanPoints, noCounts, RATINGS, totalOf, weakestAndStrongest, type RatingCounts } from '../lib/rating-counts';

const CSV = '/national/ratings-by-inspection.csv';
const FIELDS = ['programme', 'kind', 'region', 'year', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
const MAX_ROWS = 200;
const CLASS: Record<string, string> = { Outstanding: 'r-o', Good: 'r-g', 'Requires improvement': 'r-ri', Inadequate: 'r-i' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Row = Record<string, string>;

/**
 * RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. The site's CSV files
 * start with a byte-order mark (for spreadsheets); fetch's text() drops it, a file read as it is
 * keeps it, and it is not part of the first column's name either way.
 */
export function parseCsv(input: string): Row[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field || record.length) record.push(field), records.push(record);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const month = (iso: string) => {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso || 'date not given';
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Whether an inspection is one of those chosen. */
export function matches(row: Row, want: Record<Field, string>): boolean {
  const inspected = row.inspected ?? '';
  return (
    (!want.programme || row.programme?.startsWith(`${want.programme}-`)) &&
    (!want.kind || row.entity_type === want.kind) &&
    (!want.region || row.region === want.region) &&
    (!want.year || inspected.startsWith(want.year)) &&
    (!want.from || (inspected !== '' && inspected.slice(0, 7) >= want.from)) &&
    (!want.to || (inspected !== '' && inspected.slice(0, 7) <= want.to))
  ) as boolean;
}

function describe(want: Record<Field, string>, form: HTMLFormElement): string {
  const parts: string[] = [];
  const text = (f: Field) => form.querySelector<HTMLSelectElement>(`select[name=${f}]`)?.selectedOptions[0]?.textContent ?? want[f];
  if (want.kind) parts.push(want.kind === 'pdu' ? 'PDUs' : 'regions');
  if (want.programme) parts.push(`under the ${want.programme} programme`);
  if (want.region) parts.push(`in ${text('region')}`);
  if (want.year) parts.push(`inspected in ${want.year}`);
  if (want.from) parts.push(`inspected in or after ${month(want.from)}`);
  if (want.to) parts.push(`inspected in or before ${month(want.to)}`);
  return parts.length ? parts.join(', ') : 'every inspection';
}

export function startFilter(): void {
  const form = document.getElementById('national-filter') as HTMLFormElement | null;
  const summary = document.getElementById('filter-summary');
  const nojs = document.getElementById('filter-nojs');
  if (!form || !summary) return;
  const input = (f: Field) => form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement;
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const v = params.get(f);
    if (!v) continue;
    const field = input(f);
    if (field instanceof HTMLSelectElement ? [...field.options].some((o) => o.value === v) : /^\d{4}-\d{2}$/.test(v)) field.value = v;
  }
  form.hidden = false;
  if (nojs) nojs.hidden = true;
  summary.hidden = false;
  summary.textContent = 'Loading the ratings…';
  let rows: Row[] | null = null;

  const apply = () => {
    if (!rows) return;
    const want = Object.fromEntries(FIELDS.map((f) => [f, input(f).value.trim()])) as Record<Field, string>;
    const chosen = rows.filter((r) => matches(r, want));
    const overall = noCounts();
    let unrated = 0;
    for (const r of chosen) {
      if (r.overall_rating && r.overall_rating in overall) overall[r.overall_rating as keyof RatingCounts]++;
      else unrated++;
    }
    const better = overall.Outstanding + overall.Good;
    const rated = chosen.length - unrated;
    summary.textContent =
      `${plural(chosen.length, 'inspection')} chosen (${describe(want, form)}). Overall ratings: ${RATINGS.map((k) => `${overall[k]} ${k}`).join(', ')}` +
      `${unrated ? `, ${unrated} without an overall rating` : ''}.` +
      (rated > 0 ? (better === 0 ? ' None was rated Good or better.' : ` ${better} of ${rated} rated Good or better.`) : '');
    summary.dataset.count = String(chosen.length);
    for (const section of document.querySelectorAll<HTMLElement>('#filter-counts > section')) update(section, chosen);
    const next = new URLSearchParams();
    for (const f of FIELDS) if (want[f]) next.set(f, want[f]);
    const q = next.toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  fetch(CSV)
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    })
    .then((text) => {
      rows = parseCsv(text);
      apply();
    })
    .catch(() => {
      summary.textContent = 'The ratings could not be loaded. The national picture has the same figures for the whole archive.';
    });
}

/** One programme's section: its counts table, its weakest and strongest, and its inspections. */
function update(section: HTMLElement, chosen: Row[]): void {
  const id = section.dataset.programme!;
  const mine = chosen.filter((r) => r.programme === id);
  const table = section.querySelector('table.counts')!;
  // A programme none of the chosen inspections follows: its line says so, its table of zeros goes.
  const wrap = table.closest<HTMLElement>('.table-wrap');
  if (wrap) wrap.hidden = mine.length === 0;
  const standards = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-std]')].map((tr) => {
    const std = tr.dataset.std!;
    const counts = noCounts();
    for (const r of mine) if (r[std] && r[std]! in counts) counts[r[std] as keyof RatingCounts]++;
    return { std, tr, label: tr.querySelector('th a')?.textContent ?? std, counts };
  });
  const { weakest, strongest } = weakestAndStrongest(standards);
  for (const s of standards) {
    for (const k of RATINGS) s.tr.querySelector(`td[data-r="${k}"]`)!.textContent = String(s.counts[k]);
    s.tr.querySelector('td[data-r="total"]')!.textContent = String(totalOf(s.counts));
    s.tr.querySelector('td[data-r="mean"]')!.textContent = formatMean(meanPoints(s.counts));
    const th = s.tr.querySelector('th')!;
    for (const m of th.querySelectorAll('[data-mark]')) m.remove();
    if (weakest.includes(s)) th.append(el('span', { class: 'mark', 'data-mark': '' }, 'Weakest'));
    if (strongest.includes(s)) th.append(el('span', { class: 'mark', 'data-mark': '' }, 'Strongest'));
  }
  const extremes = section.querySelector<HTMLElement>('[data-extremes]')!;
  const names = (xs: typeof standards) => xs.map((s) => s.label).join(', ');
  extremes.textContent = mine.length === 0
    ? 'No inspection of this programme is among those chosen.'
    : weakest.length
      ? `${plural(mine.length, 'inspection')}. Weakest: ${names(weakest)} (average ${formatMean(meanPoints(weakest[0]!.counts))}). Strongest: ${names(strongest)} (average ${formatMean(meanPoints(strongest[0]!.counts))}).`
      : `${plural(mine.length, 'inspection')}. No standard is weaker or stronger than another among them.`;
  section.querySelector('[data-rows]')!.replaceChildren(...(mine.length ? inspectionsTable(section.dataset.label ?? id, standards, mine) : []));
}

/** The chosen inspections of one programme, unit by unit, the rating's words in each cell. */
function inspectionsTable(label: string, standards: { std: string; label: string }[], rows: Row[]): HTMLElement[] {
  const shown = rows.slice(0, MAX_ROWS);
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Inspected (document)'), el('th', { scope: 'col' }, 'Overall'), ...standards.map((s) => el('th', { scope: 'col' }, s.label)));
  const body = shown.map((r) => {
    const href = `/${r.entity_type === 'region' ? 'regions' : 'pdus'}/${encodeURIComponent(r.entity!)}/`;
    const name = entityDisplayName(r.entity_name!, r.entity_type === 'region' ? 'region' : 'pdu');
    const cell = (rating: string | undefined) => (rating ? el('td', { class: `c ${CLASS[rating] ?? ''}` }, rating) : el('td', { class: 'c muted' }, '—'));
    return el('tr', { 'data-entity': r.entity!, 'data-report': r.report! },
      el('th', { scope: 'row' }, el('a', { href }, name), el('span', { class: 'when' }, `Inspected ${month(r.inspected ?? '')}${r.region_name ? ` · ${r.region_name}` : ''} · `, el('a', { href: `/reports/${encodeURIComponent(r.report!)}/` }, 'document'))),
      cell(r.overall_rating),
      ...standards.map((s) => cell(r[s.std])));
  });
  const out: HTMLElement[] = [
    el('section', { class: 'table-wrap', tabindex: '0', 'aria-label': `The inspections chosen, ${label}` },
      el('table', { class: 'nmatrix' }, el('caption', {}, `The inspections chosen, ${label}`), el('thead', {}, head), el('tbody', {}, ...body))),
  ];
  if (rows.length > shown.length) out.push(el('p', { class: 'small' }, `The first ${shown.length} of ${rows.length} are listed; every one is in the CSV file and on the pages of every rating.`));
  return out;
}
