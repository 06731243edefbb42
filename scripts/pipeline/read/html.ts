// The inspectorate's web pages (its layout since 2025) read into the same blocks as a text
// document: each section heading (<h2>, <h3>, …) a heading, with its "(Back to top)" link left
// out; the page's title (<h1>) and the lines under it ("Published: 19 March 2024") the cover;
// tables' rows table rows; list items bullets (an ordered list's numbers kept); paragraphs
// paragraphs; a footnote (<p class="footnote"> opening with its number) a footnote. What page
// breaks did to a printed document is repaired as for the text (blocks.ts: addParagraph,
// addBullet), so a page made from a report's text reads as that text does. Inline markup
// becomes the text reader's own markup (bold, italics, superscripts, links), and the page's
// words only ever text. Lines are the page's source lines.
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { addBullet, addParagraph, footnoteNumber, type Block } from '../blocks';

export interface HtmlDocument {
  blocks: Block[];
  /**
   * The page as lines of text, numbered as its source: each block's words on the lines it
   * stands on (a row's cells tab-separated), the markup's own lines empty; what the readers
   * match text against and refusals quote.
   */
  lines: string[];
}

/** A page of the inspectorate's web layout, rather than a document's extracted text. */
export const isHtml = (lines: readonly string[]): boolean => /^\s*<(?:!doctype\s+html|html)\b/i.test(lines.find((l) => l.trim() !== '') ?? '');

const INLINE: Record<string, string> = { strong: 'b', b: 'b', em: 'i', i: 'i', u: 'u', sup: 'sup', p: 'p' };
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'hr']);
const BACK_TO_TOP = /^\(?\s*back to top\s*\)?$/i;

/** Text escaped so that the inline reader reads it as the same text, never as markup. */
const escapeText = (s: string) => s.replace(/[\\*[\]]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;');

const textOf = (n: ElementContent | RootContent): string =>
  n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '';

/** An element's content in the text reader's markup: `<b>`, `<i>`, `<sup>`, `[label](url)`. */
function inlineRaw(nodes: readonly ElementContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += escapeText(n.value);
    else if (n.type !== 'element') continue;
    else if (n.tagName === 'a' && BACK_TO_TOP.test(textOf(n).trim())) continue;
    else if (n.tagName === 'a') out += `[${inlineRaw(n.children)}](${String(n.properties.href ?? '#').replace(/[()\\\s]/g, (c) => (c.trim() ? `\\${c}` : '%20'))})`;
    else if (n.tagName === 'br') out += ' ';
    else if (INLINE[n.tagName]) out += `<${INLINE[n.tagName]}>${inlineRaw(n.children)}</${INLINE[n.tagName]}>`;
    else out += inlineRaw(n.children);
  }
  return out;
}

const squash = (raw: string) => raw.replace(/\s+/g, ' ').trim();
const linesOf = (e: Element): [number, number] => [e.position?.start.line ?? 1, e.position?.end.line ?? e.position?.start.line ?? 1];

interface Reading {
  blocks: Block[];
  view: string[];
  /** The line the last block read ends at, to tell a gap (a blank line) before the next. */
  lastEnd: number;
}

/** The block's words on the page's lines, each source line's words on its own line. */
function note(r: Reading, at: [number, number], text: string): void {
  text.split('\n').forEach((piece, k) => {
    if (at[0] - 1 + k < r.view.length) r.view[at[0] - 1 + k] = squash(piece);
  });
  r.lastEnd = at[1];
}

function paragraph(r: Reading, e: Element): void {
  const at = linesOf(e);
  const raw = squash(inlineRaw(e.children));
  if (!raw) return;
  const fn = /^<sup>(\d+)<\/sup>\s*(.+)$/.exec(raw) ?? /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.+)$/.exec(raw);
  if (String(e.properties.className ?? '').includes('footnote') && fn) r.blocks.push({ type: 'footnote', number: footnoteNumber(fn[1]!), raw: fn[2]!, lines: at });
  else addParagraph(r.blocks, raw, at, at[0] === at[1]);
  note(r, at, textOf(e));
}

function list(r: Reading, e: Element): void {
  let n = Number(e.properties.start ?? 1);
  for (const li of e.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    const at = linesOf(li);
    const hadGap = at[0] > r.lastEnd + 1;
    addBullet(r.blocks, squash(inlineRaw(li.children)), e.tagName === 'ol' ? `${n++}.` : '-', at, hadGap);
    note(r, at, textOf(li));
  }
}

function table(r: Reading, e: Element): void {
  const rows: Element[] = [];
  const collect = (x: Element) => x.children.forEach((c) => c.type === 'element' && (c.tagName === 'tr' ? rows.push(c) : collect(c)));
  collect(e);
  for (const tr of rows) {
    const cells = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).map((c) => squash(inlineRaw(c.children)));
    const at = linesOf(tr);
    r.blocks.push({ type: 'table-row', cells, raw: cells.join('\t'), lines: [at[0], at[0]] });
    note(r, [at[0], at[0]], tr.children.filter((c): c is Element => c.type === 'element').map((c) => squash(textOf(c))).join('\t'));
  }
}

function element(r: Reading, e: Element): void {
  const at = linesOf(e);
  const heading = /^h([2-6])$/.exec(e.tagName);
  if (heading) {
    const raw = squash(inlineRaw(e.children));
    r.blocks.push({ type: 'heading', raw, markdownLevel: Number(heading[1]), lines: [at[0], at[0]] });
    note(r, at, textOf({ ...e, children: e.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && BACK_TO_TOP.test(textOf(c).trim()))) }));
  } else if (e.tagName === 'h1' || e.tagName === 'p') paragraph(r, e);
  else if (e.tagName === 'ul' || e.tagName === 'ol') list(r, e);
  else if (e.tagName === 'table') table(r, e);
  else if (e.tagName === 'hr') {
    r.blocks.push({ type: 'rule', lines: at });
    r.lastEnd = at[1];
  } else for (const c of e.children) if (c.type === 'element') element(r, c);
}

/** The page's body, or the document if it has none. */
function body(root: Root): readonly RootContent[] {
  const find = (nodes: readonly RootContent[]): Element | null => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'body') return n;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return null;
  };
  return find(root.children)?.children ?? root.children;
}

export function readHtml(lines: readonly string[]): HtmlDocument {
  const r: Reading = { blocks: [], view: lines.map(() => ''), lastEnd: 0 };
  for (const n of body(fromHtml(lines.join('\n')))) if (n.type === 'element' && (BLOCKS.has(n.tagName) || n.children.length)) element(r, n);
  return { blocks: r.blocks, lines: r.view };
}
