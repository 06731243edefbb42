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
});
