// A finding's body is inline text. The page decides the element around it (<p>, <li>,
// <blockquote>, <td>), so the paragraph Markdown wraps it in is removed; several paragraphs
// are kept apart by line breaks.
import type { Root, ElementContent, RootContent } from 'hast';

export default function rehypeUnwrapParagraph() {
  return (tree: Root) => {
    const blocks = tree.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (!blocks.length || !blocks.every((c) => c.type === 'element' && c.tagName === 'p')) return;
    const out: RootContent[] = [];
    blocks.forEach((p, i) => {
      if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      out.push(...((p as { children: ElementContent[] }).children));
    });
    tree.children = out;
  };
}
