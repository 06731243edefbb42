// Search benchmark: serves a built site on loopback and, for each query, opens /search/ in a fresh
// Chromium context (so a cold cache), types the query as soon as the page has loaded, and
// measures
//   - bytes: the sum of the sizes of every response (headers and body, as transferred) from the
//     page's request until the first result is in the DOM, and how many requests that took;
//   - time to first result: from the last keystroke (the input event) to the first results for
//     the whole query in the DOM, measured in the page. It includes the search box's 180 ms
//     debounce and, since typing starts at the load event, any part of the index still loading.
//
//   npx tsx scripts/bench/search.ts [dist]       prints a table (dist/ by default)
//   import { benchSearch } from './search'; await benchSearch('dist')
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Request } from 'playwright-core';
import sirv from 'sirv';

export const SEARCH_QUERIES = ['domestic abuse', 'MAPPA', 'unpaid work'] as const;

export interface SearchBenchRow {
  query: string;
  /** Results the page reported for the query. */
  results: number;
  /** Bytes transferred (response headers and bodies) from opening /search/ to the first result. */
  bytes: number;
  /** Of which for the search index (/pagefind/, /search/synonyms.json and /search/parts.json). */
  indexBytes: number;
  requests: number;
  /** From the last keystroke to the first result in the DOM. */
  firstResultMs: number;
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const notFound = join(dir, '404.html');
  const handler = sirv(dir, { dev: false, etag: true, dotfiles: false, extensions: ['html'], onNoMatch(_req, res) {
    res.statusCode = 404;
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  } });
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function benchSearch(distDir: string, queries: readonly string[] = SEARCH_QUERIES): Promise<SearchBenchRow[]> {
  const dir = resolve(distDir);
  if (!existsSync(join(dir, 'search', 'index.html')) || !existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`benchSearch: ${dir} has no search page or no search index (build the site first)`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`benchSearch: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const { url, server } = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: SearchBenchRow[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext(); // a fresh context: empty cache
      const origin = new URL(url).origin;
      await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
      const requests: Request[] = [];
      context.on('request', (r) => requests.push(r));
      const page = await context.newPage();
      await page.goto(`${url}/search/`, { waitUntil: 'load' });
      await page.evaluate((q) => {
        const w = window as unknown as { __bench: { lastInput: number; first: number } };
        w.__bench = { lastInput: 0, first: 0 };
        document.getElementById('q')?.addEventListener('input', () => (w.__bench.lastInput = performance.now()));
        // The page renders a search's results, then says so in the status line in the same task:
        // the first status naming the whole query marks its first results in the DOM (results
        // shown for a part of the query, while typing, do not count).
        const status = document.getElementById('search-status') as HTMLElement;
        new MutationObserver((_, obs) => {
          if (status.textContent?.includes(`“${q}”`) && document.querySelector('#search-results li')) {
            w.__bench.first = performance.now();
            obs.disconnect();
          }
        }).observe(status, { childList: true, characterData: true, subtree: true });
      }, query);
      await page.focus('#q');
      await page.keyboard.type(query);
      await page.waitForFunction(() => (window as unknown as { __bench: { first: number } }).__bench.first > 0, null, { timeout: 30_000 });
      const timing = await page.evaluate(() => (window as unknown as { __bench: { lastInput: number; first: number } }).__bench);
      const status = (await page.textContent('#search-status')) ?? '';
      const taken = [...requests];
      let bytes = 0;
      let indexBytes = 0;
      for (const r of taken) {
        const sizes = await r.sizes().catch(() => null);
        if (!sizes) continue;
        const n = sizes.responseHeadersSize + sizes.responseBodySize;
        bytes += n;
        if (/\/pagefind\/|\/search\/(synonyms|parts)\.json/.test(r.url())) indexBytes += n;
      }
      rows.push({
        query,
        results: Number(/^(\d+) result/.exec(status)?.[1] ?? 0),
        bytes,
        indexBytes,
        requests: taken.length,
        firstResultMs: Math.round(timing.first - timing.lastInput),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
  return rows;
}

export function formatSearchTable(rows: readonly SearchBenchRow[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const lines = [
    '| Query | Results | Transferred (all) | of which index | Requests | Time to first result |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.query} | ${r.results} | ${kb(r.bytes)} | ${kb(r.indexBytes)} | ${r.requests} | ${r.firstResultMs} ms |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dist = process.argv[2] ?? 'dist';
  const rows = await benchSearch(dist);
  console.log(formatSearchTable(rows));
}
