// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkHtmlAsText from './src/markdown/remark-html-as-text.ts';
import remarkFootnoteRefs from './src/markdown/remark-footnote-refs.ts';
import remarkSafeLinks from './src/markdown/remark-safe-links.ts';
import remarkAbbr from './src/markdown/remark-abbr.ts';
import rehypeUnwrapParagraph from './src/markdown/rehype-unwrap-paragraph.ts';

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
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // Text is reproduced as written: no typographic rewriting of the source's quotes and dashes.
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkGfm, remarkHtmlAsText, remarkSafeLinks, remarkFootnoteRefs, remarkAbbr],
      rehypePlugins: [rehypeUnwrapParagraph],
    }),
  },
});
