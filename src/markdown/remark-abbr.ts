// Explains an abbreviation where a document first uses it: the ingest lists, per finding,
// the glossary abbreviations first used there (frontmatter `first_abbreviations`); this wraps
// their first occurrence in <abbr title="expansion">. Only text nodes are touched, so the
// document's words stay text.
import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { glossaryEntry } from '../../core/glossary';
import { abbreviationRegExp } from '../../core/abbreviation';

function wrapFirst(node: Nodes, abbr: string, title: string): boolean {
  if (!('children' in node)) return false;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'link') continue;
    if (child.type === 'text') {
      const m = abbreviationRegExp(abbr).exec(child.value);
      if (!m) continue;
      const before: Text = { type: 'text', value: child.value.slice(0, m.index) };
      const after: Text = { type: 'text', value: child.value.slice(m.index + m[0].length) };
      const abbrNode = {
        type: 'emphasis',
        children: [{ type: 'text', value: m[0] }],
        data: { hName: 'abbr', hProperties: { title } },
      } as PhrasingContent;
      children.splice(i, 1, ...([before, abbrNode, after].filter((n) => n.type !== 'text' || (n as Text).value !== '') as Nodes[]));
      return true;
    }
    if (wrapFirst(child, abbr, title)) return true;
  }
  return false;
}

export default function remarkAbbr() {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const list = Array.isArray(fm.first_abbreviations) ? (fm.first_abbreviations as unknown[]) : [];
    for (const abbr of list) {
      if (typeof abbr !== 'string') continue;
      const entry = glossaryEntry(abbr);
      if (entry) wrapFirst(tree, abbr, entry.expansion);
    }
  };
}
