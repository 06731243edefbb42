// BENCHMARKS.md from a run's results: figures against targets first, then the detail.
import { PHASES, type BuildResult, type Phase } from './build';
import type { Machine } from './machine';
import type { SearchBenchRow } from './search';
import { HEAP_SHARE } from '../heap.mjs';
import { median, PAGE_TARGET_GZIP, PAGE_TARGET_RAW, PAGE_TYPES, type Weight } from './weight';

export interface SizeRun {
  docs: number;
  result: BuildResult | null;
  loadBefore: string;
  loadAfter: string;
  /** Set when the size was not re-run: the date of the run it comes from. */
  from?: string;
  /** Search in Chromium on this size's site (null: not measured). */
  search?: SearchBenchRow[] | null;
  /** Page weight of the size's build (absent in runs before page weight was measured per size). */
  weight?: Weight;
}

export interface Results {
  date: string;
  machine: Machine;
  memoryMethod: string;
  indexLabel: string;
  timeoutMin: number;
  seeds: { runs: BuildResult[]; loads: string[] };
  weight: Weight | null;
  /** Search in Chromium on the seeds' site, measured in the same run as the sizes' (null: not measured). */
  seedsSearch?: SearchBenchRow[] | null;
  sizes: SizeRun[];
}

const KB = 1000;
const TARGET = {
  seedsBuildS: 15, reportHtmlKb: 60, cssKb: 20, perDocRatio: 1.3, indexPerDocRatio: 1.2, phasePerDocRatio: 1.2, searchMs: 1000, searchVsSeeds: 2, searchKb: 300,
  peakGB: 4, ceilingDocs: 10_000, ceilingFitFrom: 500,
};
const PHASE_NAME: Record<Phase, string> = { ingest: 'ingest', astro: 'astro build', index: 'Pagefind index' };

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b: number) => `${(b / KB).toFixed(1)} KB`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const rss = (k: number | undefined) => (k ? `${Math.round(k / 1024)} MiB` : '—');
const verdict = (ok: boolean | null) => (ok === null ? 'NOT RUN' : ok ? 'PASS' : 'FAIL');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The least-squares line through the points, [docs, value], read at `docs` (null: under two points). */
export function projectLinear(points: [number, number][], docs: number): { at: number; perDoc: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx;
  return { at: my + slope * (docs - mx), perDoc: slope };
}

/** Each phase's peak memory (bytes) projected to `docs` from the sizes of at least `from` documents that built. */
export function memoryCeiling(sizes: SizeRun[], docs: number, from: number): { phase: Phase; fit: { at: number; perDoc: number } | null; points: number[] }[] {
  const built = sizes.filter((x) => x.docs >= from && x.result && !x.result.failed);
  return PHASES.map((phase) => {
    const pts = built.map((x) => [x.docs, (x.result!.phases[phase]?.peakKb ?? 0) * 1024] as [number, number]);
    return { phase, fit: projectLinear(pts, docs), points: pts.map(([x]) => x) };
  });
}

function perDoc(r: BuildResult, p: Phase | 'total'): number {
  return (p === 'total' ? r.totalMs : (r.phases[p]?.ms ?? NaN)) / r.docs;
}

function failure(r: BuildResult): string {
  const m = r.phases[r.failed!]!;
  const peak = `peak memory ${rss(m.peakKb)}`;
  return m.timedOut
    ? `timed out in ${PHASE_NAME[r.failed!]} after ${s(r.totalMs)} in all (${peak})`
    : `${PHASE_NAME[r.failed!]} failed (exit ${m.exitCode ?? 'killed'}, ${peak}): “${(r.error ?? '').replace(/\|/g, '\\|')}”`;
}

/** The hand-written notes section of an existing BENCHMARKS.md, kept across runs. */
export const NOTES_START = '<!-- notes: hand-written, kept by npm run bench -->';
export const NOTES_END = '<!-- /notes -->';
export function notesOf(existing: string | null): string {
  const i = existing?.indexOf(NOTES_START) ?? -1;
  const j = existing?.indexOf(NOTES_END) ?? -1;
  return i >= 0 && j > i ? existing!.slice(i, j + NOTES_END.length) : `${NOTES_START}\n## Notes\n\nNone yet.\n${NOTES_END}`;
}

