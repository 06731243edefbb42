// The action tracker's filters (src/pages/actions/[region]/[...page].astro): owner, theme and
// state narrow the listed actions, and the line above the list counts what is shown, by state.
// The choice is kept in the address (?state=overdue&owner=…), so a filtered list can be shared.
const FIELDS = ['state', 'owner', 'theme'] as const;
type Field = (typeof FIELDS)[number];
const LABEL: Record<string, string> = { overdue: 'target date passed', due: 'target date to come', done: 'reported done', undated: 'no target date' };

export function startTracker(): void {
  const form = document.getElementById('tracker-filters');
  const shown = document.getElementById('tracker-shown');
  const list = document.getElementById('tracker-actions');
  if (!form || !shown || !list) return;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const select = (f: Field) => form.querySelector<HTMLSelectElement>(`select[name=${f}]`)!;
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const v = params.get(f);
    if (v && [...select(f).options].some((o) => o.value === v)) select(f).value = v;
  }
  const apply = () => {
    const want = Object.fromEntries(FIELDS.map((f) => [f, select(f).value])) as Record<Field, string>;
    const counts: Record<string, number> = { overdue: 0, due: 0, done: 0, undated: 0 };
    let n = 0;
    for (const li of items) {
      const ok =
        (!want.state || li.dataset.state === want.state) &&
        (!want.owner || (li.dataset.owners ?? '').split('|').includes(want.owner)) &&
        (!want.theme || (li.dataset.themes ?? '').split('|').includes(want.theme));
      li.hidden = !ok;
      if (ok) {
        n++;
        counts[li.dataset.state ?? 'undated'] = (counts[li.dataset.state ?? 'undated'] ?? 0) + 1;
      }
    }
    shown.textContent = `Showing ${n} of ${items.length} action${items.length === 1 ? '' : 's'}: ${Object.entries(counts).map(([s, c]) => `${c} ${LABEL[s]}`).join(', ')}.`;
    shown.dataset.shown = String(n);
    const next = new URLSearchParams(location.search);
    for (const f of FIELDS) if (want[f]) next.set(f, want[f]); else next.delete(f);
    const q = next.toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  shown.hidden = false;
  apply();
}
