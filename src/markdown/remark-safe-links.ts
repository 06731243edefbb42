// Keep only links a reader can safely follow: http(s), mailto, and footnote fragments
// (`#fn-N`). Anything else (javascript:, data:, relative paths, the source's dead `#` links,
// fragments that point into the original PDF) is replaced by its text. External links get
// rel="noopener".
import type { Root, Nodes, PhrasingContent, Link } from 'mdast';

export function isAllowedUrl(url: string): boolean {
  const u = url.trim();
  if (/^#fn-\d+$/.test(u)) return true;
  if (/^mailto:[^\s]+$/i.test(u)) return true;
  return /^https?:\/\/[^\s/]+/i.test(u);
}

function walk(node: Nodes): void {
  if (!('children' in node)) return;
  const out: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    walk(child);
    if (child.type === 'link' || child.type === 'linkReference') {
      const url = child.type === 'link' ? child.url : '';
      if (child.type === 'link' && isAllowedUrl(url)) {
        if (!url.startsWith('#')) {
          const link = child as Link & { data?: { hProperties?: Record<string, unknown> } };
          link.data = { ...link.data, hProperties: { ...(link.data?.hProperties ?? {}), rel: ['noopener'] } };
        }
        out.push(child);
      } else {
        out.push(...(child.children as PhrasingContent[]));
      }
    } else if (child.type === 'image' || child.type === 'imageReference') {
      // No images from documents: keep the alt text.
      if (child.alt) out.push({ type: 'text', value: child.alt });
    } else {
      out.push(child);
    }
  }
  (node as { children: Nodes[] }).children = out;
}

export default function remarkSafeLinks() {
  return (tree: Root) => {
    walk(tree);
  };
}
