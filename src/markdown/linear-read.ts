// A linear reader for the Markdown the ingest itself writes (mdast-util-to-markdown's output
// of a finding's inline nodes): backslash escapes, character references, `*` emphasis and `**`
// strong, `[text](url)` and `<url>` links, and `#` headings for a report body's outline. It is
// used for blocks whose markup is so dense that micromark's resolution of emphasis and
// brackets, which is quadratic in the number of markers in a block, would stall the build
// (see remark-linear-guard.ts). Every character of the block ends up in the tree: markers it
// does not read as markup stay text, so no word is lost and nothing becomes HTML.
//
// One pass over the text builds a linked list of cells and of emphasis delimiters; links close
// on a bracket stack and emphasis is resolved by CommonMark's algorithm with its openers_bottom
// bound, so that no delimiter is searched over twice for the same kind of closer.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { classifyCharacter } from 'micromark-util-classify-character';

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const REF = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/;

function decodeNumeric(code: number): string {
  // As CommonMark: NUL, surrogates and out-of-range code points become U+FFFD.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** End (index of the closing `)`) of a link destination starting at `from`, or -1. */
function destination(src: string, from: number): { url: string; end: number } | null {
  let i = from;
  let url = '';
  if (src[i] === '<') {
    // <…> form: no line ending, no unescaped < or >.
    for (i++; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\\' && i + 1 < src.length && ASCII_PUNCT.test(src[i + 1]!)) url += src[++i];
      else if (c === '>') return src[i + 1] === ')' ? { url, end: i + 1 } : null;
      else if (c === '<' || c === '\n' || c === '\r') return null;
      else url += c;
    }
    return null;
  }
  // Raw form, as the writer makes it: parentheses are escaped, so the first unescaped `(`,
  // space or control ends it. The scan stops at the `(` that any later attempt starts after,
  // so attempts never overlap.
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && ASCII_PUNCT.test(src[i + 1]!)) url += src[++i];
    else if (c === ')') return { url, end: i };
    else if (c === '(' || c <= ' ' || c === '\u007f') return null;
    else url += c;
  }
  return null;
}

/** `<scheme:…>` or `<a@b.c>` at `from`; linear for the same reason as destination(). */
function autolink(src: string, from: number): { url: string; text: string; end: number } | null {
  let i = from + 1;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '>') break;
    if (c === '<' || c <= ' ') return null;
  }
  if (i >= src.length) return null;
  const inner = src.slice(from + 1, i);
  if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:/.test(inner)) return { url: inner, text: inner, end: i };
  if (/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(inner)) {
    return { url: `mailto:${inner}`, text: inner, end: i };
  }
  return null;
}

interface Cell {
  prev: Cell | null;
  next: Cell | null;
  node?: PhrasingContent;
  delim?: Delim;
  /** A `[` not (yet) closed by a link: text unless a link closes it. */
  bracket?: true;
}
interface Delim {
  /** Order of the run in the block. */
  pos: number;
  cell: Cell | null;
  char: string;
  count: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delim | null;
  next: Delim | null;
}
interface Bracket {
  cell: Cell;
  /** The last delimiter before the `[`: emphasis inside the link is resolved above it. */
  delimBefore: Delim;
  index: number;
}

const ASTERISK = 42;
const UNDERSCORE = 95;
const TILDE = 126;
// Other attention markers (GFM strikethrough's `~`) loosen flanking, as in micromark.
const ATTENTION: (number | null)[] = [TILDE];

