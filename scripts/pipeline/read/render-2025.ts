// Test helper: a document's text as the inspectorate has published its reports since 2025, a
// web page. The page's title and <h1> are the cover's "An inspection of probation services in
// …" (with the PDU's name where the cover sets it apart), the cover's date becomes a
// "Published:" line; each section heading is an <h2> or <h3> followed by a "(Back to top)"
// link; tab-separated rows are <table>s, bullets and numbered items lists (numbers kept),
// footnotes paragraphs of their own, the rest paragraphs; Markdown emphasis and links become
// elements, and the text's own tags (<b>, <sup>, <p> in a cell) stay tags.
//
// The page is made from the text line by line, without the ingest's reader: what the text
// shows as a block, the page shows as an element, on the same lines of its source (blank lines
// kept), so that what page breaks did to the text is left for the page's reader to repair.
// Which lines are headings is the documents' vocabulary (isKnownHeading), as a publisher knows.
import { isKnownHeading } from '../blocks';

const RULE = /^\s*(?:-{2,}|\*{3,}|_{3,})\s*$/;
const TABLE_RULE = /^[\s\-–—|]*-{2,}[\s\-–—|\t]*$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-•*–▪●]|\d{1,3}[.)])\s+(.*)$/;
const FOOTNOTE = /^(?:<sup>(\d+)<\/sup>\s*|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+)(.+)$/;
const SUP_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const KNOWN_TAG = /^<\/?(?:b|i|u|sup|p|br|span|strong|em)\s*\/?>/i;

