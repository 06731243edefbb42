// The heap limit for the build's Node processes (ingest, astro build, index). V8 stops a process
// whose heap passes about 4 GiB by default, whatever the machine has, and the ingest and the
// astro build each hold the archive's content (about 0.2 to 0.5 MB a document, BENCHMARKS.md):
// without this, V8's default, not the machine, would be the archive's ceiling. A limit already in
// NODE_OPTIONS is kept.
import { totalmem } from 'node:os';

/** The share of the machine's memory one build process may use for its heap. */
export const HEAP_SHARE = 0.75;

/** `env` with NODE_OPTIONS carrying --max-old-space-size (MiB) at HEAP_SHARE of `total` bytes. */
export function withHeapLimit(env = process.env, total = totalmem()) {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size(=|\s)/.test(options)) return env;
  const mib = Math.floor((total / 2 ** 20) * HEAP_SHARE);
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${mib}`.trim() };
}