/** The block's inline content as mdast phrasing nodes. */
export function readInline(src: string): PhrasingContent[] {
  // Cells: the inline content in order, a doubly linked list, so that a range is wrapped into
  // an emphasis or link node in place. Delimiters: the `*`/`_` runs not yet matched, a linked
  // list too, with a sentinel at its head.
  const head: Cell = { prev: null, next: null };
  let tail = head;
  const sentinel: Delim = { pos: -1, cell: null, char: '', count: 0, canOpen: false, canClose: false, prev: null, next: null };
  let lastDelim = sentinel;
  const brackets: Bracket[] = [];
  let inactiveBelow = 0; // brackets[i] with i < inactiveBelow may not open a link (no links in links)
  let buf = '';

  const appendCell = (cell: Cell) => {
    cell.prev = tail;
    cell.next = null;
    tail.next = cell;
    tail = cell;
    return cell;
  };
  const flush = () => {
    if (!buf) return;
    appendCell({ prev: null, next: null, node: { type: 'text', value: buf } });
    buf = '';
  };
  const removeDelim = (d: Delim) => {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    if (lastDelim === d) lastDelim = d.prev!;
  };
  const removeCell = (c: Cell) => {
    c.prev!.next = c.next;
    if (c.next) c.next.prev = c.prev;
    if (tail === c) tail = c.prev!;
  };
  /** The cells from `from` up to `to` (exclusive) as nodes; unmatched markers become text. */
  const collect = (from: Cell | null, to: Cell | null): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (let c = from; c && c !== to; c = c.next) {
      let n: PhrasingContent | null = null;
      if (c.node) n = c.node;
      else if (c.delim) n = c.delim.count ? { type: 'text', value: c.delim.char.repeat(c.delim.count) } : null;
      else if (c.bracket) n = { type: 'text', value: '[' };
      if (!n) continue;
      const last = out[out.length - 1];
      if (n.type === 'text' && last?.type === 'text') last.value += n.value;
      else out.push(n.type === 'text' ? { type: 'text', value: n.value } : n);
    }
    return out;
  };
  /** Replaces the cells strictly between `a` and `b` by one cell holding `node`. */
  const wrap = (a: Cell, b: Cell | null, node: PhrasingContent) => {
    const cell: Cell = { prev: a, next: b, node };
    a.next = cell;
    if (b) b.prev = cell;
    else tail = cell;
  };

  // CommonMark's emphasis resolution, read as micromark reads it (its rule of three uses the
  // runs' remaining lengths) so that both give the same tree; openersBottom keeps a search
  // from going over the same delimiters twice, which makes it linear.
  const processEmphasis = (bottom: Delim) => {
    const openersBottom = new Map<string, Delim | null>();
    let closer = bottom.next;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.count % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key)! : bottom;
      let opener = closer.prev;
      let found = false;
      while (opener && opener !== bottom && opener !== floor) {
        if (opener.char === closer.char && opener.canOpen) {
          const odd = (opener.canClose || closer.canOpen) && closer.count % 3 !== 0 && (opener.count + closer.count) % 3 === 0;
          if (!odd) {
            found = true;
            break;
          }
        }
        opener = opener.prev;
      }
      if (found && opener) {
        const use = opener.count > 1 && closer.count > 1 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        const node = { type: use === 2 ? 'strong' : 'emphasis', children: collect(opener.cell!.next, closer.cell) } as PhrasingContent;
        wrap(opener.cell!, closer.cell, node);
        opener.next = closer;
        closer.prev = opener;
        // The opener's remaining length may now pair where it did not: searches may not stop
        // above it any more.
        for (const [k, f] of openersBottom) if (f && f.pos >= opener.pos) openersBottom.set(k, opener.prev);
        if (opener.count === 0) {
          removeCell(opener.cell!);
          removeDelim(opener);
        }
        if (closer.count === 0) {
          const next = closer.next;
          removeCell(closer.cell!);
          removeDelim(closer);
          closer = next;
        }
      } else {
        openersBottom.set(key, closer.prev);
        const next = closer.next;
        if (!closer.canOpen) removeDelim(closer);
        closer = next;
      }
    }
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const code = src.charCodeAt(i);
    if (c === '\\') {
      const n = src[i + 1];
      if (n !== undefined && ASCII_PUNCT.test(n)) {
        buf += n;
        i += 2;
        continue;
      }
      if (n === '\n') {
        flush();
        appendCell({ prev: null, next: null, node: { type: 'break' } });
        i += 2;
        continue;
      }
    } else if (c === '&') {
      const m = REF.exec(src.slice(i, i + 40));
      if (m) {
        const value = m[1] ? decodeNumeric(parseInt(m[1], 16)) : m[2] ? decodeNumeric(parseInt(m[2], 10)) : decodeNamedCharacterReference(m[3]!);
        if (value !== false) {
          buf += value;
          i += m[0].length;
          continue;
        }
      }
    } else if (code === ASTERISK || code === UNDERSCORE) {
      let run = 1;
      while (src.charCodeAt(i + run) === code) run++;
      const previous = i > 0 ? src.charCodeAt(i - 1) : null;
      const following = i + run < src.length ? src.charCodeAt(i + run) : null;
      // As micromark's attention tokenizer decides it.
      const before = classifyCharacter(previous);
      const after = classifyCharacter(following);
      const open = !after || (after === 2 && !!before) || ATTENTION.includes(following);
      const close = !before || (before === 2 && !!after) || ATTENTION.includes(previous);
      const d: Delim = {
        pos: i,
        cell: null,
        char: c,
        count: run,
        canOpen: code === ASTERISK ? open : open && (!!before || !close),
        canClose: code === ASTERISK ? close : close && (!!after || !open),
        prev: lastDelim,
        next: null,
      };
      flush();
      d.cell = appendCell({ prev: null, next: null, delim: d });
      lastDelim.next = d;
      lastDelim = d;
      i += run;
      continue;
    } else if (c === '[') {
      flush();
      brackets.push({ cell: appendCell({ prev: null, next: null, bracket: true }), delimBefore: lastDelim, index: brackets.length });
      i++;
      continue;
    } else if (c === ']' && brackets.length) {
      const b = brackets.pop()!;
      const d = b.index >= inactiveBelow && src[i + 1] === '(' ? destination(src, i + 2) : null;
      if (d) {
        flush();
        processEmphasis(b.delimBefore);
        const link = { type: 'link', url: d.url, title: null, children: collect(b.cell.next, null) } as PhrasingContent;
        b.delimBefore.next = null;
        lastDelim = b.delimBefore;
        wrap(b.cell, null, link);
        removeCell(b.cell);
        inactiveBelow = brackets.length;
        i = d.end + 1;
        continue;
      }
      // Not a link: that `[` and this `]` are text.
    } else if (c === '<') {
      const a = autolink(src, i);
      if (a) {
        flush();
        appendCell({ prev: null, next: null, node: { type: 'link', url: a.url, title: null, children: [{ type: 'text', value: a.text }] } });
        i = a.end + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  processEmphasis(sentinel);
  return collect(head.next, null);
}

const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The text without blanks at either end (by index: a regex like /[ \t]+$/ is quadratic on long runs of blanks). */
export function trimBlank(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && blank(s[a])) a++;
  while (b > a && blank(s[b - 1])) b--;
  return s.slice(a, b);
}

/** A block (text between blank lines) as a heading or a paragraph. */
export function readBlock(src: string): RootContent {
  const h = /^ {0,3}(#{1,6})[ \t]/.exec(src.slice(0, 16));
  if (h) {
    let rest = trimBlank(src.slice(h[0].length));
    // An optional closing sequence of #s after a blank.
    let b = rest.length;
    while (b > 0 && rest[b - 1] === '#') b--;
    if (b === 0 || (b < rest.length && blank(rest[b - 1]))) rest = trimBlank(rest.slice(0, b));
    return { type: 'heading', depth: h[1]!.length as Heading['depth'], children: readInline(rest) };
  }
  const p: Paragraph = { type: 'paragraph', children: readInline(trimBlank(src)) };
  return p;
}
