// Keeps the cost of reading Markdown linear in its length, whatever a document holds.
//
// Document text is not authored Markdown: the ingest writes it (escaped) from the inline nodes
// it read, so a block only ever carries the few constructs the documents use. micromark (under
// remark-parse) resolves emphasis and brackets with work that grows with the square of the
// number of markers in a block: a finding of 20,000 `[a](` or 30,000 `**a` took minutes to
// render. This plugin replaces the parser: a text whose every block (text between blank
// lines) has at most MARKUP_LIMIT markup characters is parsed by micromark as before, the
// seeds' longest having 20, so what the site shows is unchanged; bounded markers make its
// cost linear in the length. A text with a denser block is parsed block by block: the
// ordinary blocks by micromark, the dense ones by the linear reader of the ingest's own
// Markdown (linear-read.ts), which keeps every character.
import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { readBlock } from './linear-read.ts';

/** Markup characters a block may hold before it is read by the linear reader. */
export const MARKUP_LIMIT = 256;

/** How many characters of the text could open or close an inline construct in micromark. */
export function markupCount(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 0x5c: // \
      case 0x5b: // [
      case 0x5d: // ]
      case 0x2a: // *
      case 0x5f: // _
      case 0x7e: // ~
      case 0x3c: // <
      case 0x3e: // >
      case 0x21: // !
      case 0x60: // `
      case 0x26: // &
      case 0x28: // (
      case 0x29: // )
      case 0x40: // @
        if (++n > limit) return n;
    }
  }
  return n;
}

/** The text's blocks: the parts between blank lines (a split that is linear in the text). */
export function blocksOf(doc: string): string[] {
  return doc.split(/\n[ \t]*\n/).filter((b) => /\S/.test(b));
}

export const isDense = (block: string) => markupCount(block, MARKUP_LIMIT) > MARKUP_LIMIT;

type Parse = (doc: string, file: VFile) => Root;

export default function remarkLinearGuard(this: Processor) {
  const micromark = this.parser as Parse | undefined;
  if (!micromark) throw new Error('remark-linear-guard must come after remark-parse');
  this.parser = (doc: string, file: VFile) => {
    const blocks = blocksOf(String(doc));
    if (!blocks.some(isDense)) return micromark(doc, file);
    const children: RootContent[] = [];
    for (const block of blocks) {
      if (isDense(block)) children.push(readBlock(block));
      else children.push(...micromark(block, file).children);
    }
    return { type: 'root', children };
  };
}
