// An inspection report's blocks → its section tree. One pass down the blocks, with a handler
// table keyed by block type and, for prose, by the part of the report it is in (as
// mdast-util-from-markdown keys its handlers by token type). Handlers open sections (parts,
// domains, standards, lists, addressees, key-question tables) and add findings, marking those
// that state a fact; extractors read the facts, and validate.ts checks the whole.
import type { FindingKind } from '../../../../core/schemas';
import { parseInline } from '../../inline';
import { ParseError, type DocHeading } from '../../types';
import { addresseeOf, findingFromBlock, findingFromRaw, headingText, ratingIn, standardHeading } from '../common';
import { programmeCode, type Programme } from '../../framework/programmes';
import { section, type Fact, type Section, type TextBlock, type TreeNode } from '../../tree/types';
import { groupOf, isDomain, isEntityLine, isOverallLabel, isQuotation, isSubsection, keyQuestionHeader, partOf, ratedLine, verdictLine, type Part } from './sections';

type Block<T extends TextBlock['type']> = Extract<TextBlock, { type: T }>;
type Prose = Block<'paragraph'> | Block<'bullet'>;

/** A standard of the ratings section, or the overall rating, read before its rating. */
interface Pending {
  code: string | null;
  name: string;
  line: number;
  raw: string;
}

export interface ReportTree {
  root: Section;
  /** A rating the ratings section announced and the document never gave. */
  unrated: { standard: Pending | null; overall: Pending | null };
}

interface Ctx {
  programme: Programme;
  root: Section;
  /** Open sections, outermost first: the root, a part, a domain, a standard, a list… */
  stack: Section[];
  part: Part;
  domainLevel: number;
  standardCode: string | null;
  group: FindingKind | null;
  addressee: string | null;
  pendingStandard: Pending | null;
  pendingOverall: Pending | null;
  /** The key-question table being read, its rows so far and the line of the last. */
  kq: { table: Section; rows: number; last: number } | null;
}

const top = (c: Ctx) => c.stack[c.stack.length - 1]!;
const add = (c: Ctx, node: TreeNode) => void top(c).children.push(node);
const heading = (text: string, level: number, line: number): DocHeading => ({ type: 'heading', text, level, line });
const code = (c: Ctx, written: string) => programmeCode(c.programme, written);

/** Closes sections down to `depth` open ones, then opens `s` inside. */
function open(c: Ctx, depth: number, s: Section): void {
  c.stack.length = Math.min(c.stack.length, depth);
  add(c, s);
  c.stack.push(s);
}
/** How many sections stay open under a new one: those outside every section named in `closing`. */
function depthOutside(c: Ctx, closing: readonly string[]): number {
  let d = c.stack.length;
  while (d > 1 && closing.includes(c.stack[d - 1]!.name)) d--;
  return d;
}
const INSIDE_PART = ['domain', 'standard', 'subsection', 'group', 'addressee', 'key-questions'];
const INSIDE_DOMAIN = ['standard', 'subsection', 'group', 'addressee', 'key-questions'];

function leaf(c: Ctx, finding: ReturnType<typeof findingFromBlock>, block: TextBlock, fact?: Fact): void {
  add(c, { type: 'leaf', finding, block, ...(fact ? { fact } : {}) });
}

function closeKq(c: Ctx): void {
  if (!c.kq) return;
  c.stack.length = c.stack.indexOf(c.kq.table);
  c.kq = null;
}

// ---------------------------------------------------------------------------------------------
// The ratings section: a standard or the overall rating, then its rating, as one finding.

function finishStandard(c: Ctx, ratingRaw: string, line: number, block: TextBlock): void {
  const p = c.pendingStandard;
  if (!p) return;
  const f = findingFromRaw(`${p.raw}\t${ratingRaw}`, 'rating', [p.line, line], p.code);
  f.cells = [parseInline(p.raw).text, parseInline(ratingRaw).text];
  f.inline = parseInline(`${p.raw} — ${ratingRaw}`).inline;
  leaf(c, f, block, { role: 'standard-rating', code: p.code!, name: p.name, rating: ratingRaw, line: p.line, ratingLine: line });
  c.pendingStandard = null;
}

