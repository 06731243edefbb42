// The compare page (src/pages/compare/index.astro): reads the chosen entities from the address
// (?e=<id>, two to four), fetches each one's small file (/compare/data/<id>.json) and builds
// three tables. Text from the documents is set as text, never as HTML.
import type { CompareData } from '../lib/compare';

const RATING_CLASS: Record<string, string> = { Outstanding: 'r-o', Good: 'r-g', 'Requires improvement': 'r-ri', Inadequate: 'r-i' };
const MAX = 4;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function table(caption: string, head: string, entities: CompareData[], rows: { key: string; label: string }[], cell: (e: CompareData, key: string) => Node[]): HTMLElement {
  const thead = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, head), ...entities.map((e) => el('th', { scope: 'col' }, el('a', { href: e.href }, e.name)))));
  const tbody = el('tbody', {}, ...rows.map((r) => el('tr', { 'data-row': r.key }, el('th', { scope: 'row' }, r.label), ...entities.map((e) => {
    const nodes = cell(e, r.key);
    // On a phone the table is stacked rows, each cell under its column's name (site.css .stack).
    return el('td', { 'data-label': e.name }, ...(nodes.length ? nodes : ['—']));
  }))));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'stack' }, el('caption', {}, caption), thead, tbody));
}

function rowsOf<T extends { row: string; label: string; order: number }>(lists: T[][]): { key: string; label: string }[] {
  const seen = new Map<string, { key: string; label: string; order: number }>();
  for (const list of lists) for (const x of list) if (!seen.has(x.row)) seen.set(x.row, { key: x.row, label: x.label, order: x.order });
  return [...seen.values()].sort((a, b) => a.order - b.order || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function render(entities: CompareData[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  out.push(el('h2', { id: 'ratings' }, 'Ratings by standard'));
  out.push(table('Ratings by standard; related standards of the 2021 and 2023 frameworks on one row', 'Standard', entities, rowsOf(entities.map((e) => e.ratings)), (e, key) =>
    e.ratings.filter((r) => r.row === key).map((r) => el('p', {}, el('a', { href: r.href, class: `rating ${RATING_CLASS[r.rating] ?? ''}` }, `${r.framework} ${r.code}: ${r.rating}`), ` (${r.date || r.report})`)),
  ));
  out.push(el('h2', { id: 'key-questions' }, 'Key questions'));
  // A key question's row is its words: a region and a PDU are asked the same questions under
  // standards of their own level (R 2.1 and P 2.1), the frameworks ask different ones.
  const kqs = new Map(entities.map((e) => [e.id, e.kqs.map((k) => ({ ...k, row: k.question.trim().toLowerCase(), label: k.question }))]));
  out.push(table('Key questions: percentage of inspected cases judged “Yes”, with the rating band it falls in', 'Key question', entities, rowsOf([...kqs.values()]), (e, key) =>
    (kqs.get(e.id) ?? []).filter((k) => k.row === key).map((k) => el('p', {}, el('a', { href: k.href }, `${k.percent}%`), ` ${k.band} band `, el('span', { class: 'small muted' }, `(${k.framework} ${k.code})`))),
  ));
  out.push(el('h2', { id: 'themes' }, 'Recommendations by theme'));
  const themeRows = new Map<string, string>();
  for (const e of entities) for (const t of e.themes) themeRows.set(t.id, t.name);
  const rows = [...themeRows].map(([key, label]) => ({ key, label })).sort((a, b) => (a.label < b.label ? -1 : 1));
  out.push(table('Recommendations by theme', 'Theme', entities, rows, (e, key) => {
    const t = e.themes.find((x) => x.id === key);
    if (!t) return [];
    return [el('p', {}, `${t.recs.length} recommendation${t.recs.length === 1 ? '' : 's'}`), el('ul', { class: 'plain' }, ...t.recs.map((r) => el('li', {}, el('a', { href: r.href }, r.label))))];
  }));
  return out;
}

export async function startCompare(): Promise<void> {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const status = document.getElementById('compare-status');
  const result = document.getElementById('compare-result');
  const nojs = document.getElementById('compare-nojs');
  if (!form || !status || !result) return;
  if (nojs) nojs.remove();
  // The address is ?e=<id>&e=<id>…; the form's own fields (e1…e4) only say what to put there.
  const params = new URLSearchParams(location.search);
  const chosen = [...new Set([...params.getAll('e'), ...[1, 2, 3, 4].flatMap((n) => params.getAll(`e${n}`))].filter(Boolean))].slice(0, MAX);
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  try {
    const r = await fetch('/compare/entities.json');
    if (!r.ok) throw new Error(String(r.status));
    const list = (await r.json()) as { regions: [string, string][]; pdus: [string, string][] };
    for (const select of selects) {
      for (const [label, items] of [['Regions', list.regions], ['PDUs', list.pdus]] as const) {
        const group = document.createElement('optgroup');
        group.label = label;
        for (const [id, name] of items) group.append(new Option(name, id));
        select.append(group);
      }
    }
  } catch {
    status.textContent = 'The list of regions and PDUs could not be loaded.';
  }
  chosen.forEach((id, i) => {
    if (selects[i] && [...selects[i].options].some((o) => o.value === id)) selects[i].value = id;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...new Set(selects.map((s) => s.value).filter(Boolean))];
    location.assign(`/compare/?${ids.map((id) => `e=${encodeURIComponent(id)}`).join('&')}`);
  });
  if (chosen.length < 2) {
    status.textContent = chosen.length ? 'Choose at least one more region or PDU.' : 'Choose two to four regions or PDUs.';
    return;
  }
  status.textContent = 'Loading…';
  try {
    const entities = await Promise.all(
      chosen.map(async (id) => {
        const r = await fetch(`/compare/data/${encodeURIComponent(id)}.json`);
        if (!r.ok) throw new Error(`no region or PDU “${id}” on this site`);
        return (await r.json()) as CompareData;
      }),
    );
    result.replaceChildren(...render(entities));
    status.textContent = `Comparing ${entities.map((e) => e.name).join(', ')}.`;
  } catch (e) {
    status.textContent = `Could not compare: ${e instanceof Error ? e.message : String(e)}.`;
  }
}
