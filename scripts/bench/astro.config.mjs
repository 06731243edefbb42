// The project's Astro config with Astro's and Vite's caches in a folder of the benchmark's
// own, so a benchmark build starts clean and shares no cache with other builds. Used as
// `astro build --config scripts/bench/astro.config.mjs --outDir DIR` with BENCH_CACHE_DIR
// (and CONTENT_DIR) set.
import base from '../../astro.config.mjs';

const cache = process.env.BENCH_CACHE_DIR;
export default cache ? { ...base, cacheDir: cache, vite: { ...base.vite, cacheDir: `${cache}/vite` } } : base;
