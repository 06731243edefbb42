// The project's Astro config with Astro's cache in a folder of the caller's own
// (SITE_TEST_CACHE_DIR), so that a test's extra build (tests/hostile-site.test.ts) never shares
// node_modules/.astro with the project's own build. Used as
//   CONTENT_DIR=… SITE_TEST_CACHE_DIR=… astro build --config tests/support/astro.isolated.config.mjs --outDir …
import base from '../../astro.config.mjs';

export default { ...base, ...(process.env.SITE_TEST_CACHE_DIR ? { cacheDir: process.env.SITE_TEST_CACHE_DIR } : {}) };
