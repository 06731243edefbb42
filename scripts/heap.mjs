// The heap limit for the build's Node processes (ingest, astro build, index). V8 stops a process
// whose heap passes about 4 GiB by default, whatever the machine has, and the ingest and the
// astro build each hold the archive's content (about 0.2 to 0.5 MB a document, BENCHMARKS.md):
// without this, V8's default, not the machine, would be the archive's ceiling. A limit already in
// NODE_OPTIONS is kept.
import { totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** The share of the machine's memory one build process may use for its heap. */
export const HEAP_SHARE = 0.75;

/** `env` with NODE_OPTIONS carrying --max-old-space-size (MiB) at HEAP_SHARE of `total` bytes. */
export function withHeapLimit(env = process.env, total = totalmem()) {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size(=|\s)/.test(options)) return env;
  const mib = Math.floor((total / 2 ** 20) * HEAP_SHARE);
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${mib}`.trim() };
}

/**
 * How far V8 lets a build process's heap grow past what its last full collection kept, in
 * percent. With a heap limit over 1 GiB (above) V8 lets the heap grow up to four times what it
 * keeps, and the build's processes keep what grows with the archive: the ingest a few kilobytes
 * of links a document, astro build the site's findings (about 0.3 MB a document). Held to 1.2
 * times, their peaks follow what they keep (BENCHMARKS.md: astro build 2.1 → 1.4 GB at 1,000
 * documents, for 6% more time). Not a NODE_OPTIONS flag, so each process sets it for itself.
 */
export const HEAP_GROWING_PERCENT = 20;

/** Sets HEAP_GROWING_PERCENT for this process, before its work; its worker threads share it. */
export function growHeapSlowly() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
