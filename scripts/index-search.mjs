// The last step of `npm run build`: the Pagefind search index of the built site, with the synonym
// table the search page loads. The work is in scripts/search/build-index.ts (TypeScript, loaded
// through tsx so it can share code with the pipeline and the search page).
//
//   node scripts/index-search.mjs [--site dist]     (CONTENT_DIR as for `astro build`)
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./search/build-index.ts', import.meta.url);
try {
  await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
