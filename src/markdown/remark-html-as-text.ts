// Raw HTML in a finding's Markdown can only have come from the source document (the ingest
// never writes HTML), so it is shown as the literal text it is, never interpreted.
import type { Root, Nodes, Text } from 'mdast';

function walk(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'html') {
      const text: Text = { type: 'text', value: child.value };
      if (child.position) text.position = child.position;
      children[i] = text;
    } else {
      walk(child);
    }
  }
}

export default function remarkHtmlAsText() {
  return (tree: Root) => {
    walk(tree);
  };
}
