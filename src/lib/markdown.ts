// Renders a finding's Markdown with the site's Markdown pipeline. Findings are stored as data,
// one file per report, so Astro does not render them in its content sync: the report page
// renders its own, the only page that shows them as Markdown.
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor, markdownShared } from '../markdown/options';
import type { StoredFinding } from '../../core/schemas';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The finding's text as HTML: escaped text, safe links, footnote references, abbreviations. */
export async function findingHtml(f: StoredFinding): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(markdownShared);
  // The plugins read the finding's own fields (anchor, first_abbreviations) as frontmatter.
  return (await (await renderer).render(f.markdown, { frontmatter: f })).code;
}
