// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor, markdownShared } from './src/markdown/options.ts';
import { siteConfigured, siteUrl } from './core/site-origin.mjs';
import { growHeapSlowly } from './scripts/heap.mjs';
import { combinedFindingsFiles } from './src/integrations/combined-findings.ts';

// The build keeps the site's findings for every page; its heap grows to 1.2 times that, not
// four (scripts/heap.mjs).
growHeapSlowly();

// The site's address, for the absolute URLs of citations, feeds, calendars and data files:
// SITE_URL, else the preview address (core/site-origin.mjs; the build log says which).
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  // sitemap-index.xml and sitemap-0.xml, only when the deployed address is known (SITE_URL): a
  // sitemap of the preview address would list pages at no public address. Pages only, not the
  // data files, feeds or citation files. robots.txt points to it.
  // /data/findings.json and .csv, written after the pages, a chunk at a time (src/integrations/).
  integrations: [
    combinedFindingsFiles(),
    ...(siteConfigured() ? [sitemap({ filter: (page) => page.endsWith('/') && !/\/404\/$/.test(page) })] : []),
  ],
  markdown: { ...markdownShared, processor: markdownProcessor },
  // Astro writes its content store as one JSON string by default, and V8's longest string
  // (~512 MiB) stopped a build near 1,900 documents. Chunked storage (Astro 7.1) writes it in
  // files of at most 20 MB, each loaded as its own module; the site is byte-identical.
  experimental: { collectionStorage: 'chunked' },
  // Content-Security-Policy, as a <meta> in every page's <head> (the site is static files, so a
  // header cannot be relied on). Scripts and styles from the site's own origin only, plus the
  // hashes Astro computes for what it inlines: no inline script of a document's could run even
  // if an escaping bug let one into a page. 'wasm-unsafe-eval' lets the search page compile
  // Pagefind's WebAssembly (it allows WebAssembly only, not eval). Images from the site only: the
  // icons are files of its own (public/favicon.svg, public/apple-touch-icon.png).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
