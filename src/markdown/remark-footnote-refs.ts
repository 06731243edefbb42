// A footnote reference is written by the ingest as a link to `#fn-N`. Render it as
// <sup><a href="#fn-N" id="fnref-<anchor>-N">N</a></sup>, where <anchor> is the finding's
// anchor from the entry frontmatter (Astro passes it as file.data.astro.frontmatter), so that
// the footnote can link back to every place that cites it.
import type { Root, Nodes, Link } from 'mdast';
import type { VFile } from 'vfile';

const FN = /^#fn-(\d+)$/;

function walk(node: Nodes, anchor: string | null): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'link') {
      const m = FN.exec(child.url.trim());
      if (m) {
        const n = m[1];
        const link: Link = {
          type: 'link',
          url: `#fn-${n}`,
          title: null,
          children: [{ type: 'text', value: n }],
          data: anchor ? { hProperties: { id: `fnref-${anchor}-${n}` } } : undefined,
        };
        // An emphasis node renamed to <sup> wraps the link.
        children[i] = { type: 'emphasis', children: [link], data: { hName: 'sup' } };
        continue;
      }
    }
    walk(child, anchor);
  }
}

export default function remarkFootnoteRefs() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const anchor = typeof fm.anchor === 'string' && fm.anchor ? fm.anchor : null;
    walk(tree, anchor);
  };
}