function finishOverall(c: Ctx, ratingRaw: string, line: number, block: TextBlock): void {
  const p = c.pendingOverall;
  if (!p) return;
  const f = findingFromRaw(`Overall rating\t${ratingRaw}`, 'rating', [p.line, line]);
  f.cells = ['Overall rating', parseInline(ratingRaw).text];
  f.inline = parseInline(`Overall rating — ${ratingRaw}`).inline;
  leaf(c, f, block, { role: 'overall-rating', rating: ratingRaw, line });
  c.pendingOverall = null;
}

/** A label (a standard's code and name, or "Overall rating") with its rating on the same line or row. */
function rated(c: Ctx, label: string, labelRaw: string, ratingRaw: string, line: number, block: TextBlock): void {
  const std = standardHeading(label);
  if (std) {
    c.pendingStandard = { code: code(c, std.code), name: std.name, line, raw: labelRaw };
    finishStandard(c, ratingRaw, line, block);
  } else {
    c.pendingOverall = { code: null, name: 'Overall rating', line, raw: labelRaw };
    finishOverall(c, ratingRaw, line, block);
  }
}

function ratingsHeading(c: Ctx, b: Block<'heading'>, text: string, bare: string): void {
  const r = ratedLine(text);
  const std = standardHeading(bare);
  if (r) rated(c, r.label, r.label, r.rating, b.lines[0], b);
  else if (isOverallLabel(bare)) c.pendingOverall = { code: null, name: 'Overall rating', line: b.lines[0], raw: b.raw };
  else if (std) c.pendingStandard = { code: code(c, std.code), name: std.name, line: b.lines[0], raw: text };
  else add(c, { type: 'mark', heading: heading(text, 3, b.lines[0]) });
}

function ratingsProse(c: Ctx, b: Prose, text: string): void {
  if (c.pendingOverall) return finishOverall(c, b.raw, b.lines[1], b);
  if (c.pendingStandard) return finishStandard(c, b.raw, b.lines[0], b);
  const r = ratedLine(text);
  if (r) return rated(c, r.label, r.label, r.rating, b.lines[0], b);
  const std = standardHeading(text.replace(/:$/, ''));
  if (std) {
    c.pendingStandard = { code: code(c, std.code), name: std.name, line: b.lines[0], raw: text };
    return;
  }
  const v = verdictLine(text);
  if (v) return leaf(c, findingFromBlock(b, 'metadata'), b, { role: 'verdict', ...v, line: b.lines[0] });
  if (ratingIn(text)) throw new ParseError(b.lines[0], `rating "${text}" stands under no standard`);
  if (isEntityLine(text)) return add(c, { type: 'mark', heading: heading(text, 3, b.lines[0]) });
  leaf(c, findingFromBlock(b, 'narrative'), b);
}

