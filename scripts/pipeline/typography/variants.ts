// Typography variants of a document (issue 9): the same document written the ways PDF
// extraction writes documents of its kind (docs/domain.md, "What PDF extraction left in the
// text"). Each kind is a named pure function text → text that changes only typography: no
// word, number or order of the document changes, so the ingest must read the same facts from
// every variant as from the original. The typography suite (typography.test.ts) runs them.
//
// The generator finds what it rewrites (headings, standard codes, rating words, bullets,
// footnote markers) by the domain's vocabulary, line by line, independently of the parsers.

export interface Variant {
  name: string;
  /** What the variant does, for the test's output. */
  note: string;
  apply: (text: string) => string;
  /**
   * Findings compare without their list kind (strength / area for improvement / narrative):
   * once bullets are lost, a paragraph straight after a list reads as one more item of it, and
   * nothing in the words tells them apart. Every other fact still compares exactly.
   */
  listKindsAmbiguous?: boolean;
  /**
   * Kinds of finding the variant splits or joins: a rating moved onto or off its descriptor's
   * line, a cover line cut in two, is one block or two, so one finding or two. Findings compare
   * without these kinds; the facts themselves (ratings, dates…) still compare exactly.
   */
  findingsRegrouped?: string[];
}

const RATING_WORDS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
const RATING_ALT = RATING_WORDS.map((r) => r.replace(' ', '\\s+')).join('|');
const SUPER: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const UNSUPER: Record<string, string> = Object.fromEntries(Object.entries(SUPER).map(([k, v]) => [v, k]));

// ---------------------------------------------------------------------------------------------
// Lines.