export function render(res: Results, notes = notesOf(null)): string {
  const good = res.seeds.runs.filter((r) => !r.failed);
  const seedTotal = good.length ? median(good.map((r) => r.totalMs)) : null;
  const w = res.weight;
  const report = w?.types.find((t) => t.type === 'report');
  const at = (n: number) => res.sizes.find((x) => x.docs === n);
  const small = at(50)?.result;
  const big = at(1000);
  const ratio = (a: BuildResult | null | undefined, b: BuildResult | null | undefined) =>
    a && b && !a.failed && !b.failed ? perDoc(b, 'total') / perDoc(a, 'total') : null;
  const r1000 = ratio(small, big?.result);
  const r200 = ratio(small, at(200)?.result);

  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push('Written by `npm run bench` (`scripts/bench/run.ts`); the figures below are from the run on the date shown. ' +
    'Other work may have been running on the machine at the same time: the load averages beside each build say how busy it was.', '');
  out.push(`- **Date of the run:** ${res.date}`);
  out.push(`- **Machine:** ${res.machine.cpu}, ${res.machine.cores} cores, ${res.machine.memoryGiB} GiB memory`);
  out.push(`- **Software:** Node ${res.machine.node}, ${res.machine.os}`);
  out.push(`- **Sizes run:** ${res.sizes.map((x) => x.docs).join(', ') || 'none'} synthetic documents (timeout ${res.timeoutMin} min per size)`, '');

  out.push('## Figures against targets', '');
  out.push(row(['measure', 'target', 'result', '']), row(['---', '---', '---', '---']));
  out.push(row(['clean build of the seeds, ingest + astro build + index (median of ' + res.seeds.runs.length + ')', `≤ ${TARGET.seedsBuildS} s`,
    seedTotal === null ? 'failed' : s(seedTotal), verdict(seedTotal === null ? false : seedTotal <= TARGET.seedsBuildS * 1000)]));
  out.push(row(['report page HTML, gzip (largest report page)', `≤ ${TARGET.reportHtmlKb} KB`, report ? kb(report.htmlGzipMax) : '—',
    verdict(report ? report.htmlGzipMax <= TARGET.reportHtmlKb * KB : null)]));
  out.push(row(['all CSS the pages link, gzip', `≤ ${TARGET.cssKb} KB`, w ? kb(w.cssGzip) : '—', verdict(w ? w.cssGzip <= TARGET.cssKb * KB : null)]));
  out.push(row(['JavaScript shipped by content pages (all but the search, citation, compare, action-tracker and ratings-filter tools), beyond the report page\'s progressive enhancement (contents marker, citation dialog: ≤ 10 KB)', '0 bytes', w ? `${w.contentPagesWithJs.length} page(s) ship more` : '—',
    verdict(w ? w.contentPagesWithJs.length === 0 : null)]));
  out.push(row(['build cost per document, 1,000 vs 50 documents', `≤ ${TARGET.perDocRatio}×`,
    r1000 !== null ? `${r1000.toFixed(2)}×` : big?.result?.failed ? failure(big.result) : 'not run (run 1,000 by hand, see below)',
    big?.result?.failed ? 'FAIL' : verdict(r1000 === null ? null : r1000 <= TARGET.perDocRatio)]));
  if (r200 !== null) out.push(row(['(for information) build cost per document, 200 vs 50', '—', `${r200.toFixed(2)}×`, '—']));
  const indexRatio = (a: BuildResult | null | undefined, b: BuildResult | null | undefined) =>
    a?.phases.index?.ok && b?.phases.index?.ok ? perDoc(b, 'index') / perDoc(a, 'index') : null;
  const i1000 = indexRatio(small, big?.result);
  out.push(row(['search index cost per document, 1,000 vs 50 documents', `≤ ${TARGET.indexPerDocRatio}×`, i1000 !== null ? `${i1000.toFixed(2)}×` : 'not run',
    verdict(i1000 === null ? null : i1000 <= TARGET.indexPerDocRatio)]));
  for (const p of ['ingest', 'astro'] as const) {
    const ok = small?.phases[p]?.ok && big?.result?.phases[p]?.ok;
    const v = ok ? perDoc(big!.result!, p) / perDoc(small!, p) : null;
    out.push(row([`${PHASE_NAME[p]} cost per document, 1,000 vs 50 documents`, `≤ ${TARGET.phasePerDocRatio}×`, v !== null ? `${v.toFixed(2)}×` : 'not run',
      verdict(v === null ? null : v <= TARGET.phasePerDocRatio)]));
  }
  const peaks = big?.result && !big.result.failed ? PHASES.map((p) => (big.result!.phases[p]?.peakKb ?? 0) * 1024) : null;
  out.push(row(['peak memory at 1,000 documents, largest phase', `≤ ${TARGET.peakGB} GB`, peaks ? `${(Math.max(...peaks) / 1e9).toFixed(2)} GB` : 'not run',
    verdict(peaks ? Math.max(...peaks) <= TARGET.peakGB * 1e9 : null)]));
  const ceiling = memoryCeiling(res.sizes, TARGET.ceilingDocs, TARGET.ceilingFitFrom);
  const worst = ceiling.every((c) => c.fit) ? ceiling.reduce((a, c) => (c.fit!.at > a.fit!.at ? c : a)) : null;
  // The heap each phase is given (scripts/heap.mjs): the rest of the machine is the margin for
  // the process's memory outside V8's heap, the operating system and the files it caches.
  const allowed = res.machine.memoryGiB * HEAP_SHARE;
  out.push(row([`ceiling: peak memory projected to 10,000 documents (line through the sizes of ${TARGET.ceilingFitFrom} and more: ${worst ? worst.points.join(', ') : '—'}), largest phase`,
    `≤ ${Math.round(HEAP_SHARE * 100)}% of the machine's ${res.machine.memoryGiB} GiB (${allowed.toFixed(1)} GiB)`, worst ? `${(worst.fit!.at / 2 ** 30).toFixed(1)} GiB (${PHASE_NAME[worst.phase]})` : 'not run (needs two sizes of 500 or more)',
    verdict(worst ? worst.fit!.at <= allowed * 2 ** 30 : null)]));
  const stores = res.sizes.filter((x) => x.result?.storeLargestFile);
  const largestStoreFile = stores.length ? Math.max(...stores.map((x) => x.result!.storeLargestFile!)) : null;
  out.push(row(['ceiling: content store, largest file at any size (no file or string of it grows with the archive)', '≤ 20 MiB',
    largestStoreFile !== null ? mib(largestStoreFile) : 'not run', verdict(largestStoreFile === null ? null : largestStoreFile <= 20 * 2 ** 20)]));
  const search1000 = big?.search;
  if (search1000 || res.seedsSearch) {
    for (const q of (search1000 ?? res.seedsSearch ?? []).map((r) => r.query)) {
      const seedsRow = res.seedsSearch?.find((r) => r.query === q);
      const r = search1000?.find((x) => x.query === q);
      const limit = seedsRow ? Math.min(TARGET.searchMs, TARGET.searchVsSeeds * seedsRow.firstResultMs) : TARGET.searchMs;
      out.push(row([`search at 1,000 documents, “${q}”: query entered → first result (seeds: ${seedsRow ? `${seedsRow.firstResultMs} ms` : '—'})`,
        `≤ ${TARGET.searchVsSeeds}× seeds and ≤ ${TARGET.searchMs / 1000} s`, r ? `${r.firstResultMs} ms` : 'not run', verdict(r ? r.firstResultMs <= limit : null)]));
      out.push(row([`search at 1,000 documents, “${q}”: bytes transferred, page and index`, `≤ ${TARGET.searchKb} KB`, r ? kb(r.bytes) : 'not run',
        verdict(r ? r.bytes <= TARGET.searchKb * KB : null)]));
    }
  }
  const weights: [string, Weight][] = [...(w ? [['seeds', w] as [string, Weight]] : []), ...res.sizes.filter((x) => x.weight).map((x) => [`${x.docs} documents`, x.weight!] as [string, Weight])];
  for (const [label, wt] of weights) {
    const gz = Math.max(...wt.types.map((t) => t.htmlGzipMax));
    const raw = Math.max(...wt.types.map((t) => t.htmlRawMax ?? 0));
    out.push(row([`largest HTML page, ${label} (gzip / uncompressed)`, `≤ ${PAGE_TARGET_GZIP / KB} KB / ≤ ${PAGE_TARGET_RAW / 1e6} MB`, `${kb(gz)} / ${kb(raw)}`,
      verdict(gz <= PAGE_TARGET_GZIP && raw <= PAGE_TARGET_RAW)]));
  }
  out.push('', 'KB = 1,000 bytes; gzip at zlib’s default level (6).', '');

  out.push('## 1. Clean build of the seeds', '');
  out.push(`${res.seeds.runs[0]?.docs ?? 0} documents; each run starts from nothing (no content, no dist, no Astro cache). Index: \`${res.indexLabel}\`.`, '');
  out.push(row(['phase', ...res.seeds.runs.map((_, i) => `run ${i + 1}`), 'median', 'peak memory (max of runs)']));
  out.push(row(['---', ...res.seeds.runs.map(() => '---:'), '---:', '---:']));
  for (const p of PHASES) {
    const ms = res.seeds.runs.map((r) => r.phases[p]?.ms);
    out.push(row([PHASE_NAME[p], ...ms.map((x) => (x === undefined ? '—' : s(x))), s(median(ms.filter((x): x is number => x !== undefined))),
      rss(Math.max(0, ...res.seeds.runs.map((r) => r.phases[p]?.peakKb ?? 0)))]));
  }
  out.push(row(['**total**', ...res.seeds.runs.map((r) => (r.failed ? failure(r) : s(r.totalMs))), seedTotal === null ? '—' : `**${s(seedTotal)}**`, '']));
  out.push(row(['load average (1, 5, 15 min) before the run', ...res.seeds.loads, '', '']), '');
  if (res.seeds.runs[0]) out.push(`Pages built: ${res.seeds.runs[0].pages}; dist/ ${mib(res.seeds.runs[0].distBytes)}, of which the Pagefind index ${mib(res.seeds.runs[0].pagefindBytes)}.`, '');

  out.push('## 2. Synthetic corpora', '');
  out.push(`Made from the seeds by \`scripts/bench/synthesise.ts\`: document *i* is seed *i* mod ${res.seeds.runs[0]?.docs ?? 'S'} (the seeds) with every region and PDU renamed for set ⌊*i* / ${res.seeds.runs[0]?.docs ?? 'S'}⌋ ` +
    '(“Kent, Surrey and Sussex” / “KSS” → e.g. “Larkenwold”, “Surrey” → “Halenholm Weald”), so each is a distinct report of a distinct entity and ' +
    'each action plan answers its own region’s reports. One clean build per size, in `bench-out/`, never the project’s content/ or dist/.', '');
  out.push(row(['documents', 'pages', 'ingest / doc', 'astro / doc', 'index / doc', 'total / doc', 'total', 'peak memory ingest / astro / index', 'dist/', 'dist/pagefind', 'content store (largest file)', 'load before → after']));
  out.push(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
  for (const x of res.sizes) {
    const r = x.result;
    if (!r) {
      out.push(row([x.docs, '—', '—', '—', '—', '—', 'not run', '—', '—', '—', '—', x.loadBefore]));
      continue;
    }
    const ms = (p: Phase | 'total') => {
      const v = perDoc(r, p);
      if (Number.isNaN(v) || (p === 'total' && r.failed)) return '—';
      if (p !== 'total' && !r.phases[p]!.ok) return r.phases[p]!.timedOut ? `> ${v.toFixed(0)} ms` : `failed after ${s(r.phases[p]!.ms)}`;
      return `${v.toFixed(0)} ms`;
    };
    const mem = (p: Phase) => `${rss(r.phases[p]?.peakKb)}${r.phases[p]?.timedOut ? ' (sampled when stopped)' : ''}`;
    out.push(row([`${x.docs}${x.from ? ` (run of ${x.from})` : ''}`, r.pages, ms('ingest'), ms('astro'), ms('index'), ms('total'), r.failed ? failure(r) : s(r.totalMs),
      PHASES.map(mem).join(' / '), mib(r.distBytes), mib(r.pagefindBytes), r.storeBytes ? `${mib(r.storeBytes)} (${mib(r.storeLargestFile ?? 0)})` : '—', `${x.loadBefore} → ${x.loadAfter}`]));
  }
  out.push('', `Peak memory is the ${res.memoryMethod}; for a phase stopped by the timeout, the process tree's RSS as last sampled.`, '');
  const base = small && !small.failed ? small : null;
  if (base && res.sizes.some((x) => x.result && x.docs !== 50)) {
    out.push('Cost per document relative to 50 documents (1.00× = linear scaling; below 1 where fixed start-up costs are spread over more documents):', '');
    out.push(row(['documents', ...PHASES.map((p) => PHASE_NAME[p]), 'total']), row(['---:', ...PHASES.map(() => '---:'), '---:']));
    for (const x of res.sizes.filter((x) => x.result && x.docs !== 50)) {
      const r = x.result!;
      const cell = (p: Phase | 'total') => {
        const done = p === 'total' ? !r.failed : r.phases[p]?.ok;
        const v = perDoc(r, p) / perDoc(base, p);
        const timedOut = p === 'total' ? r.phases[r.failed!]?.timedOut : r.phases[p]?.timedOut;
        return Number.isNaN(v) ? '—' : done ? `${v.toFixed(2)}×` : timedOut ? `> ${v.toFixed(2)}× (stopped)` : 'failed';
      };
      out.push(row([x.docs, ...PHASES.map(cell), cell('total')]));
    }
    out.push('');
  }
  if (ceiling.some((c) => c.fit)) {
    out.push(`Peak memory towards ${TARGET.ceilingDocs.toLocaleString('en-GB')} documents: the least-squares line through each phase's peak at the sizes of ${TARGET.ceilingFitFrom} documents and more that built. ` +
      `Each build phase may use a heap of ${Math.round(HEAP_SHARE * 100)}% of the machine's memory (\`scripts/heap.mjs\`).`, '');
    out.push(row(['phase', 'sizes fitted', 'growth per document', `projected at ${TARGET.ceilingDocs.toLocaleString('en-GB')}`]), row(['---', '---', '---:', '---:']));
    for (const c of ceiling) out.push(row([PHASE_NAME[c.phase], c.points.join(', '), c.fit ? `${(c.fit.perDoc / 2 ** 20).toFixed(2)} MiB` : '—', c.fit ? `${(c.fit.at / 2 ** 30).toFixed(1)} GiB` : '—']));
    out.push('');
  }

  out.push('## 3. Page weight (seeds build)', '');
  if (w) {
    out.push(row(['page type', 'pages', 'HTML gzip, median', 'HTML gzip, max', 'largest page', 'JS per page, max', 'pages with JS']));
    out.push(row(['---', '---:', '---:', '---:', '---', '---:', '---:']));
    for (const t of w.types) out.push(row([t.type, t.pages, kb(t.htmlGzipMedian), kb(t.htmlGzipMax), `\`${t.maxPage}\``, `${t.jsMax} B`, t.jsPages]));
    out.push('', `CSS the pages link: ${w.cssFiles.map((f) => `\`${f}\``).join(', ') || 'none'} — ${kb(w.cssGzip)} gzip. ` +
      `Every .css file in dist/, including Pagefind’s unused UI stylesheets: ${kb(w.cssAllFilesGzip)} gzip.`, '');
    out.push('JavaScript per page is the uncompressed bytes of its `<script src>` files (with the modules they import statically) plus its inline scripts; ' +
      'JSON data blocks (`application/ld+json`, `application/json`) are not counted. “Listing” holds the sections’ indexes and their later pages (/reports/page/2/ …), ' +
      '“ratings” the ratings tables per region and programme, “other” about, glossary, data and 404 pages.', '');
    if (w.contentPagesWithJs.length) {
      out.push(`Content pages that ship JavaScript (${w.contentPagesWithJs.length}): ${w.contentPagesWithJs.slice(0, 5).map((p) => `\`${p}\``).join(', ')}${w.contentPagesWithJs.length > 5 ? ', …' : ''}`, '');
    }
  } else out.push('Not measured: the seeds build failed.', '');

  out.push('## 4. Search (Chromium)', '');
  out.push('Measured by `scripts/bench/search.ts` on each built site, served on loopback without compression, in Debian’s Chromium with a fresh cache for each query: ' +
    'the page is opened, the query typed as soon as it has loaded, and the time taken from the last keystroke to the first results for the whole query in the page ' +
    '(including the search box’s 180 ms pause for more typing). Bytes are everything transferred from opening /search/ to that moment (headers and bodies): page, script, index. ' +
    `Targets at 1,000 documents: at most ${TARGET.searchVsSeeds}× the seeds’ time for the same query in the same run and at most ${TARGET.searchMs / 1000} s; at most ${TARGET.searchKb} KB.`, '');
  const sites: [string, SearchBenchRow[] | null | undefined][] = [['seeds', res.seedsSearch], ...res.sizes.map((x): [string, SearchBenchRow[] | null | undefined] => [`${x.docs} documents${x.from ? ` (run of ${x.from})` : ''}`, x.search])];
  if (sites.some(([, rows]) => rows?.length)) {
    out.push(row(['site', 'query', 'results', 'first result', 'vs seeds', 'transferred', 'of which index', 'requests']));
    out.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const [site, rows] of sites) {
      if (!rows?.length) {
        out.push(row([site, '—', '—', 'not measured', '—', '—', '—', '—']));
        continue;
      }
      for (const r of rows) {
        const seedsRow = res.seedsSearch?.find((x) => x.query === r.query);
        out.push(row([site, r.query, r.results, `${r.firstResultMs} ms`, seedsRow && site !== 'seeds' ? `${(r.firstResultMs / seedsRow.firstResultMs).toFixed(2)}×` : '—',
          kb(r.bytes), kb(r.indexBytes), r.requests]));
      }
    }
    out.push('');
  } else out.push('Not measured in this run.', '');
  out.push('## 5. Page weight by archive size', '');
  if (weights.length) {
    out.push(`The largest HTML page of each type, uncompressed / gzip, on the seeds and on each synthetic corpus built. Target for every page at any size: ≤ ${PAGE_TARGET_GZIP / KB} KB gzip and ≤ ${PAGE_TARGET_RAW / 1e6} MB uncompressed (a phone parses the whole page). Listings that grow with the archive are split into pages of a bounded number of items (src/lib/listings.ts).`, '');
    out.push(row(['page type', ...weights.map(([l]) => l)]), row(['---', ...weights.map(() => '---:')]));
    for (const type of PAGE_TYPES) {
      if (!weights.some(([, wt]) => wt.types.some((t) => t.type === type))) continue;
      out.push(row([type, ...weights.map(([, wt]) => {
        const t = wt.types.find((x) => x.type === type);
        if (!t) return '—';
        const over = t.htmlGzipMax > PAGE_TARGET_GZIP || (t.htmlRawMax ?? 0) > PAGE_TARGET_RAW;
        return `${t.htmlRawMax !== undefined ? kb(t.htmlRawMax) : '—'} / ${kb(t.htmlGzipMax)}${over ? ' **over**' : ''} (${t.pages})`;
      })]));
    }
    out.push('', 'Each cell: largest page uncompressed / gzip (number of pages of the type). The largest page of each type at the biggest size built:', '');
    const [lastLabel, lastW] = weights[weights.length - 1]!;
    out.push(lastW.types.map((t) => `- ${t.type} (${lastLabel}): \`${t.rawMaxPage ?? t.maxPage}\``).join('\n'), '');
  } else out.push('Not measured.', '');

  out.push(notes, '');
  out.push('## How to reproduce', '');
  out.push('```sh', 'npm ci', 'npm run bench                          # seeds ×3, page weight, 50 and 200 documents (~4 min, quiet)',
    'npm run bench -- --sizes 50,200,1000   # and 1,000 documents (~11 min here, 6.5 GiB)', '```', '');
  out.push('Options: `--sizes N,N,…` (default `50,200`; `none` for the seeds and page weight only), `--runs N` seeds builds (default 3), `--timeout-min M` per build (default 30). ' +
    'Work folders and logs are in `bench-out/` (git-ignored): `bench-out/seeds/`, `bench-out/docs-N/` (the synthetic documents), `bench-out/build-N/` ' +
    '(`content/`, `dist/`, Astro cache, `logs/`), and `bench-out/results.json`. A size not re-run keeps its figures from `bench-out/results.json`, marked with that run’s date. ' +
    'The Notes section above is hand-written and kept across runs. `npx tsx scripts/bench/synthesise.ts --count N --out DIR` writes a synthetic corpus alone. ' +
    'Close other builds first for steadier figures; timings on a shared 2-core machine vary by ±20% or more with load.', '');
  return out.join('\n');
}
