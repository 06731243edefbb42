// A regional letter's front matter: letterhead, date, To / CC, up to and including the
// salutation ("Dear Angela,"). Each entry is a 'metadata' finding; the date and the lead
// inspector are read from them.
import type { DocNode, Lines } from '../../types';
import { findingFromRaw, isoDate } from '../common';
import { plain } from './names';
import type { TextBlock } from './ratings-annexe';

const SALUTATION = /^Dear\s+\S/;

export interface FrontMatter {
  /** The index of the first block after the front matter. */
  next: number;
  published: string | null;
  leadInspector: string | null;
}

export function readFrontMatter(blocks: TextBlock[], push: (node: DocNode) => number): FrontMatter {
  const blockText = (b: TextBlock) => (b.type === 'table-row' ? plain(b.cells.join(' ')) : plain(b.raw));
  let published: string | null = null;
  let leadInspector: string | null = null;
  let i = 0;
  let salutation = blocks.findIndex((b) => b.type === 'paragraph' && SALUTATION.test(blockText(b)));
  if (salutation === -1) {
    // No salutation: the front matter is the run of short blocks before the first prose.
    salutation = blocks.findIndex((b) => blockText(b).split(' ').length >= 20) - 1;
  }
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
    const f = findingFromRaw(raw, 'metadata', span);
    push(f);
    if (!published) {
      const d = f.text.split(' ').length <= 6 ? isoDate(f.text) : null;
      if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) published = d;
    }
    const lead = /^(.+?),\s*Lead Inspector\b/i.exec(f.text) ?? /\bLead Inspector:?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*$/.exec(f.text);
    if (lead && !leadInspector) leadInspector = lead[1]!.trim();
  }
  return { next: i, published, leadInspector };
}
