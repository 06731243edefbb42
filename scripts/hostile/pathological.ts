// Pathological documents (issue 14): the Surrey PDU report with one construct that is cheap to
// write and was expensive to read (runs of `*`, `_`, `[`, `](`, `<sup>`, backticks, tabs,
// nested brackets, HTML-looking tags, very many short lines, one very long line…) added as a
// paragraph after its acknowledgements, and its clean twin: the same report with an ordinary
// paragraph of the same number of bytes in the same place. A case's cost is measured against
// its twin's, so the ratio says what the construct costs beyond its size.
// Used by scripts/bench/hostile.ts (full builds, the 1.5× target) and by
// scripts/hostile/pathological.test.ts (ingest + render, a generous bound for CI).
import { join } from 'node:path';
import { loadSeeds, type Seed } from './generate';

export interface PathologicalCase {
  id: string;
  what: string;
  /** The text added (one paragraph; several lines for the line cases). */
  text: string;
}

/** Bytes of each case's added text (the issue's cases were 60–90 kB). */
export const CASE_BYTES = 80_000;

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));

export function pathologicalCases(bytes = CASE_BYTES): PathologicalCase[] {
  const third = Math.floor(bytes / 3);
  return [
    { id: 'link-openers', what: '`[a](` repeated', text: repeat('[a](', bytes) },
    { id: 'strong-openers', what: '`**a` repeated', text: repeat('**a', bytes) },
    { id: 'underscores-a', what: '`_a` repeated', text: repeat('_a', bytes) },
    { id: 'issue-three', what: 'the three above, a third each', text: `${repeat('[a](', third)}\n\n${repeat('**a', third)}\n\n${repeat('_a', third)}` },
    { id: 'asterisks', what: 'one run of `*`', text: `a ${repeat('*', bytes - 4)} a` },
    { id: 'underscores', what: 'one run of `_`', text: `a ${repeat('_', bytes - 4)} a` },
    { id: 'open-brackets', what: 'one run of `[`', text: repeat('[', bytes) },
    { id: 'label-ends', what: '`](` repeated', text: repeat('](', bytes) },
    { id: 'nested-brackets', what: '`[` × n, a word, `]` × n', text: `${repeat('[', bytes / 2)}a${repeat(']', bytes / 2)}` },
    { id: 'links-in-brackets', what: '`[[a](https://x.org)` repeated', text: repeat('[[a](https://x.org)', bytes) },
    { id: 'emphasis-mix', what: '`*a**b_c` repeated', text: repeat('*a**b_c', bytes) },
    { id: 'sup-tags', what: '`<sup>` repeated', text: repeat('<sup>', bytes) },
    { id: 'html-tags', what: '`<b><i><span><div>x` repeated', text: repeat('<b><i><span><div>x', bytes) },
    { id: 'entities', what: '`&#42;a&amp;` repeated', text: repeat('&#42;a&amp;', bytes) },
    { id: 'backticks', what: 'one run of backticks', text: `a ${repeat('`', bytes - 4)} a` },
    { id: 'tabs', what: '`a\\t\\t` repeated', text: repeat('a\t\t', bytes) },
    { id: 'dense-paragraphs', what: 'paragraphs just under the markup limit (`[a](` ×40, `**a` ×40 each)', text: repeat(`${'[a]('.repeat(40)}${'**a'.repeat(40)}\n\n`, bytes).trimEnd() },
    { id: 'short-lines', what: 'very many short lines (`a b` on each)', text: repeat('a b\n', bytes).trimEnd() },
    { id: 'long-word', what: 'one line, one 80 kB word', text: repeat('a', bytes) },
  ];
}

/** Ordinary prose of `bytes` bytes on one line: the seed's own acknowledgements, repeated. */
export function cleanText(seed: Seed, bytes: number): string {
  const at = ackParagraph(seed);
  const sentence = seed.lines[at]!.trim() + ' ';
  let s = sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence)));
  while (Buffer.byteLength(s) > bytes) s = s.slice(0, -1);
  return s.trimEnd().padEnd(bytes, '.');
}

/** Index of the acknowledgements paragraph's line (the heading, then a blank, then it). */
function ackParagraph(seed: Seed): number {
  const h = seed.lines.findIndex((l) => /^\s*#*\s*Acknowledgements\s*$/.test(l));
  if (h < 0) throw new Error(`${seed.name}: no acknowledgements heading`);
  let i = h + 1;
  while (i < seed.lines.length && !seed.lines[i]!.trim()) i++;
  return i;
}

/** The seed with `text` added as a paragraph after its acknowledgements. */
export function withParagraph(seed: Seed, text: string): Buffer {
  const at = ackParagraph(seed);
  const lines = [...seed.lines.slice(0, at + 1), '', ...text.split('\n'), ...seed.lines.slice(at + 1)];
  return Buffer.from(lines.join('\n') + (seed.finalNewline ? '\n' : ''), 'utf8');
}

/** The Surrey PDU report among the seeds (the one the issue used). */
export function surrey(seedsDir: string): { seed: Seed; others: Seed[] } {
  const seeds = loadSeeds(seedsDir);
  const seed = seeds.find((s) => s.lines.slice(0, 12).some((l) => /^\s*Surrey PDU\s*$/.test(l)));
  if (!seed) throw new Error(`${join(seedsDir)}: the Surrey PDU report is not among the seeds`);
  return { seed, others: seeds.filter((s) => s !== seed) };
}
