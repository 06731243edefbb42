// Inline markup as PDF extraction left it — Markdown emphasis and links, stray HTML tags
// (<b>, <i>, <u>, <sup>), entities, Unicode superscript footnote markers — read into mdast
// phrasing nodes. Document text only ever becomes `text` nodes, so nothing in a document can
// become HTML downstream; tags we do not know are kept as literal text.
import type { Link, PhrasingContent, Text } from 'mdast';

export interface InlineResult {
  inline: PhrasingContent[];
  text: string;
  footnoteRefs: number[];
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

const footnoteLink = (n: number): Link => ({ type: 'link', url: `#fn-${n}`, children: [{ type: 'text', value: String(n) }] });

type Frame = { tag: 'root' | 'strong' | 'emphasis' | 'sup'; children: PhrasingContent[]; marker: string };

const TAGS: Record<string, Frame['tag'] | 'ignore'> = {
  b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis', u: 'ignore', p: 'ignore', sup: 'sup',
  span: 'ignore', br: 'ignore',
};

/** A link target we are willing to keep; anything else (javascript:, data:…) keeps only its text. */
function safeUrl(url: string): string | null {
  const u = url.trim();
  if (/^(https?:|mailto:)/i.test(u)) return u;
  if (u.startsWith('#')) return u;
  if (/^www\./i.test(u)) return `https://${u}`;
  return null;
}

/** Deepest nesting of emphasis and superscripts read as markup; deeper markers stay text. */
export const MAX_DEPTH = 32;

/**
 * Where each `[` could end its label: ends[i] is the index of the first `]` after i that no
 * backslash escapes (an even run of backslashes before it), or -1. One right-to-left pass, so
 * that a line of 80,000 `[` does not scan to its end from each of them.
 */
function labelEnds(raw: string): Int32Array {
  const ends = new Int32Array(raw.length + 1).fill(-1);
  let next = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    ends[i + 1] = next;
    if (raw[i] === ']') {
      let k = i - 1;
      while (k >= 0 && raw[k] === '\\') k--;
      if ((i - 1 - k) % 2 === 0) next = i;
    } else if (raw[i] === '\\' && /[\n\r\u2028\u2029]/.test(raw[i + 1] ?? '')) {
      // The label pattern cannot cross an unescaped backslash before a line ending.
      let k = i - 1;
      while (k >= 0 && raw[k] === '\\') k--;
      if ((i - k) % 2 === 1) next = -1;
    }
  }
  ends[0] = next;
  return ends;
}

const DESTINATION = /^\(((?:\\.|\([^()\s]*\)|[^()\\\s])*)\)/;

/** One reading of a text's inline markup: the open frames, the text not yet flushed, the footnotes met. */
class InlineReader {
  private readonly stack: Frame[] = [{ tag: 'root', children: [], marker: '' }];
  // Open frames by tag and by marker, so that "is one open?" costs nothing (linear reading).
  private readonly openTags = new Map<string, number>();
  private readonly openMarkers = new Map<string, number>();
  private ends: Int32Array | null = null;
  private readonly destinations = new Map<number, RegExpExecArray | null>();
  private buf = '';
  private i = 0;
  readonly footnoteRefs: number[] = [];

  constructor(private readonly raw: string) {}

  private top = () => this.stack[this.stack.length - 1]!;
  private count(m: Map<string, number>, k: string, d: number) {
    m.set(k, (m.get(k) ?? 0) + d);
  }
  private push(f: Frame) {
    this.stack.push(f);
    this.count(this.openTags, f.tag, 1);
    this.count(this.openMarkers, f.marker, 1);
  }
  private pop(): Frame {
    const f = this.stack.pop()!;
    this.count(this.openTags, f.tag, -1);
    this.count(this.openMarkers, f.marker, -1);
    return f;
  }

  private pushText(value: string) {
    if (!value) return;
    const kids = this.top().children;
    const last = kids[kids.length - 1];
    if (last && last.type === 'text') last.value += value;
    else kids.push({ type: 'text', value });
  }
  private flush() {
    if (!this.buf) return;
    const s = decodeEntities(this.buf);
    this.buf = '';
    // Unicode superscript digits are footnote markers in these documents.
    let at = 0;
    for (const m of s.matchAll(SUPERSCRIPT_RUN)) {
      this.pushText(s.slice(at, m.index));
      const n = Number([...m[0]].map((c) => SUPERSCRIPT_DIGITS[c]).join(''));
      this.top().children.push(footnoteLink(n));
      this.footnoteRefs.push(n);
      at = m.index! + m[0].length;
    }
    this.pushText(s.slice(at));
  }
  private open(tag: Frame['tag'], marker: string) {
    this.flush();
    this.push({ tag, children: [], marker });
  }
  /** Closes the innermost open frame of `tag` (and those inside it); a stray closing tag stays literal text. */
  private close(tag: Frame['tag']): boolean {
    if (!this.openTags.get(tag)) return false;
    let idx = this.stack.length - 1;
    while (this.stack[idx]!.tag !== tag) idx--;
    if (idx <= 0) return false;
    this.flush();
    while (this.stack.length > idx) this.closeFrame(this.pop(), this.top());
    return true;
  }
  private closeFrame(f: Frame, parent: Frame) {
    if (f.tag === 'sup') {
      const inner = f.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
      if (/^\d+$/.test(inner) && f.children.every((c) => c.type === 'text')) {
        const n = Number(inner);
        parent.children.push(footnoteLink(n));
        this.footnoteRefs.push(n);
      } else {
        // Ordinals (6<sup>th</sup>) and anything else read on as text.
        for (const c of f.children) pushTextOrNode(parent, c);
      }
    } else if (f.children.length > 0 && (f.tag === 'strong' || f.tag === 'emphasis')) {
      // Empty emphasis carries nothing.
      parent.children.push({ type: f.tag, children: f.children } as PhrasingContent);
    }
  }