const blank = (l: string) => l.trim() === '';
const isRule = (l: string) => RULE.test(l) || (l.includes('\t') && TABLE_RULE.test(l));
const startsBlock = (l: string) => blank(l) || BULLET.test(l) || l.includes('\t') || MD_HEADING.test(l) || RULE.test(l);
const escape = (s: string) => s.replace(/&(?!#?\w+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text's inline markup as HTML: its tags kept, `**`/`*` emphasis and `[label](url)` links as elements. */
export function inlineHtml(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const rest = raw.slice(i);
    const tag = KNOWN_TAG.exec(rest);
    const link = /^\[([^\]]*)\]\(([^()\s]*)\)/.exec(rest);
    const strong = /^\*\*(?=\S)(.+?)\*\*/.exec(rest);
    const em = /^\*(?=[^\s*])([^*]+?)\*(?!\*)/.exec(rest);
    const esc = /^\\([!-/:-@[-`{-~])/.exec(rest);
    const entity = /^&(?:#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(rest);
    const m = tag ?? entity ?? link ?? strong ?? em ?? esc;
    if (tag || entity) out += m![0];
    else if (link) out += `<a href="${escape(link[2]!)}">${inlineHtml(link[1]!)}</a>`;
    else if (strong) out += `<strong>${inlineHtml(strong[1]!)}</strong>`;
    else if (em) out += `<em>${inlineHtml(em[1]!)}</em>`;
    else if (esc) out += escape(esc[1]!);
    else out += escape(raw[i]!);
    i += m ? m[0].length : 1;
  }
  return out;
}

const plain = (raw: string) => raw.replace(/<[^>]+>/g, '').replace(/\*\*?/g, '').replace(/\s+/g, ' ').trim();
const backToTop = ' <a href="#top">(Back to top)</a>';

interface Page {
  lines: string[];
  out: string[];
  i: number;
  /** The open list: its kind and the number its next item takes. */
  list: { tag: 'ul' | 'ol'; next: number } | null;
  table: boolean;
}

function close(p: Page): void {
  const last = p.out.length - 1;
  if (p.list) p.out[last] += `</${p.list.tag}>`;
  else if (p.table) p.out[last] += '</table>';
  p.list = null;
  p.table = false;
}

/** The lines from `from` carrying on its block, up to the line `stops` says starts another. */
function run(p: Page, stops: (l: string) => boolean): string[] {
  const parts = [p.lines[p.i]!];
  while (p.i + 1 < p.lines.length && !stops(p.lines[p.i + 1]!)) parts.push(p.lines[++p.i]!);
  return parts;
}

function bullet(p: Page, b: RegExpExecArray): void {
  const numbered = /^\d/.test(b[2]!);
  const tag = numbered ? 'ol' : 'ul';
  const n = numbered ? Number(/^\d+/.exec(b[2]!)![0]) : 0;
  if (p.table || (p.list && (p.list.tag !== tag || (numbered && p.list.next !== n)))) close(p);
  const parts = run(p, startsBlock).map((l, k) => (k === 0 ? b[3]! : l.trim()));
  const open = p.list ? '' : `<${tag}${numbered && n !== 1 ? ` start="${n}"` : ''}>`;
  p.list = { tag, next: n + 1 };
  const html = `${open}<li>${inlineHtml(parts.join('\n'))}</li>`.split('\n');
  p.out.push(...html);
}

function row(p: Page, line: string): void {
  if (p.list) close(p);
  const open = p.table ? '' : '<table>';
  p.table = true;
  p.out.push(`${open}<tr>${line.split('\t').map((c) => `<td>${inlineHtml(c.trim())}</td>`).join('')}</tr>`);
}

function footnote(p: Page, f: RegExpExecArray): void {
  close(p);
  const n = f[1] ?? [...f[2]!].map((c) => SUP_DIGITS.indexOf(c)).join('');
  const parts = run(p, (l) => blank(l) || l.includes('\t') || BULLET.test(l)).map((l, k) => (k === 0 ? f[3]! : l.trim()));
  p.out.push(...`<p class="footnote" id="fn-${n}"><sup>${n}</sup> ${inlineHtml(parts.join('\n'))}</p>`.split('\n'));
}

function paragraph(p: Page): void {
  close(p);
  const parts = run(p, (l) => startsBlock(l) || /^<sup>\d+<\/sup>/.test(l.trim())).map((l) => l.trim());
  const text = parts.join('\n');
  if (parts.length === 1 && isKnownHeading(text)) p.out.push(`<h3>${inlineHtml(text)}${backToTop}</h3>`);
  else p.out.push(...`<p>${inlineHtml(text)}</p>`.split('\n'));
}

function line(p: Page): void {
  const l = p.lines[p.i]!;
  const h = MD_HEADING.exec(l);
  const f = FOOTNOTE.exec(l.trim());
  const b = BULLET.exec(l);
  if (blank(l)) {
    close(p);
    p.out.push('');
  } else if (isRule(l)) {
    close(p);
    p.out.push('<hr>');
  } else if (h) {
    close(p);
    const level = h[1]!.length <= 2 ? 2 : 3;
    p.out.push(`<h${level}>${inlineHtml(h[2]!)}${backToTop}</h${level}>`);
  } else if (l.includes('\t')) row(p, l);
  else if (f) footnote(p, f);
  else if (b && !/^\s*\*\*/.test(l) && !isKnownHeading(l)) bullet(p, b);
  else paragraph(p);
  p.i++;
}

/** A report's cover as the web page sets it: the title, the PDU's name in it, the date as "Published:". */
function cover(lines: string[]): { title: string; html: string[] } | null {
  const first = lines.findIndex((l) => /An inspection of probation services in/i.test(l));
  if (first < 0) return null;
  const out = lines.map((l) => l);
  let title = plain(lines[first]!);
  // The rest of the title's paragraph, then the PDU's name where the cover sets it on its own.
  let k = first + 1;
  while (k < lines.length && !blank(lines[k]!)) title += ` ${plain(lines[k++]!)}`;
  const name = lines.findIndex((l, j) => j > k && !blank(l));
  if (name > 0 && /\bPDU$/.test(plain(lines[name]!))) {
    title += ` ${plain(lines[name]!)}`;
    for (let j = k; j <= name; j++) out[j] = '';
  }
  for (let j = first; j < k; j++) out[j] = '';
  out[first] = `<h1 id="top">${escape(title)}</h1>`;
  return { title, html: out.map((l) => l.replace(/^HM Inspectorate of Probation,\s*([A-Za-z]+ \d{4})\s*$/, '<p>Published: $1</p>')) };
}

/** The text's lines as the page's source lines. */
export function render2025(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const c = cover(lines);
  const src = c ? c.html : lines;
  const p: Page = { lines: src, out: [], i: 0, list: null, table: false };
  while (p.i < src.length) {
    const l = src[p.i]!;
    if (/^<(?:h1|p>Published:)/.test(l)) {
      close(p);
      p.out.push(l);
      p.i++;
    } else line(p);
  }
  close(p);
  const title = c?.title ?? plain(lines.find((l) => !blank(l)) ?? '');
  return [`<!DOCTYPE html>`, `<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main>`, ...p.out, '</main></body></html>', ''].join('\n');
}
