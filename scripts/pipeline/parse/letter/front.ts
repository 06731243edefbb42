// A regional letter's front matter: letterhead, date, To / CC, up to and including the
// salutation ("Dear Angela,"), each entry a 'metadata' finding of the tree's front section.
// The date and the lead inspector are read from them (facts.ts).
import type { Lines } from '../../types';
import { findingFromRaw } from '../common';
import { plain } from './names';
import type { Section, TextBlock } from '../../tree/types';

const SALUTATION = /^Dear\s+\S/;

const blockText = (b: TextBlock) => (b.type === 'table-row' ? plain(b.cells.join(' ')) : plain(b.raw));

/** Where the front matter ends: at the salutation, or before the first prose (20 words or more). */
function salutationAt(blocks: readonly TextBlock[]): number {
  const at = blocks.findIndex((b) => b.type === 'paragraph' && SALUTATION.test(blockText(b)));
  return at !== -1 ? at : blocks.findIndex((b) => blockText(b).split(' ').length >= 20) - 1;
}

/** Fills `front` with the front matter's entries; returns the index of the first block after it. */
export function readFrontMatter(blocks: readonly TextBlock[], front: Section): number {
  const salutation = salutationAt(blocks);
  let i = 0;
  for (; i <= salutation; i++) {
    const b = blocks[i]!;
    if (b.type === 'footnote') continue;
    let raw = b.type === 'table-row' ? b.cells.filter((c) => c.trim()).join(' \u2003 ') : b.raw;
    let span: Lines = b.lines;
    // A CC entry wrapped onto a second line ("…Planning and Performance," / "HMPPS, …") is one entry.
    while (/,\s*$/.test(plain(raw)) && i + 1 < salutation && blocks[i + 1]!.type === 'paragraph') {
      const next = blocks[++i] as Extract<TextBlock, { type: 'paragraph' }>;
      raw = `${raw} ${next.raw}`;
      span = [span[0], next.lines[1]];
    }
    front.children.push({ type: 'leaf', finding: findingFromRaw(raw, 'metadata', span), block: b });
  }
  return i;
}