/** A text as lines, with what ends it (so that line-wise rewrites keep the final newline as it was). */
function lines(text: string): { ls: string[]; eol: string; final: boolean } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const final = text.endsWith('\n');
  const ls = text.split(/\r?\n/);
  if (final) ls.pop();
  return { ls, eol, final };
}
function join(ls: string[], eol: string, final: boolean): string {
  return ls.join(eol) + (final ? eol : '');
}
function mapLines(text: string, f: (line: string, i: number, all: string[]) => string | string[]): string {
  const { ls, eol, final } = lines(text);
  const out: string[] = [];
  ls.forEach((l, i) => {
    const r = f(l, i, ls);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return join(out, eol, final);
}

const isTable = (l: string) => l.includes('\t');
const MD_HEADING = /^(#{1,6})\s+(.*)$/;
const BOLD_LINE = /^\s*(?:\*\*([^*]+?)\*\*|<b>([^<]+?)<\/b>)\s*$/;
const BULLET = /^(\s*)(-|•)\s+(.*)$/;

/** Vocabulary of the headings these documents use, written as plain lines. */
const HEADING_VOCAB: RegExp[] = [
  /^contents$/i,
  /^acknowledgements$/i,
  /^foreword$/i,
  /^ratings$/i,
  /^overall rating$/i,
  /^executive summary$/i,
  /^introduction$/i,
  /^methodology$/i,
  /^recommendations$/i,
  /^background$/i,
  /^outcomes$/i,
  /^summary$/i,
  /^feedback from people on probation$/i,
  /^diversity and inclusion$/i,
  /^learning from (serious further offences|sfo investigations)$/i,
  /^progress on previous recommendations$/i,
  /^regional observations:?$/i,
  /^(key )?strengths:?$/i,
  /^(key )?areas for improvement:?$/i,
  /^annexe [a-z]+\b.{0,80}$/i,
  /^\d\.?\s+(organisational|service delivery)/i,
  /^[RP]?\s?\d\.\d\.?\s+[A-Z][a-z]+( [a-z]+){0,3}$/i,
  /^[A-Z][\w ,&()'’-]{2,90}\sshould(?: ensure)?:$/,
];

/** Text of a heading line (Markdown heading, whole-line bold, or a plain line in the vocabulary), or null. */
export function headingOf(line: string): string | null {
  if (isTable(line)) return null;
  const md = MD_HEADING.exec(line);
  if (md) return md[2]!.trim();
  const bold = BOLD_LINE.exec(line);
  const t = (bold ? (bold[1] ?? bold[2])! : line).trim();
  if (HEADING_VOCAB.some((re) => re.test(t))) return line.trim();
  return null;
}

/** The heading's words without emphasis. */
const unmarked = (h: string) => h.replace(/\*\*|<\/?b>/g, '').trim();

/** Rewrites every heading line; blank lines are kept around it, as a heading stands alone. */
function mapHeadings(text: string, f: (heading: string, line: string) => string): string {
  const { ls, eol, final } = lines(text);
  const out: string[] = [];
  ls.forEach((l, i) => {
    const h = headingOf(l);
    if (h === null) {
      out.push(l);
      return;
    }
    const next = f(h, l);
    if (next === l) {
      out.push(l);
      return;
    }
    if (out.length && out[out.length - 1]!.trim() !== '') out.push('');
    out.push(next);
    if (i + 1 < ls.length && ls[i + 1]!.trim() !== '') out.push('');
  });
  return join(out, eol, final);
}

// ---------------------------------------------------------------------------------------------
// Standard codes: "R 1.1", "P 2.1.", "2.1" at the start of a heading line or of a table cell.

type CodeStyle = (letter: string | undefined, num: string) => string;
const CODE_AT_START = /^((?:#{1,6}\s+)?(?:\*\*|<b>)?)([RP])?\s?(\d\.\d)\.?(?=\s|\*\*|<\/b>|$)/;

function rewriteCodes(text: string, style: CodeStyle): string {
  return mapLines(text, (l) => {
    if (isTable(l)) {
      return l
        .split('\t')
        .map((cell) => {
          const m = /^([RP])?\s?(\d\.\d)\.?$/.exec(cell.trim());
          return m ? style(m[1], m[2]!) : cell;
        })
        .join('\t');
    }
    if (headingOf(l) === null) return l;
    return l.replace(CODE_AT_START, (_m, pre: string, letter: string | undefined, num: string) => pre + style(letter, num));
  });
}

// ---------------------------------------------------------------------------------------------
// Rating words where they stand as ratings: a line of their own, a cell of their own, or the
// end of a standard's descriptor ("… the person on probation. Inadequate").

function rewriteRatings(text: string, f: (word: string) => string, mark?: (before: string, after: string) => [string, string]): string {
  const g = (a: string, w: string, b: string) => {
    const [x, y] = mark ? mark(a, b) : [a, b];
    return x + f(w) + y;
  };
  const own = new RegExp(`^(\\s*(?:\\*\\*|<b>)?)(${RATING_ALT})((?:\\*\\*|</b>)?\\s*)$`, 'i');
  const trailing = new RegExp(`([.!?]\\s+(?:\\*\\*|<b>)?)(${RATING_ALT})((?:\\*\\*|</b>)?\\s*)$`, 'i');
  return mapLines(text, (l) => {
    if (isTable(l)) {
      return l
        .split('\t')
        .map((c) => c.replace(own, (_m, a: string, w: string, b: string) => g(a, w, b)))
        .join('\t');
    }
    const m = own.exec(l);
    if (m) return l.replace(own, (_m, a: string, w: string, b: string) => g(a, w, b));
    return l.replace(trailing, (_m, a: string, w: string, b: string) => g(a, w, b));
  });
}
const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());


// ---------------------------------------------------------------------------------------------
// Ratings where they stand: the ratings section's table, a standard's descriptor.

const RATING_ONLY = new RegExp(`^\\s*(?:\\*\\*|<b>)?(?:${RATING_ALT})(?:\\*\\*|</b>)?\\s*$`, 'i');
const plainLine = (l: string) => l.replace(/^#{1,6}\s+/, '').replace(/\*\*|<\/?b>/g, '').trim();

/** Line indexes of the ratings section: from its heading (not the contents' entry) to the next section. */
function ratingsSection(ls: string[]): [number, number] | null {
  const start = ls.findIndex((l) => !isTable(l) && /^ratings$/i.test(plainLine(l)));
  if (start < 0) return null;
  let end = start + 1;
  while (end < ls.length && !(!isTable(ls[end]!) && /^(recommendations|executive summary)$/i.test(plainLine(ls[end]!)))) end++;
  return [start, end];
}

/** The ratings section as a table: "P 1.1 Leadership<TAB>Requires improvement", "Overall rating<TAB>Inadequate". */
function ratingsAsTable(text: string, sep = '\t', only?: RegExp): string {
  const { ls, eol, final } = lines(text);
  const r = ratingsSection(ls);
  if (!r) return text;
  const out = ls.slice(0, r[0]);
  for (let i = r[0]; i < r[1]; i++) {
    const l = ls[i]!;
    const label = plainLine(l);
    let j = i + 1;
    while (j < r[1] && ls[j]!.trim() === '') j++;
    if (!isTable(l) && (/^overall rating$/i.test(label) || /^[RP]?\s?\d\.\d\.?\s+\S/.test(label)) && (!only || only.test(label)) && j < r[1] && RATING_ONLY.test(ls[j]!)) {
      out.push(`${label}${sep}${ls[j]!.trim()}`);
      i = j;
      continue;
    }
    out.push(l);
  }
  return join([...out, ...ls.slice(r[1])], eol, final);
}

/** A standard's rating on its own line moved to the end of the descriptor line above it. */
function ratingAppended(text: string): string {
  const { ls, eol, final } = lines(text);
  const r = ratingsSection(ls) ?? [-1, -1];
  const out: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (i > r[1] && !isTable(l) && RATING_ONLY.test(l)) {
      let k = out.length - 1;
      while (k >= 0 && out[k]!.trim() === '') k--;
      const prev = out[k];
      if (prev !== undefined && !isTable(prev) && prev.length > 40 && /[.!?]\s*$/.test(prev)) {
        out[k] = `${prev.trimEnd()} ${l.trim()}`;
        out.length = k + 1;
        // keep the blank lines that followed the rating
        continue;
      }
    }
    out.push(l);
  }
  return join(out, eol, final);
}

/** A rating at the end of a descriptor line moved to a line of its own. */
function ratingOwnLine(text: string): string {
  const trailing = new RegExp(`^(.{40,}[.!?])\\s+((?:\\*\\*|<b>)?(?:${RATING_ALT})(?:\\*\\*|</b>)?)\\s*$`, 'i');
  return mapLines(text, (l) => {
    const m = isTable(l) ? null : trailing.exec(l);
    return m ? [m[1]!, '', m[2]!] : l;
  });
}

// ---------------------------------------------------------------------------------------------
// Hard wrapping.

/** Words a wrapped line must not start with: they would read as a new block. */
const UNSAFE_LINE_START = /^(?:[-•*–▪●#>|]|\d{1,3}[.)]$|<sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹])/;

function wrap(l: string, width: number, indent: string): string[] {
  if (l.length <= width + 10 || isTable(l) || headingOf(l) !== null) return [l];
  const bullet = BULLET.exec(l);
  const words = l.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    const candidate = cur === '' ? w : `${cur} ${w}`;
    if (cur !== '' && candidate.length > width && !UNSAFE_LINE_START.test(w) && w !== '') {
      out.push(cur);
      cur = w;
    } else cur = candidate;
  }
  out.push(cur);
  // Never leave markup open across a line (a link's text, a bold run): join such lines back.
  const merged: string[] = [];
  for (const part of out) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && (unbalanced(prev) || /^[)\]]/.test(part))) merged[merged.length - 1] = `${prev} ${part}`;
    else merged.push(part);
  }
  return merged.map((p, i) => (i === 0 || !bullet ? p : indent + p));
}
function unbalanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return count(/\*\*/g) % 2 === 1 || count(/\[/g) !== count(/\]/g) || count(/\(/g) > count(/\)/g) || count(/<b>/g) !== count(/<\/b>/g) || count(/<i>/g) !== count(/<\/i>/g);
}

// ---------------------------------------------------------------------------------------------
// Spaces.

/** Rewrites every k-th space between words (not indentation, not in table rows). */
function everyKthSpace(text: string, k: number, to: string): string {
  let n = 0;
  return mapLines(text, (l) => {
    if (isTable(l)) return l;
    const lead = /^\s*/.exec(l)![0];
    const body = l.slice(lead.length).replace(/(?<=\S) (?=\S)/g, (s) => (++n % k === 0 ? to : s));
    return lead + body;
  });
}

// ---------------------------------------------------------------------------------------------
// The kinds.

export const VARIANTS: Variant[] = [
  {
    name: 'crlf',
    note: 'Windows line endings',
    apply: (t) => t.replace(/\r?\n/g, '\r\n'),
  },
  {
    name: 'final-newline-toggled',
    note: 'a final newline added where there was none, removed where there was one',
    apply: (t) => (t.endsWith('\n') ? t.replace(/\r?\n+$/, '') : `${t}\n`),
  },
  {
    name: 'blank-lines-doubled',
    note: 'every blank line doubled',
    apply: (t) => mapLines(t, (l) => (l.trim() === '' ? [l, l] : l)),
  },
  {
    name: 'space-only-blank-lines',
    note: 'empty lines hold a single space',
    apply: (t) => mapLines(t, (l) => (l === '' ? ' ' : l)),
  },
  {
    name: 'trailing-spaces',
    note: 'two trailing spaces on every line of text',
    apply: (t) => mapLines(t, (l) => (l.trim() === '' || isTable(l) ? l : `${l.replace(/\s+$/, '')}  `)),
  },
  {
    name: 'nbsp',
    note: 'every fourth space between words a no-break space',
    apply: (t) => everyKthSpace(t, 4, '\u00a0'),
  },
  {
    name: 'doubled-spaces',
    note: 'every third space between words doubled',
    apply: (t) => everyKthSpace(t, 3, '  '),
  },
  // PDF glyph forms (issue 21, §7): what a PDF's text layer carries inside words.
  {
    name: 'pdf-ligatures',
    note: 'ﬀ ﬁ ﬂ ﬃ ﬄ ligatures for the letters they join, as a PDF set in a font with ligatures gives them',
    apply: (t) => t.replace(/ffi/g, '\ufb03').replace(/ffl/g, '\ufb04').replace(/ff/g, '\ufb00').replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02'),
  },
  {
    name: 'pdf-soft-hyphens',
    note: 'a soft hyphen in the middle of every word of ten letters or more, where the PDF could break it',
    apply: (t) => t.replace(/\b([A-Za-z]{5})([A-Za-z]{5,})\b/g, '$1\u00ad$2'),
  },
  {
    name: 'pdf-zero-width',
    note: 'a zero-width space inside every rating word and every standard name, a word joiner after every standard code',
    apply: (t) =>
      t
        .replace(new RegExp(`\\b(${RATING_ALT})\\b`, 'g'), (w) => `${w.slice(0, 3)}\u200b${w.slice(3)}`)
        .replace(/\b(Leadership|Staffing|Assessment|Planning|Reviewing|Desistance)\b/g, (w) => `${w.slice(0, 2)}\u200b${w.slice(2)}`)
        .replace(/\b([RP] ?\d\.\d)\b/g, '$1\u2060'),
  },
  {
    name: 'pdf-full-width',
    note: 'standard codes in full-width letters and digits (P１.１), as some PDF fonts map them',
    apply: (t) => t.replace(/\b([RP]) ?(\d)\.(\d)\b/g, (_, l: string, a: string, b: string) => [l, ' ', a, '.', b].map((c) => (c === ' ' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('')),
  },
  {
    name: 'quotes-straight',
    note: 'curly quotes and apostrophes straight',
    apply: (t) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
  },
  {
    name: 'quotes-curly',
    note: 'straight quotes and apostrophes curly',
    apply: (t) =>
      t
        .replace(/(^|[\s(\[])'/gm, '$1‘')
        .replace(/'/g, '’')
        .replace(/(^|[\s(\[])"/gm, '$1“')
        .replace(/"/g, '”'),
  },
  {
    name: 'dashes-hyphen',
    note: 'spaced en dashes written as hyphens',
    apply: (t) => t.replace(/ – /g, ' - '),
  },
  {
    name: 'ampersand-entity',
    note: 'a bare "&" written as the entity "&amp;"',
    apply: (t) => t.replace(/ & /g, ' &amp; '),
  },
  {
    name: 'ampersand-bare',
    note: 'the entity "&amp;" written as a bare "&"',
    apply: (t) => t.replace(/&amp;/g, '&'),
  },
  {
    name: 'bold-html',
    note: 'Markdown bold **x** written <b>x</b>',
    apply: (t) => t.replace(/\*\*([^*\n\t]+?)\*\*/g, '<b>$1</b>'),
  },
  {
    name: 'bold-markdown',
    note: 'HTML bold <b>x</b> written **x**',
    apply: (t) => t.replace(/<b>([^<\n\t]+?)<\/b>/g, (_m, s: string) => `**${s.trim()}**${s.endsWith(' ') ? ' ' : ''}`),
  },
  {
    name: 'bullets-dot',
    note: '"-" bullets written "•"',
    apply: (t) => mapLines(t, (l) => l.replace(/^(\s*)- /, '$1• ')),
  },
  {
    name: 'bullets-dash',
    note: '"•" bullets written "-"',
    apply: (t) => mapLines(t, (l) => l.replace(/^(\s*)•\s*/, '$1- ')),
  },
  {
    name: 'bullets-indented',
    note: 'bullets indented by two spaces',
    apply: (t) => mapLines(t, (l) => l.replace(/^(-|•) /, '  $1 ')),
  },
  {
    name: 'bullets-none',
    note: 'bullet markers lost: each item a line of its own between blank lines',
    listKindsAmbiguous: true,
    apply: (t) =>
      mapLines(t, (l, i, all) => {
        const b = BULLET.exec(l);
        if (!b || isTable(l)) return l;
        const prevBlank = i === 0 || all[i - 1]!.trim() === '';
        const out = [b[3]!];
        if (!prevBlank) out.unshift('');
        return out;
      }),
  },
  {
    name: 'footnotes-unicode',
    note: '<sup>N</sup> footnote markers written as Unicode superscripts (ordinals kept)',
    apply: (t) => t.replace(/<sup>(\d+)<\/sup>/g, (_m, n: string) => [...n].map((d) => SUPER[d]).join('')),
  },
  {
    name: 'footnotes-html',
    note: 'Unicode superscript footnote markers written <sup>N</sup>',
    apply: (t) => t.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (s) => `<sup>${[...s].map((c) => UNSUPER[c]).join('')}</sup>`),
  },
  {
    name: 'hard-wrap',
    note: 'paragraphs and bullets hard-wrapped at 80 columns, bullets continued flush',
    apply: (t) => mapLines(t, (l) => wrap(l, 80, '')),
  },
  {
    name: 'hard-wrap-indented',
    note: 'paragraphs and bullets hard-wrapped at 72 columns, bullets continued indented',
    apply: (t) => mapLines(t, (l) => wrap(l, 72, '  ')),
  },
  {
    name: 'ratings-upper',
    note: 'rating words in upper case where they stand as ratings',
    apply: (t) => rewriteRatings(t, (w) => w.toUpperCase()),
  },
  {
    name: 'ratings-lower',
    note: 'rating words in lower case where they stand as ratings',
    apply: (t) => rewriteRatings(t, (w) => w.toLowerCase()),
  },
  {
    name: 'ratings-title',
    note: 'rating words in title case ("Requires Improvement")',
    apply: (t) => rewriteRatings(t, titleCase),
  },
  {
    name: 'ratings-bold',
    note: 'rating words bold where they stand as ratings',
    apply: (t) =>
      rewriteRatings(
        t,
        (w) => w,
        (a, b) => [a.replace(/\*\*|<b>/, '') + '**', '**' + b.replace(/\*\*|<\/b>/, '')],
      ),
  },
  {
    name: 'status-case',
    note: 'action-plan statuses in other letter cases ("AGREED", "Partly agreed")',
    apply: (t) =>
      mapLines(t, (l) =>
        !isTable(l)
          ? l
          : l
              .split('\t')
              .map((c) => (/^agreed$/i.test(c) ? 'AGREED' : /^partly agreed$/i.test(c) ? 'Partly agreed' : /^not agreed$/i.test(c) ? 'NOT AGREED' : c))
              .join('\t'),
      ),
  },
  {
    name: 'codes-compact',
    note: 'standard codes without the space: "P2.1"',
    apply: (t) => rewriteCodes(t, (l, n) => `${l ?? ''}${n}`),
  },
  {
    name: 'codes-dotted',
    note: 'standard codes with the trailing dot: "P 2.1.", "1.1."',
    apply: (t) => rewriteCodes(t, (l, n) => `${l ? `${l} ` : ''}${n}.`),
  },
  {
    name: 'codes-no-letter',
    note: 'standard codes without the framework letter: "2.1"',
    apply: (t) => rewriteCodes(t, (_l, n) => n),
  },
  {
    name: 'codes-no-letter-dotted',
    note: 'standard codes without the framework letter, with the dot: "2.1."',
    apply: (t) => rewriteCodes(t, (_l, n) => `${n}.`),
  },
  {
    name: 'heading-number-tab',
    note: 'a tab, not a space, after a numbered heading\'s number ("P 1.1.<TAB>Leadership", "1.<TAB>Organisational arrangements"), as text exported from a word processor has it',
    apply: (t) => mapHeadings(t, (_h, l) => l.replace(/^((?:#{1,6}\s+)?(?:\*\*|<b>)?(?:[RP]\s?)?\d(?:\.\d)*\.?) +(?=[A-Za-z])/, '$1\t')),
  },
  {
    name: 'headings-plain',
    note: 'headings as plain lines (no Markdown, no bold)',
    apply: (t) => mapHeadings(t, (h) => unmarked(h)),
  },
  {
    name: 'headings-bold',
    note: 'headings as bold lines',
    apply: (t) => mapHeadings(t, (h) => `**${unmarked(h)}**`),
  },
  {
    name: 'headings-markdown',
    note: 'headings as Markdown level-2 headings',
    apply: (t) => mapHeadings(t, (h) => `## ${unmarked(h)}`),
  },
  {
    name: 'heading-levels-shuffled',
    note: 'Markdown heading levels permuted (# → ###, ## → #, ### → ####, #### → ##, …)',
    apply: (t) => {
      const to: Record<number, number> = { 1: 3, 2: 1, 3: 4, 4: 2, 5: 6, 6: 5 };
      return mapLines(t, (l) => l.replace(/^(#{1,6})(?=\s)/, (h) => '#'.repeat(to[h.length]!)));
    },
  },
  {
    name: 'rules-removed',
    note: '"---" rules under headings removed',
    apply: (t) => mapLines(t, (l) => (/^\s*---\s*$/.test(l) ? [] : l)),
  },
  {
    name: 'rules-added',
    note: 'a "---" rule under every Markdown heading',
    apply: (t) => mapLines(t, (l) => (MD_HEADING.test(l) && !isTable(l) ? [l, '', '---'] : l)),
  },
  {
    name: 'ratings-as-table',
    note: 'the ratings section as a tab-separated table ("P 1.1 Leadership<TAB>Requires improvement")',
    apply: ratingsAsTable,
  },
  {
    name: 'ratings-inline',
    note: 'the ratings section one line a standard: "P 1.1 Leadership Requires improvement"',
    apply: (t) => ratingsAsTable(t, ' '),
  },
  {
    name: 'overall-rating-inline',
    note: 'the overall rating on the line of its label: "Overall rating: Inadequate"',
    apply: (t) => ratingsAsTable(t, ': ', /^overall rating$/i),
  },
  {
    name: 'rating-appended',
    note: "a standard's rating appended to its descriptor line",
    findingsRegrouped: ['rating'],
    apply: ratingAppended,
  },
  {
    name: 'rating-own-line',
    note: "a standard's rating on a line of its own after its descriptor",
    findingsRegrouped: ['rating'],
    apply: ratingOwnLine,
  },
  {
    name: 'headings-upper',
    note: 'section headings in capitals ("EXECUTIVE SUMMARY", "P 2.1 ASSESSMENT", "STRENGTHS:"); addressee headings kept',
    apply: (t) => mapHeadings(t, (h, l) => (/should(?: ensure)?:\W*$/i.test(unmarked(h)) ? l : l.replace(/(?<=^|[\s*>])([^\s<>*#]+)/g, (w) => w.toUpperCase()))),
  },
  {
    name: 'list-colons-toggled',
    note: '"Strengths:" written "Strengths" and "Strengths" written "Strengths:"',
    apply: (t) =>
      mapHeadings(t, (h, l) => {
        const m = /^(.*?)((?:key )?(?:strengths|areas for improvement))(:?)(\W*)$/i.exec(l);
        return m && /^(key )?(strengths|areas for improvement):?$/i.test(unmarked(h)) ? `${m[1]}${m[2]}${m[3] ? '' : ':'}${m[4]}` : l;
      }),
  },
  {
    name: 'ordinals-plain',
    note: 'superscript ordinals flattened ("6<sup>th</sup> May" → "6th May")',
    apply: (t) => t.replace(/(\d)<sup>(st|nd|rd|th)<\/sup>/g, '$1$2'),
  },
  {
    name: 'table-separators-removed',
    note: 'the separator rows of dashes between table rows removed',
    apply: (t) => mapLines(t, (l) => (isTable(l) && /^[\s\-–—|]*-{2,}[\s\-–—|\t]*$/.test(l) ? [] : l)),
  },
  {
    name: 'item-numbers-dotted',
    note: 'action-plan item numbers written "6." (and "6." written "6")',
    apply: (t) => mapLines(t, (l) => (isTable(l) ? l.replace(/^(\d{1,3})(\.?)\t/, (_m, n: string, d: string) => `${n}${d ? '' : '.'}\t`) : l)),
  },
  {
    name: 'cover-date-own-line',
    note: 'the cover\'s "HM Inspectorate of Probation, March 2024" as two lines',
    findingsRegrouped: ['metadata'],
    apply: (t) => mapLines(t, (l) => (/^HM Inspectorate of Probation, [A-Z][a-z]+ \d{4}\s*$/.test(l) ? [l.replace(/, .*$/, ''), '', l.replace(/^.*, /, '').trim()] : l)),
  },
  {
    name: 'section-colons',
    note: 'section headings with a trailing colon ("Ratings:", "Background:", "P 2.1 Assessment:")',
    apply: (t) =>
      mapHeadings(t, (h, l) => {
        const words = unmarked(h).replace(/^#+\s*/, '');
        if (/:$/.test(words) || /should(?: ensure)?$/i.test(words)) return l;
        return l.replace(/(\*\*|<\/b>)?\s*$/, (m, close: string | undefined) => `:${close ?? ''}`);
      }),
  },
  {
    name: 'domain-dots-toggled',
    note: 'domain numbers written "1." where "1", and "1" where "1."',
    apply: (t) =>
      mapLines(t, (l) =>
        isTable(l) || headingOf(l) === null ? l : l.replace(/^((?:#{1,6}\s+)?(?:\*\*|<b>)?)(\d)(\.?)(\s+(?:organisational|service delivery|court work))/i, (_m, a: string, n: string, dot: string, rest: string) => `${a}${n}${dot ? '' : '.'}${rest}`),
      ),
  },
  {
    name: 'contents-dot-leaders',
    note: 'contents entries as "Foreword ........ 3" lines instead of tab-separated rows',
    findingsRegrouped: ['table-row', 'narrative', 'bullet'],
    apply: (t) => {
      const { ls, eol, final } = lines(t);
      const start = ls.findIndex((l) => /^contents$/i.test(plainLine(l)));
      if (start < 0) return t;
      return join(
        ls.map((l, i) => {
          if (i <= start || i > start + 20 || !isTable(l)) return l;
          const cells = l.split('\t').filter((c) => c.trim() !== '');
          const last = cells[cells.length - 1]!;
          if (cells.length !== 2 || !/^(?:<b>)?\d{1,3}(?:<\/b>)?$/.test(last.trim())) return l;
          return `${cells[0]!.replace(/\s*\.+\s*(<\/b>)?$/, '$1')} ........ ${last}`;
        }),
        eol,
        final,
      );
    },
  },
  {
    name: 'percent-spaced',
    note: 'key-question percentages written "46 %"',
    apply: (t) => mapLines(t, (l) => (isTable(l) ? l.replace(/\t((?:<b>|\*\*)?\d{1,3})%((?:<\/b>|\*\*)?)$/, '\t$1 %$2') : l)),
  },
  {
    name: 'testimonials-italic-toggled',
    note: 'quotations from people on probation in italics where plain, plain where in italics',
    apply: (t) =>
      mapLines(t, (l) => {
        const it = /^\*([“"‘][^*]+[”"’])\*\s*$/.exec(l);
        if (it) return it[1]!;
        return /^[“"][^*\t]{20,}[”"]\s*$/.test(l) ? `*${l.trim()}*` : l;
      }),
  },
  {
    name: 'italic-html',
    note: 'Markdown italics *x* written <i>x</i>',
    apply: (t) => t.replace(/(^|[^*])\*([^*\s][^*\n\t]*?)\*(?!\*)/gm, '$1<i>$2</i>'),
  },
  {
    name: 'quote-entities',
    note: 'curly quotes written as HTML entities (&rsquo;, &ldquo;, &rdquo;)',
    apply: (t) => t.replace(/’/g, '&rsquo;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;'),
  },
  {
    name: 'addressee-rows-as-paragraphs',
    note: 'an addressee heading standing as a table row of its own ("<b>X PDU should:</b><TAB><TAB>…") written as a paragraph',
    apply: (t) =>
      mapLines(t, (l) => {
        if (!isTable(l)) return l;
        const filled = l.split('\t').filter((c) => c.trim() !== '');
        return filled.length === 1 && /should(?: ensure)?:\s*(?:<\/b>|\*\*)?\s*$/i.test(filled[0]!) ? ['', filled[0]!.trim(), ''] : l;
      }),
  },
  {
    name: 'trailing-tabs-removed',
    note: 'empty cells at the end of table rows of two or more cells dropped',
    apply: (t) => mapLines(t, (l) => (isTable(l) && l.split('\t').filter((c) => c.trim() !== '').length >= 2 ? l.replace(/\t+\s*$/, '') : l)),
  },
  {
    name: 'score-written-out',
    note: 'the score written "Score: 3/21" without emphasis',
    apply: (t) => mapLines(t, (l) => l.replace(/^Score\s+\*\*(\d+\/\d+)\*\*\s*$/, 'Score: $1')),
  },
];

const byName = (n: string) => VARIANTS.find((v) => v.name === n)!;
const combine = (name: string, note: string, parts: string[]): Variant => ({
  name,
  note,
  apply: (t) => parts.reduce((acc, p) => byName(p).apply(acc), t),
  listKindsAmbiguous: parts.some((p) => byName(p).listKindsAmbiguous),
  findingsRegrouped: [...new Set(parts.flatMap((p) => byName(p).findingsRegrouped ?? []))],
});

/** Several kinds at once, as one extraction would give them together. */
export const COMBINATIONS: Variant[] = [
  combine('issue-9-headings', 'standard headings as plain lines without the framework letter (the case of issue 9)', ['codes-no-letter', 'headings-plain']),
  combine('bold-codes', 'headings bold, codes compact, ratings upper case', ['headings-bold', 'codes-compact', 'ratings-upper']),
  combine('markdown-dotted', 'headings Markdown, levels shuffled, codes dotted without letter, ratings title case', [
    'headings-markdown',
    'heading-levels-shuffled',
    'codes-no-letter-dotted',
    'ratings-title',
  ]),
  combine('messy-spacing', 'hard-wrapped, no-break and doubled spaces, blank lines doubled, space-only lines', [
    'hard-wrap',
    'nbsp',
    'doubled-spaces',
    'blank-lines-doubled',
    'space-only-blank-lines',
  ]),
  combine('windows-export', 'CRLF, final newline toggled, quotes straight, bullets "•", footnotes Unicode', [
    'quotes-straight',
    'bullets-dot',
    'footnotes-unicode',
    'final-newline-toggled',
    'crlf',
  ]),
  combine('another-extractor', 'Markdown headings at shuffled levels, codes without letter, ratings as a table and after descriptors, "•" bullets, <sup> footnotes, wrapped, straight quotes, CRLF', [
    'headings-markdown',
    'heading-levels-shuffled',
    'codes-no-letter',
    'ratings-as-table',
    'rating-appended',
    'bullets-dot',
    'footnotes-html',
    'hard-wrap-indented',
    'quotes-straight',
    'crlf',
  ]),
  combine('plain-text-export', 'plain headings in capitals, dotted codes without letter, ratings inline and on lines of their own, no bullets, Unicode footnotes, no-break spaces', [
    'codes-no-letter-dotted',
    'ratings-lower',
    'headings-plain',
    'ratings-inline',
    'overall-rating-inline',
    'rating-own-line',
    'headings-upper',
    'bullets-none',
    'footnotes-unicode',
    'nbsp',
    'space-only-blank-lines',
  ]),
  combine('html-export', 'bold as HTML, footnotes <sup>, quotes curly, "&amp;", rules added', [
    'bold-html',
    'footnotes-html',
    'quotes-curly',
    'ampersand-entity',
    'rules-added',
  ]),
];