  /** A backslash escape: the character after it is text. */
  private escape(): boolean {
    const { raw, i } = this;
    if (raw[i] !== '\\' || i + 1 >= raw.length || !/[!-/:-@[-`{-~]/.test(raw[i + 1]!)) return false;
    this.buf += raw[i + 1];
    this.i += 2;
    return true;
  }
  /** An HTML tag the documents use: emphasis, superscript, or one read as a space or nothing. */
  private tag(): boolean {
    const m = /^<(\/?)([a-z]+)\s*\/?>/i.exec(this.raw.slice(this.i, this.i + 12));
    const kind = m ? TAGS[m[2]!.toLowerCase()] : undefined;
    if (!m || !kind) return false;
    if (kind === 'ignore') {
      // Paragraph and line tags separate words; keep a space so words do not fuse.
      if (/^(p|br)$/i.test(m[2]!)) this.buf += ' ';
    } else if (m[1]) {
      if (!this.close(kind)) this.buf += m[0];
    } else if (this.stack.length > MAX_DEPTH) this.buf += m[0];
    else this.open(kind, m[0]);
    this.i += m[0].length;
    return true;
  }
  /** `*` or `**`: closes the open emphasis of that marker, or opens one where a closing marker follows. */
  private star(): boolean {
    const double = this.raw[this.i + 1] === '*';
    const marker = double ? '**' : '*';
    const tag: Frame['tag'] = double ? 'strong' : 'emphasis';
    if (this.openMarkers.get(marker)) {
      this.close(tag);
      this.i += marker.length;
      return true;
    }
    const rest = this.raw.slice(this.i + marker.length);
    const closing = this.stack.length > MAX_DEPTH ? -1 : rest.indexOf(marker);
    if (!(rest.length > 0 && !/^\s/.test(rest) && closing > 0 && (double || rest[0] !== '*'))) return false;
    this.open(tag, marker);
    this.i += marker.length;
    return true;
  }
  /**
   * `[label](destination)`: the label ends at the first unescaped `]`, the destination is read
   * once per `]` (several `[` may share it).
   */
  private link(): boolean {
    const { raw, i } = this;
    this.ends ??= labelEnds(raw);
    const end = this.ends[i + 1]!;
    if (end < 0 || raw[end + 1] !== '(') return false;
    if (!this.destinations.has(end)) this.destinations.set(end, DESTINATION.exec(raw.slice(end + 1)));
    const d = this.destinations.get(end)!;
    if (!d) return false;
    this.flush();
    const label = parseInline(raw.slice(i + 1, end));
    const url = safeUrl(d[1]!.replace(/\\(.)/g, '$1'));
    if (url && url !== '#') this.top().children.push({ type: 'link', url, children: label.inline });
    // Dead links ("[on our website](#)") and unsafe targets keep their words only.
    else for (const n of label.inline) pushTextOrNode(this.top(), n);
    this.footnoteRefs.push(...label.footnoteRefs);
    this.i += end + 1 - i + d[0].length;
    return true;
  }

  read(): PhrasingContent[] {
    const { raw } = this;
    while (this.i < raw.length) {
      const c = raw[this.i]!;
      if (c === '\\' && this.escape()) continue;
      if (c === '<' && this.tag()) continue;
      if (c === '*' && this.star()) continue;
      if (c === '[' && this.link()) continue;
      this.buf += c;
      this.i++;
    }
    this.flush();
    // Unclosed markers were not markup after all: return their text in place. The open frames
    // are a chain, so the result is each one's marker and children in turn (moving them up one
    // level at a time would be quadratic in the depth).
    const root = this.stack[0]!;
    for (const f of this.stack.slice(1)) {
      pushTextOrNode(root, { type: 'text', value: f.tag === 'sup' ? '' : f.marker });
      for (const n of f.children) pushTextOrNode(root, n);
    }
    return normaliseSpace(root.children);
  }
}

function pushTextOrNode(parent: Frame, node: PhrasingContent) {
  const last = parent.children[parent.children.length - 1];
  if (node.type === 'text' && last && last.type === 'text') last.value += node.value;
  else parent.children.push(node);
}

export function parseInline(raw: string): InlineResult {
  const reader = new InlineReader(raw);
  const inline = reader.read();
  return { inline, text: plainText(inline), footnoteRefs: reader.footnoteRefs };
}

function normaliseSpace(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const n of nodes) {
    if (n.type === 'text') n.value = n.value.replace(/[ \t\u00a0]+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' '));
    else if ('children' in n) normaliseSpace(n.children as PhrasingContent[]);
  }
  // Trim the outer edges.
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((n) => !(n.type === 'text' && n.value === ''));
}

/** Plain text of inline nodes, footnote markers left out. */
export function plainText(nodes: PhrasingContent[]): string {
  const out: string[] = [];
  const walk = (ns: PhrasingContent[]) => {
    for (const n of ns) {
      if (n.type === 'text') out.push(n.value);
      else if (n.type === 'link' && n.url.startsWith('#fn-')) continue;
      else if ('children' in n) walk(n.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export function textNode(value: string): Text {
  return { type: 'text', value };
}
