// The Markdown pipeline, in one place: astro.config.mjs gives it to Astro (for the entries Astro
// renders) and src/lib/markdown.ts runs it on findings, which are stored as data, so every text
// is rendered the same way.
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeUnwrapParagraph from './rehype-unwrap-paragraph.ts';
import remarkAbbr from './remark-abbr.ts';
import remarkFootnoteRefs from './remark-footnote-refs.ts';
import remarkHtmlAsText from './remark-html-as-text.ts';
import remarkLinearGuard from './remark-linear-guard.ts';
import remarkSafeLinks from './remark-safe-links.ts';

/** Astro's markdown options that are not the processor's. */
export const markdownShared = { syntaxHighlight: false } as const;

export const markdownProcessor = unified({
  // Text is reproduced as written: no typographic rewriting of the source's quotes and dashes.
  smartypants: false,
  gfm: false,
  // remarkLinearGuard first: it replaces the parser, keeping reading linear (see there).
  remarkPlugins: [remarkLinearGuard, remarkGfm, remarkHtmlAsText, remarkSafeLinks, remarkFootnoteRefs, remarkAbbr],
  rehypePlugins: [rehypeUnwrapParagraph],
});
