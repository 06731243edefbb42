// Extractor: a document's footnotes, wherever its pages printed them, in the order printed.
import type { ParsedFootnote } from '../types';
import { walk, type Section } from '../tree/types';

export function footnotes(root: Section): ParsedFootnote[] {
  const out: ParsedFootnote[] = [];
  for (const { node } of walk(root)) if (node.type === 'footnote') out.push(node.footnote);
  return out;
}
