// One clean build of a folder of documents, each phase timed on its own, all in a work folder
// of the benchmark's own (never the project's content/ or dist/):
//   ingest   tsx scripts/ingest.ts --seeds DOCS --out WORK/content
//   astro    astro build --config scripts/bench/astro.config.mjs --outDir WORK/dist
//            (CONTENT_DIR=WORK/content, Astro's cache in WORK/cache)
//   index    node scripts/index-search.mjs WORK/dist, or npx pagefind --site WORK/dist
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure, type Measured } from './measure';
import { withHeapLimit } from '../heap.mjs';
import { isMetaFile } from '../pipeline/meta';

export const PHASES = ['ingest', 'astro', 'index'] as const;
export type Phase = (typeof PHASES)[number];

export interface BuildResult {
  docs: number;
  phases: Partial<Record<Phase, Measured>>;
  /** The phase that failed or timed out, if any, and the last line of its log. */
  failed: Phase | null;
  error?: string;
  totalMs: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  /** Astro's content data store as written by the build (data-store.json, or the data-store/ folder of chunked storage). */
  storeBytes?: number;
  /** Its largest file: with single-file storage the whole store, one JSON string (V8 caps a string at ~512 MiB). */
  storeLargestFile?: number;
  dist: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/** How the search index is built: the project's script once it takes a site folder, else Pagefind itself. */
export function indexCommand(dist: string): { cmd: string; args: string[]; label: string } {
  const script = join(ROOT, 'scripts/index-search.mjs');
  if (existsSync(script) && /--site|process\.argv/.test(readFileSync(script, 'utf8'))) {
    return { cmd: process.execPath, args: [script, '--site', dist], label: 'node scripts/index-search.mjs --site DIST' };
  }
  return { cmd: bin('pagefind'), args: ['--site', dist], label: 'npx pagefind --site DIST (scripts/index-search.mjs not usable here)' };
}

export function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

/** Size of Astro's data store in a cache folder: all its files, and the largest one. */
export function storeSize(cache: string): { bytes: number; largest: number } {
  let bytes = 0;
  let largest = 0;
  for (const f of [join(cache, 'data-store.json'), join(cache, 'data-store')]) {
    if (!existsSync(f)) continue;
    const files = statSync(f).isDirectory()
      ? readdirSync(f, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
      : [f];
    for (const x of files) {
      const n = statSync(x).size;
      bytes += n;
      largest = Math.max(largest, n);
    }
  }
  return { bytes, largest };
}

export function countPages(dist: string): number {
  if (!existsSync(dist)) return 0;
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** The line of a failed phase's log that says why: Node's fatal error, else the last error, else the last line. */
export function errorLine(log: string): string {
  const lines = log.trim().split('\n').filter((l) => !/^\s*\d+: 0x/.test(l)); // not native stack frames
  return (lines.find((l) => /FATAL ERROR/.test(l)) ?? lines.findLast((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? '').trim().slice(0, 300);
}

export async function cleanBuild(docsDir: string, work: string, timeoutMs: number): Promise<BuildResult> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'logs'), { recursive: true });
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  // The heap limit `npm run build` gives its phases, so that the benchmark measures the same build.
  const env = withHeapLimit({ ...process.env, CONTENT_DIR: content, BENCH_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' });
  const index = indexCommand(dist);
  const steps: Record<Phase, [string, string[]]> = {
    ingest: [bin('tsx'), ['scripts/ingest.ts', '--seeds', docsDir, '--out', content]],
    astro: [bin('astro'), ['build', '--config', 'scripts/bench/astro.config.mjs', '--outDir', dist]],
    index: [index.cmd, index.args],
  };
  const started = Date.now();
  const result: BuildResult = { docs: readdirSync(docsDir).filter((n) => !n.startsWith('.') && !isMetaFile(n)).length, phases: {}, failed: null, totalMs: 0, pages: 0, distBytes: 0, pagefindBytes: 0, dist };
  for (const phase of PHASES) {
    const left = timeoutMs - (Date.now() - started);
    const [cmd, args] = steps[phase];
    const m = await measure(cmd, args, { env, log: join(work, 'logs', `${phase}.log`), timeoutMs: Math.max(left, 1) });
    result.phases[phase] = m;
    if (!m.ok) {
      result.failed = phase;
      result.error = errorLine(readFileSync(join(work, 'logs', `${phase}.log`), 'utf8'));
      break;
    }
  }
  result.totalMs = PHASES.reduce((s, p) => s + (result.phases[p]?.ms ?? 0), 0);
  result.pages = countPages(dist);
  result.distBytes = bytesUnder(dist);
  result.pagefindBytes = bytesUnder(join(dist, 'pagefind'));
  const store = storeSize(join(work, 'cache'));
  result.storeBytes = store.bytes;
  result.storeLargestFile = store.largest;
  return result;
}
