// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor, markdownShared } from './src/markdown/options.ts';

// The deployed origin, used for absolute permalinks in citations. Set SITE_URL when
// deploying; without it, citations print site-relative paths (and a small script fills
// in the origin at view time).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { ...markdownShared, processor: markdownProcessor },
  // Astro writes its content store as one JSON string by default, and V8's longest string
  // (~512 MiB) stopped a build near 1,900 documents. Chunked storage (Astro 7.1) writes it in
  // files of at most 20 MB, each loaded as its own module; the site is byte-identical.
  experimental: { collectionStorage: 'chunked' },
});