/** The ratings section set as a table: "P 1.1 Leadership | Requires improvement", "Overall rating | Inadequate". */
function ratingsRow(c: Ctx, b: Block<'table-row'>, nonEmpty: string[]): boolean {
  if (nonEmpty.length !== 2) return false;
  const [labelRaw, valueRaw] = b.cells.filter((x) => parseInline(x).text !== '') as [string, string];
  const label = nonEmpty[0]!.replace(/:$/, '');
  if (!isOverallLabel(label) && !standardHeading(label)) return false;
  if (c.pendingStandard) throw new ParseError(b.lines[0], `standard ${c.pendingStandard.code} has no rating`);
  rated(c, label, standardHeading(label) ? parseInline(labelRaw).text : labelRaw, valueRaw, b.lines[0], b);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Headings.

function onHeading(c: Ctx, b: Block<'heading'>): void {
  const text = headingText(b.raw);
  // A heading is recognised by its words; a trailing colon ("Ratings:") is typography.
  const bare = text.replace(/:$/, '');
  if (c.part === 'ratings' && c.pendingStandard) throw new ParseError(b.lines[0], `standard ${c.pendingStandard.code} has no rating`);
  const p = partOf(bare);
  const std = standardHeading(bare);
  const at = (level: number) => heading(text, level, b.lines[0]);
  if (p) {
    [c.part, c.standardCode, c.group, c.addressee] = [p, null, null, null];
    if (p === 'summary') c.domainLevel = 3;
    else if (p !== 'ratings') c.domainLevel = 2;
    return open(c, 1, section(p, at(2)));
  }
  if (c.part === 'ratings') return ratingsHeading(c, b, text, bare);
  if (isDomain(bare)) {
    if (c.part !== 'summary') {
      if (c.part !== 'body') open(c, 1, section('body', null));
      [c.part, c.domainLevel] = ['body', 2];
    }
    [c.standardCode, c.group] = [null, null];
    return open(c, depthOutside(c, INSIDE_PART), section('domain', at(c.domainLevel)));
  }
  if (std) {
    [c.standardCode, c.group] = [code(c, std.code), null];
    return open(c, depthOutside(c, INSIDE_DOMAIN), section('standard', at(c.domainLevel + 1), { code: c.standardCode }));
  }
  if (isSubsection(bare)) {
    [c.standardCode, c.group] = [null, null];
    return open(c, depthOutside(c, INSIDE_DOMAIN), section('subsection', at(3)));
  }
  const group = groupOf(text);
  if (group) {
    c.group = group;
    return open(c, depthOutside(c, ['group', 'key-questions']), section('group', at(c.standardCode ? c.domainLevel + 2 : 4)));
  }
  const addr = addresseeOf(text);
  if (addr && c.part === 'recommendations') {
    c.addressee = addr;
    return open(c, depthOutside(c, INSIDE_DOMAIN), section('addressee', at(3), { addressee: addr }));
  }
  add(c, { type: 'mark', heading: at(3) });
}

// ---------------------------------------------------------------------------------------------
// Table rows: ratings, key questions, progress on previous recommendations.

function onTableRow(c: Ctx, b: Block<'table-row'>): void {
  const cells = b.cells.map((x) => parseInline(x).text);
  const nonEmpty = cells.filter((x) => x !== '');
  if (c.part === 'ratings' && ratingsRow(c, b, nonEmpty)) return;
  const header = keyQuestionHeader(cells);
  if (header) return keyQuestionTable(c, b, header.code);
  if (c.kq && keyQuestionRow(c, b, cells, nonEmpty)) return;
  if (c.part === 'progress' && nonEmpty.length >= 4 && !/^previous recommendation$/i.test(cells[0]!) && !/^from previous/i.test(cells[0]!)) {
    return leaf(c, findingFromBlock(b, 'progress'), b, { role: 'previous-recommendation', cells: cells.slice(0, 4), line: b.lines[0] });
  }
  leaf(c, findingFromBlock(b, 'table-row', c.standardCode), b);
}

function keyQuestionTable(c: Ctx, b: Block<'table-row'>, written: string | null): void {
  closeKq(c);
  // A table that names its standard ("P 2.1 Key question", "2.1 Assessment") belongs to it.
  const own = written ? code(c, written) : null;
  if (own && c.standardCode && own !== c.standardCode) {
    throw new ParseError(b.lines[0], `key-question table of standard ${own} in the section of standard ${c.standardCode}`);
  }
  const tableCode = own ?? c.standardCode;
  if (!tableCode) throw new ParseError(b.lines[0], 'key-question table outside a standard section');
  const table = section('key-questions', null, { code: tableCode });
  open(c, c.stack.length, table);
  c.kq = { table, rows: 0, last: b.lines[0] };
  leaf(c, findingFromBlock(b, 'table-row', c.standardCode), b);
}

/** A row of the open key-question table; false when the row is not one (the table has ended). */
function keyQuestionRow(c: Ctx, b: Block<'table-row'>, cells: string[], nonEmpty: string[]): boolean {
  const pctCell = b.cells[b.cells.length - 1] ?? '';
  const pct = /(\d{1,3})\s*%/.exec(parseInline(pctCell).text);
  if (pct && nonEmpty.length >= 2) {
    const fact: Fact = { role: 'key-question', question: cells[0]!, percent: Number(pct[1]), bold: /<b>|\*\*/.test(pctCell), line: b.lines[0] };
    leaf(c, findingFromBlock(b, 'key-question', c.standardCode), b, fact);
    c.kq!.rows++;
    c.kq!.last = b.lines[0];
    return true;
  }
  if (/\?$/.test(cells[0] ?? '')) throw new ParseError(b.lines[0], `key question "${cells[0]!.slice(0, 60)}" has no percentage (document truncated?)`);
  closeKq(c);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs and bullets, by part.

const PROSE: Partial<Record<Part, (c: Ctx, b: Prose, text: string) => boolean | void>> = {
  cover: (c, b) => leaf(c, findingFromBlock(b, 'metadata'), b),
  foreword: (c, b, text) => {
    if (!/chief inspector of probation/i.test(text)) return false;
    const m = /^(.*?)\s*(?:HM )?Chief Inspector of Probation/i.exec(text);
    leaf(c, findingFromBlock(b, 'metadata'), b, m && m[1] ? { role: 'chief-inspector', name: m[1].trim() } : undefined);
  },
  ratings: ratingsProse,
  recommendations: (c, b) => {
    if (b.type !== 'bullet') return false;
    const num = /^(\d+)/.exec(b.marker);
    leaf(c, findingFromBlock(b, 'recommendation'), b, { role: 'recommendation', number: num ? Number(num[1]) : null, addressee: c.addressee });
  },
  body: (c, b, text) => {
    // A standard's rating stands on its own line (or after its descriptor: validate.ts).
    if (!c.standardCode || !ratingIn(text)) return false;
    leaf(c, findingFromBlock(b, 'rating', c.standardCode), b);
  },
};

function onProse(c: Ctx, b: Prose): void {
  const text = parseInline(b.raw).text;
  const handler = PROSE[c.part];
  if (handler && handler(c, b, text) !== false) return;
  let kind: FindingKind = b.type === 'bullet' ? (c.group ?? 'bullet') : 'narrative';
  if (b.type === 'paragraph' && c.group && c.part === 'body') kind = c.group;
  if (b.type === 'paragraph' && isQuotation(text)) kind = 'testimonial';
  leaf(c, findingFromBlock(b, kind, c.standardCode), b);
}

// ---------------------------------------------------------------------------------------------

/** A question straight under a key-question table's rows, with no percentage: the row was cut short. */
function cutShortRow(c: Ctx, b: TextBlock): void {
  if (!c.kq || b.type !== 'paragraph' || c.kq.rows === 0 || b.lines[0] !== c.kq.last + 1) return;
  const q = parseInline(b.raw).text;
  if (/\?$/.test(q)) throw new ParseError(b.lines[0], `key question "${q.slice(0, 60)}" has no percentage (document truncated?)`);
}

const HANDLERS: { [T in TextBlock['type']]: (c: Ctx, b: Block<T>) => void } = {
  heading: onHeading,
  'table-row': onTableRow,
  paragraph: onProse,
  bullet: onProse,
  footnote: (c, b) => {
    const { inline, text } = parseInline(b.raw);
    add(c, { type: 'footnote', footnote: { number: b.number, text, inline, lines: b.lines } });
  },
};

/** The report's tree: its cover (the blocks before its first heading), then its parts. */
export function reportTree(blocks: readonly TextBlock[], programme: Programme): ReportTree {
  const root = section('document', null);
  const c: Ctx = {
    programme, root, stack: [root], part: 'cover', domainLevel: 2, standardCode: null, group: null, addressee: null,
    pendingStandard: null, pendingOverall: null, kq: null,
  };
  open(c, 1, section('cover', null));
  for (const b of blocks) {
    if (b.type !== 'footnote') cutShortRow(c, b);
    if (b.type !== 'table-row' && b.type !== 'footnote') closeKq(c);
    (HANDLERS[b.type] as (c: Ctx, b: TextBlock) => void)(c, b);
  }
  closeKq(c);
  return { root, unrated: { standard: c.pendingStandard, overall: c.pendingOverall } };
}
