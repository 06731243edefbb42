// Reads an HMPPS action plan: the cover (who submitted what, when, for which region), the
// introduction and its terms table, the items table (Rec No | Recommendation | Agreed/Partly
// Agreed/Not Agreed | Actions | Owners | Target dates) and the totals table.
//
// PDF extraction cut the items table at every page break: a row goes on in rows whose first
// cell is empty, sometimes with a cell dropped so the others sit one column to the left, or
// with the recommendation's tail in the Rec No column; a paragraph, an owner ("Head of" +
// "Performance & Quality") or a sentence is cut in two. Each row is therefore read by content:
// its filled cells are aligned to the columns by what they look like (a number, a status, a
// date, an owner, prose), by the order of the cells and, for prose, by which column of the
// current item is left open. Cut paragraphs are re-joined; the words are never changed.
import { segment, type Block } from '../blocks';
import { parseInline } from '../inline';
import type { ActionPlanStatus } from '../../../src/schemas';
import {
  ParseError,
  type DocFinding,
  type DocNode,
  type Lines,
  type ParsedActionPlanItem,
  type ParsedDocument,
  type ParsedFootnote,
  type ParsedPlanTotals,
} from '../types';
import { addresseeOf, findingFromBlock, findingFromRaw, heading, headingText, isoDate } from './common';

type Role = 'no' | 'rec' | 'status' | 'actions' | 'owners' | 'dates';
type RowBlock = Extract<Block, { type: 'table-row' }>;

const DEFAULT_COLUMNS: Role[] = ['no', 'rec', 'status', 'actions', 'owners', 'dates'];
const PUBLISHER = 'HM Prison and Probation Service';

// ---------------------------------------------------------------------------------------
// Small readers of cell text

const plain = (raw: string): string => parseInline(raw).text;

/** The paragraphs of a cell: each `<p>` one paragraph; a cell without `<p>` is one paragraph. */
export function cellParagraphs(raw: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of raw.matchAll(/<p>([\s\S]*?)<\/p>/gi)) {
    const between = raw.slice(at, m.index).trim();
    if (between) out.push(between);
    if (m[1]!.trim()) out.push(m[1]!.trim());
    at = m.index! + m[0].length;
  }
  const tail = raw.slice(at).trim();
  if (tail) out.push(tail);
  return out.filter((p) => plain(p) !== '');
}

/** An item number as the Rec No column writes it: "1", "6.", "12)". */
const LABEL = /^(\d{1,3})[.)]?$/;
const SUBLABEL = /^\d{1,3}[a-z][.)]?$/i;

function statusOf(raw: string): ActionPlanStatus | null {
  const t = plain(raw).replace(/\.$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (t === 'agreed') return 'Agreed';
  if (t === 'partly agreed') return 'Partly Agreed';
  if (t === 'not agreed') return 'Not Agreed';
  return null;
}

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
function dateLike(p: string): boolean {
  const t = plain(p);
  if (t.length > 80) return false;
  return MONTH.test(t) || /\b(19|20)\d{2}\b/.test(t) || /\b\d{1,2}\/\d{2}\b/.test(t) || /\b(complete|completed|ongoing|tbc|immediate(ly)?|q[1-4])\b/i.test(t);
}

const ROLE_WORD =
  /\b(Head|Heads|HoS|Director|Directors|Directorate|DD|Lead|Leads|Leader|Leaders|Team|Teams|Manager|Managers|Officer|Officers|Quality|Performance|PDU|PDUs|Service|Services|Board|Group|Unit|Panel|SPOC|RPD|HR|Chief|Deputy|Governor|Co-?ordinator|Owner|Partnerships?)\b/;
const VERB = /\b(will|is|are|was|were|has|have|had|be|been|being|should|can|could|would|may|must|ensure|ensures|include|includes|provide|provides)\b/i;
const words = (t: string) => (t.trim() === '' ? 0 : t.trim().split(/\s+/).length);

function ownerLike(p: string): boolean {
  const t = plain(p);
  return words(t) <= 25 && !VERB.test(t) && (ROLE_WORD.test(t) || /^[a-z/&]/.test(t));
}
/** Short, verbless text: could be a name or a date the patterns do not know. */
function terse(p: string, maxWords: number): boolean {
  const t = plain(p);
  return words(t) <= maxWords && !VERB.test(t) && !/[.!?]\s+[A-Z]/.test(t);
}
/** Running text: a verb, two sentences, or many words. */
const prose = (p: string) => {
  const t = plain(p);
  return VERB.test(t) || /[.!?]\s+[A-Z]/.test(t) || words(t) > 12;
};

/** A paragraph that is an addressee heading ("Surrey PDU should:", bold or not); its addressee. */
function headingAddressee(p: string): string | null {
  const t = plain(p);
  if (!/:\s*$/.test(t) || words(t) > 30) return null;
  return addresseeOf(t);
}
const isAnd = (p: string) => /^and$/i.test(plain(p));

/** Ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
const closes = (t: string) => /[.!?:;]["'”’)\]]*$/.test(plain(t));
const startsLower = (t: string) => /^[("'“‘]*[a-z]/.test(plain(t));

/** An owner cut at a page break: the first part ends, or the second starts, mid-phrase. */
function ownerContinues(prev: string, next: string): boolean {
  const a = plain(prev);
  const b = plain(next);
  return /(\b(of|and|for|the|to|in)|[/&,\-–])$/i.test(a) || /\bHeads?$/.test(a) || /^[a-z/&,]/.test(b);
}
function dateContinues(prev: string, next: string): boolean {
  const a = plain(prev);
  const b = plain(next);
  const open = (a.match(/\(/g) ?? []).length > (a.match(/\)/g) ?? []).length;
  return open || /(\b(and|to|with|by|from|of)|[,\-–])$/i.test(a) || /^[a-z)]/.test(b);
}

function tagsBalanced(raw: string): boolean {
  for (const tag of ['p', 'b', 'i', 'u', 'sup']) {
    const opens = (raw.match(new RegExp(`<${tag}>`, 'gi')) ?? []).length;
    const shuts = (raw.match(new RegExp(`</${tag}>`, 'gi')) ?? []).length;
    if (opens !== shuts) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// The table's layout

function headerRole(cell: string): Role | null {
  const t = plain(cell).replace(/^\d+\.\s*/, '').toLowerCase();
  if (/\brec(ommendation)?\.?\s*(no|number)\b|^no\.?$|^number$|^ref/.test(t)) return 'no';
  if (/\bagreed\b/.test(t)) return 'status';
  if (/\bowner/.test(t)) return 'owners';
  if (/\bdate|timescale|deadline/.test(t)) return 'dates';
  if (/\baction|response/.test(t)) return 'actions';
  if (/\brecommendation/.test(t)) return 'rec';
  return null;
}

/** The column roles a header row names, or null when the row is not the items table's header. */
function headerColumns(row: RowBlock): Role[] | null {
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length < 4) return null;
  const roles = filled.map(headerRole);
  if (roles.some((r) => r === null)) return null;
  const set = new Set(roles);
  if (set.size !== roles.length || !set.has('rec') || !set.has('actions') || !(set.has('owners') || set.has('dates'))) return null;
  return roles as Role[];
}

/** The item number a row opens with: its first filled cell, in the first two columns. */
function rowLabel(row: RowBlock): { label: string; number: number; cell: number } | null {
  const idx = row.cells.findIndex((c) => plain(c) !== '');
  if (idx < 0 || idx > 1) return null;
  const label = plain(row.cells[idx]!);
  const m = LABEL.exec(label);
  if (m) return { label, number: Number(m[1]), cell: idx };
  if (SUBLABEL.test(label)) {
    throw new ParseError(row.lines[0], `item label "${label}" is not a plain number; this parser does not know lettered sub-items`);
  }
  return null;
}

const TOTAL_LABEL = /^(agreed|partly agreed|not agreed|total|totals)$/i;
function totalsRow(b: Block | undefined): { label: string; value: number } | null {
  if (!b || b.type !== 'table-row') return null;
  const filled = b.cells.map(plain).filter((c) => c !== '');
  if (filled.length !== 2 || !TOTAL_LABEL.test(filled[0]!) || !/^\d+$/.test(filled[1]!)) return null;
  return { label: filled[0]!.toLowerCase(), value: Number(filled[1]) };
}

// ---------------------------------------------------------------------------------------
// Aligning a row's cells to the columns

interface RowContext {
  /** The item's recommendation text so far expects more (empty, cut mid-sentence, or ends on a heading). */
  recOpen: boolean | null;
  /** The item's last action is cut mid-sentence. */
  actionOpen: boolean | null;
}

function startsWithHeading(raw: string): boolean {
  const first = cellParagraphs(raw)[0] ?? '';
  return headingAddressee(first) !== null || isAnd(first);
}
const hasRecMarkers = (raw: string) => cellParagraphs(raw).some((p) => headingAddressee(p) !== null || isAnd(p));

function cellScore(raw: string, role: Role, ctx: RowContext): number {
  const paras = cellParagraphs(raw);
  switch (role) {
    case 'no':
      return -1000; // only the row's label goes there, placed before alignment
    case 'status':
      return statusOf(raw) ? 15 : paras.length === 1 && terse(raw, 4) && !/<p>/i.test(raw) ? 1 : -20;
    case 'dates':
      return paras.every(dateLike) ? 8 : paras.every((p) => terse(p, 8)) ? 0 : -30;
    case 'owners':
      return paras.every(ownerLike) ? 6 : paras.every((p) => terse(p, 12)) ? 0 : -30;
    case 'rec': {
      let s = paras.some(prose) ? 3 : 2;
      if (hasRecMarkers(raw)) s += 6;
      if (ctx.recOpen === true) s += 3;
      else if (ctx.recOpen === false && !startsWithHeading(raw)) s -= 4;
      return s;
    }
    case 'actions': {
      let s = paras.some(prose) ? 3 : 2;
      if (hasRecMarkers(raw)) s -= 6;
      if (ctx.actionOpen === true) s += 3;
      return s;
    }
  }
}

/**
 * Which column each filled cell of a row belongs to. Cells keep their order; content decides,
 * and position breaks ties (a row with fewer cells than columns has lost cells on the left).
 */
function alignRow(row: RowBlock, columns: Role[], ctx: RowContext, label: number | null): Map<Role, string> {
  const n = row.cells.length;
  const ncols = columns.length;
  const filled = row.cells.map((c, i) => ({ raw: c.trim(), i })).filter((c) => plain(c.raw) !== '');
  const fixed = new Map<number, number>(); // filled index → column index
  if (label !== null) {
    const noCol = columns.indexOf('no');
    const at = filled.findIndex((c) => c.i === label);
    if (noCol >= 0 && at >= 0) fixed.set(at, noCol);
  }
  if (filled.length > ncols) {
    throw new ParseError(row.lines[0], `table row has ${filled.length} filled cells but the table has ${ncols} columns`);
  }
  const positional = (i: number, col: number) => {
    if (n >= ncols) return col === i ? 1.5 : 0;
    return col === i + (ncols - n) ? 1.5 : col === i ? 0.5 : 0;
  };
  let best: { score: number; cols: number[] } | null = null;
  const cols: number[] = [];
  const memo = new Map<number, number>();
  const walk = (k: number, minCol: number, score: number) => {
    if (k === filled.length) {
      if (!best || score > best.score) best = { score, cols: [...cols] };
      return;
    }
    const cell = filled[k]!;
    const forced = fixed.get(k);
    for (let col = minCol; col < ncols; col++) {
      if (forced !== undefined && col !== forced) continue;
      // Leave room for the cells still to place.
      if (ncols - col < filled.length - k) break;
      const key = k * ncols + col;
      let s = memo.get(key);
      if (s === undefined) {
        s = forced !== undefined ? 0 : cellScore(cell.raw, columns[col]!, ctx) + positional(cell.i, col);
        memo.set(key, s);
      }
      cols.push(col);
      walk(k + 1, col + 1, score + s);
      cols.pop();
    }
  };
  walk(0, 0, 0);
  const out = new Map<Role, string>();
  const chosen = best as { score: number; cols: number[] } | null;
  if (!chosen) throw new ParseError(row.lines[0], 'cannot align this table row with the columns of the action plan');
  chosen.cols.forEach((col, k) => out.set(columns[col]!, filled[k]!.raw));
  return out;
}

// ---------------------------------------------------------------------------------------
// Items under construction

interface Piece {
  raw: string;
  lines: Lines;
}

interface Draft {
  label: string;
  number: number;
  lines: Lines;
  recRaws: string[];
  recLines: Lines | null;
  status: ActionPlanStatus | null;
  actions: Piece[];
  owners: Piece[];
  dates: Piece[];
  /** The addressee heading in force when the item's row was read. */
  addressee: string | null;
}

function recParagraphs(d: Draft): string[] {
  return d.recRaws.flatMap(cellParagraphs);
}
function recIsOpen(d: Draft): boolean {
  const ps = recParagraphs(d);
  const last = ps[ps.length - 1];
  if (last === undefined) return true;
  if (headingAddressee(last) !== null || isAnd(last)) return true;
  return !closes(last);
}
function lastOpen(ps: Piece[]): boolean | null {
  const last = ps[ps.length - 1];
  return last ? !closes(last.raw) : null;
}

/** "recommendation 22", "recommendations 5 and 11", "Recommendation 1 activity": the numbers, as written. */
export function crossReferences(texts: string[]): number[] {
  const out: number[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(/\brecommendations?\s+(\d{1,3}(?:\s*(?:,|and|&|\/)\s*\d{1,3})*)\b/gi)) {
      for (const d of m[1]!.match(/\d+/g) ?? []) {
        const n = Number(d);
        if (!out.includes(n)) out.push(n);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Cover

/** "Kent, Surrey, Sussex Region" / "KENT, SURREY, SUSSEX REGION" → "Kent, Surrey and Sussex". */
export function normaliseRegionName(raw: string): string {
  let t = plain(raw).replace(/\s+region$/i, '').trim();
  if (!/[a-z]/.test(t)) {
    t = t
      .toLowerCase()
      .split(/(\s+)/)
      .map((w, i) => (i > 0 && /^(and|of|the)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join('');
  }
  const parts = t.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length >= 2 && !/\band\b/i.test(parts[parts.length - 1]!)) {
    t = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  }
  return t;
}

const PROPER = /(HM Inspectorate of Probation|HM Prison and Probation Service|HM Prison & Probation Service|Probation Service|Ministry of Justice)/;
/** Sentence case that leaves proper names and acronyms alone. */
function sentenceCase(phrase: string): string {
  return phrase
    .split(PROPER)
    .map((seg, i) => (i % 2 === 1 ? seg : seg.replace(/\b([A-Z])([a-z]+)\b/g, (_m, a: string, b: string) => a.toLowerCase() + b)))
    .join('');
}

interface Cover {
  published: string | null;
  responseTo: string | null;
  regionName: string | null;
  pdus: string[];
}

function readCover(paragraphs: string[], fallbackHeadings: string[]): Cover {
  const cover: Cover = { published: null, responseTo: null, regionName: null, pdus: [] };
  for (const p of paragraphs) {
    const t = plain(p);
    if (!cover.published && /submitted/i.test(t)) cover.published = isoDate(p);
    const r = /^(?:an?\s+)?(response to\b.*?):?$/i.exec(t);
    if (r && !cover.responseTo) cover.responseTo = r[1]!;
    const who = /^(.*?)\s+[–—-]\s+([^–—]*\bregion)$/i.exec(t);
    if (who && !cover.regionName) {
      cover.regionName = normaliseRegionName(who[2]!);
      cover.pdus = who[1]!
        .split(/\s*,\s*/)
        .map((s) => s.replace(/\s+(PDUs?|Probation Delivery Units?)$/i, '').trim())
        .filter((s) => s !== '');
    }
  }
  if (!cover.regionName) {
    for (const h of fallbackHeadings) {
      const m = /[–—-]\s*([^–—]*\bregion)\s*$/i.exec(h);
      if (m) {
        cover.regionName = normaliseRegionName(m[1]!);
        break;
      }
    }
  }
  return cover;
}

/** A line standing as a heading although it is a plain line: "ACTION PLAN: PROBATION SERVICE – …". */
function plainHeading(raw: string): boolean {
  const t = plain(raw);
  if (t.length > 150 || words(t) < 2) return false;
  // All capitals, as a table's title is set; a mixed-case line ("Action Plan Submitted: …") is not one.
  return /[A-Z]/.test(t) && !/[a-z]/.test(t);
}

// ---------------------------------------------------------------------------------------

export function parseActionPlan(lines: string[]): ParsedDocument {
  const blocks = segment(lines);
  const nodes: DocNode[] = [];
  const footnotes: ParsedFootnote[] = [];
  const items: ParsedActionPlanItem[] = [];
  const lastLine = Math.max(1, lines.length);

  // Where the items table starts (its header, or the first numbered row) and ends (the totals).
  let headerIdx = -1;
  let columns = DEFAULT_COLUMNS;
  const labels = new Map<number, number>(); // block index → item number
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'table-row') continue;
    const lab = rowLabel(b);
    if (lab) labels.set(i, lab.number);
    else if (headerIdx < 0 && labels.size === 0) {
      const cols = headerColumns(b);
      if (cols) {
        headerIdx = i;
        if (cols.includes('no') && cols.includes('status')) columns = cols;
      }
    }
  }
  const firstItemIdx = labels.size ? Math.min(...labels.keys()) : -1;
  if (firstItemIdx < 0) {
    const at = headerIdx >= 0 ? blocks[headerIdx]!.lines[0] : lastLine;
    throw new ParseError(at, 'no items: the action plan has no table row that starts with a recommendation number');
  }
  let totalsIdx = -1;
  for (let i = firstItemIdx; i < blocks.length; i++) {
    if (totalsRow(blocks[i])) {
      totalsIdx = i;
      break;
    }
  }
  // A short label row just above the totals ("Recommendations") heads the totals table.
  let totalsHeadIdx = totalsIdx;
  if (totalsIdx > 0) {
    const prev = blocks[totalsIdx - 1]!;
    if (
      prev.type === 'table-row' &&
      !labels.has(totalsIdx - 1) &&
      prev.lines[1] === blocks[totalsIdx]!.lines[0] - 1 &&
      prev.cells.every((c) => words(plain(c)) <= 4 && !/<p>/i.test(c))
    ) {
      totalsHeadIdx = totalsIdx - 1;
    }
  }
  const tableStart = headerIdx >= 0 && headerIdx < firstItemIdx ? headerIdx : firstItemIdx;
  const tableEnd = totalsHeadIdx >= 0 ? totalsHeadIdx : blocks.length;

  // ---- everything outside the items table: cover, introduction, terms table, trailing text
  let seenHeading = false;
  const coverParagraphs: string[] = [];
  const plainHeadings: string[] = [];
  const proseBlock = (b: Block) => {
    switch (b.type) {
      case 'rule':
        return;
      case 'heading':
        seenHeading = true;
        nodes.push(heading(headingText(b.raw), b.markdownLevel ?? 2, b.lines[0]));
        return;
      case 'footnote': {
        const { inline, text } = parseInline(b.raw);
        footnotes.push({ number: b.number, text, inline, lines: b.lines });
        return;
      }
      case 'table-row':
        if (b.cells.some((c) => plain(c) !== '')) nodes.push(findingFromBlock(b, 'table-row'));
        return;
      case 'bullet':
        nodes.push(findingFromBlock(b, 'bullet'));
        return;
      case 'paragraph':
        if (b.lines[0] === b.lines[1] && plainHeading(b.raw)) {
          seenHeading = true;
          plainHeadings.push(plain(b.raw));
          nodes.push(heading(headingText(b.raw), 2, b.lines[0]));
          return;
        }
        if (!seenHeading) coverParagraphs.push(b.raw);
        nodes.push(findingFromBlock(b, seenHeading ? 'narrative' : 'metadata'));
    }
  };
  for (let i = 0; i < tableStart; i++) proseBlock(blocks[i]!);

  // ---- the items table
  let draft: Draft | null = null;
  let orphanMode = false;
  let addressee: string | null = null;
  let deferred: DocNode[] = [];
  const seen = new Map<number, number>(); // item number → line
  /** The last thing the table held, to tell a finished table from a cut one. */
  let lastTableRow: { raw: string; lines: Lines; kind: 'item' | 'addressee' | 'orphan' | 'header'; short?: boolean } | null = null;
  /** A row with fewer cells than columns that stops before the last column was cut short. */
  const cutShort = (b: RowBlock, cells: Map<Role, string>) => b.cells.length < columns.length && !cells.has(columns[columns.length - 1]!);

  const nextLabelAfter = (idx: number): number | null => {
    for (let i = idx + 1; i < tableEnd; i++) if (labels.has(i)) return labels.get(i)!;
    return null;
  };

  const flush = () => {
    if (draft) {
      const d: Draft = draft;
      const start = nodes.length;
      const recRaw = d.recRaws.join(' ');
      const idx: number[] = [];
      let recommendation = '';
      if (recRaw.trim()) {
        const f = findingFromRaw(recRaw, 'recommendation', d.recLines ?? d.lines);
        recommendation = f.text;
        nodes.push(f);
        idx.push(start);
      }
      const actionFindings: DocFinding[] = d.actions.map((a) => findingFromRaw(a.raw, 'action', a.lines));
      for (const f of actionFindings) {
        idx.push(nodes.length);
        nodes.push(f);
      }
      const own = recParagraphs(d)
        .map(headingAddressee)
        .filter((a): a is string => a !== null);
      items.push({
        item: d.number,
        itemLabel: d.label,
        addressees: own.length ? own : d.addressee ? [d.addressee] : [],
        recommendation,
        status: d.status!,
        actions: actionFindings.map((f) => f.text),
        owners: d.owners.map((o) => plain(o.raw)),
        targetDates: d.dates.map((o) => plain(o.raw)),
        crossReferences: crossReferences(actionFindings.map((f) => f.text)),
        nodes: idx,
        lines: d.lines,
      });
    }
    draft = null;
    nodes.push(...deferred);
    deferred = [];
  };
  const emit = (n: DocNode) => (draft ? deferred.push(n) : nodes.push(n));

  const addPieces = (list: Piece[], raw: string, ln: number, continues: ((prev: string, next: string) => boolean) | null) => {
    const paras = cellParagraphs(raw);
    paras.forEach((p, k) => {
      const last = list[list.length - 1];
      if (k === 0 && last && continues && continues(last.raw, p)) {
        last.raw = `${last.raw} ${p}`;
        last.lines = [last.lines[0], ln];
      } else list.push({ raw: p, lines: [ln, ln] });
    });
  };
  const actionContinues = (prev: string, next: string) => !closes(prev) || startsLower(next);

  for (let i = tableStart; i < tableEnd; i++) {
    const b = blocks[i]!;
    if (b.type === 'rule') continue;
    if (b.type !== 'table-row') {
      // An addressee heading standing as a paragraph ("**HMPPS should:**") governs what follows.
      const raw = b.type === 'footnote' ? '' : b.raw;
      const who = b.type === 'heading' || (b.type === 'paragraph' && b.lines[0] === b.lines[1]) ? headingAddressee(raw) : null;
      if (who) {
        flush();
        orphanMode = false;
        addressee = who;
        nodes.push(heading(headingText(raw), 3, b.lines[0]));
        lastTableRow = { raw, lines: b.lines, kind: 'addressee' };
        continue;
      }
      if (b.type === 'footnote') {
        const { inline, text } = parseInline(b.raw);
        footnotes.push({ number: b.number, text, inline, lines: b.lines });
      } else if (b.type === 'heading' || (b.type === 'paragraph' && b.lines[0] === b.lines[1] && plainHeading(b.raw))) {
        emit(heading(headingText(b.raw), 2, b.lines[0]));
      } else {
        emit(findingFromBlock(b, b.type === 'bullet' ? 'bullet' : 'narrative'));
      }
      continue;
    }
    const ln = b.lines[0];
    if (i === headerIdx) {
      nodes.push(findingFromBlock(b, 'table-row'));
      lastTableRow = { raw: b.raw, lines: b.lines, kind: 'header' };
      continue;
    }
    const filled = b.cells.filter((c) => plain(c) !== '');
    if (filled.length === 0) continue;

    // An addressee heading as a row of its own, unless it carries on a recommendation cut after "AND".
    if (filled.length === 1 && !labels.has(i)) {
      const who = headingAddressee(filled[0]!);
      const carriesOn = draft !== null && (() => {
        const ps = recParagraphs(draft);
        const last = ps[ps.length - 1];
        return last !== undefined && isAnd(last);
      })();
      if (who && !carriesOn) {
        flush();
        orphanMode = false;
        addressee = who;
        nodes.push(heading(headingText(filled[0]!), 3, ln));
        lastTableRow = { raw: b.raw, lines: b.lines, kind: 'addressee' };
        continue;
      }
    }

    if (labels.has(i)) {
      flush();
      orphanMode = false;
      const lab = rowLabel(b)!;
      const number = lab.number;
      const first = seen.get(number);
      if (first !== undefined) throw new ParseError(ln, `item ${number} appears twice (first at line ${first})`);
      seen.set(number, ln);
      const cells = alignRow(b, columns, { recOpen: true, actionOpen: null }, lab.cell);
      const d: Draft = {
        label: lab.label,
        number,
        lines: [ln, ln],
        recRaws: [],
        recLines: null,
        status: null,
        actions: [],
        owners: [],
        dates: [],
        addressee,
      };
      const statusRaw = cells.get('status');
      if (statusRaw === undefined) {
        const last = i === tableEnd - 1 || blocks.slice(i + 1, tableEnd).every((x) => x.type === 'rule');
        throw new ParseError(
          ln,
          last && totalsIdx < 0
            ? `item ${number}'s row breaks off before its Agreed/Partly Agreed/Not Agreed column and no totals table follows: the document looks truncated`
            : `item ${number} has no Agreed/Partly Agreed/Not Agreed status`,
        );
      }
      const status = statusOf(statusRaw);
      if (!status) {
        throw new ParseError(ln, `item ${number} has the status "${plain(statusRaw)}"; expected Agreed, Partly Agreed or Not Agreed`);
      }
      d.status = status;
      const rec = cells.get('rec');
      if (rec) {
        d.recRaws.push(rec);
        d.recLines = [ln, ln];
      }
      if (cells.has('actions')) addPieces(d.actions, cells.get('actions')!, ln, null);
      if (cells.has('owners')) addPieces(d.owners, cells.get('owners')!, ln, null);
      if (cells.has('dates')) addPieces(d.dates, cells.get('dates')!, ln, null);
      draft = d;
      lastTableRow = { raw: b.raw, lines: b.lines, kind: 'item', short: cutShort(b, cells) };
      continue;
    }

    // A continuation row: the item's text goes on after a page break.
    if (!draft || orphanMode) {
      // No item to carry on: a fragment of an item missing from the document. Kept as a row.
      emit(findingFromBlock(b, 'table-row'));
      lastTableRow = { raw: b.raw, lines: b.lines, kind: 'orphan' };
      continue;
    }
    const d: Draft = draft;
    const cells = alignRow(b, columns, { recOpen: recIsOpen(d), actionOpen: lastOpen(d.actions) }, null);
    const rec = cells.get('rec');
    if (rec && !recIsOpen(d) && !startsWithHeading(rec)) {
      // The recommendation is complete, yet the row carries on a sentence: if the numbering
      // jumps after this item, the row is the tail of a missing item, not part of this one.
      const next = nextLabelAfter(i);
      if (next === null || next !== d.number + 1) {
        flush();
        orphanMode = true;
        nodes.push(findingFromBlock(b, 'table-row'));
        lastTableRow = { raw: b.raw, lines: b.lines, kind: 'orphan' };
        continue;
      }
    }
    const st = cells.get('status');
    if (st !== undefined) {
      throw new ParseError(ln, `a second status "${plain(st)}" for item ${d.number} in a row that carries it on`);
    }
    if (rec) {
      d.recRaws.push(rec);
      d.recLines = d.recLines ? [d.recLines[0], ln] : [ln, ln];
    }
    if (cells.has('actions')) addPieces(d.actions, cells.get('actions')!, ln, actionContinues);
    if (cells.has('owners')) addPieces(d.owners, cells.get('owners')!, ln, ownerContinues);
    if (cells.has('dates')) addPieces(d.dates, cells.get('dates')!, ln, dateContinues);
    d.lines = [d.lines[0], ln];
    lastTableRow = { raw: b.raw, lines: b.lines, kind: 'item', short: cutShort(b, cells) };
  }

  // Without its totals table, a table that stops mid-item is a truncated document.
  if (totalsIdx < 0 && lastTableRow) {
    const row = lastTableRow;
    const at = row.lines[1];
    const cut = (why: string) =>
      new ParseError(at, `the items table stops ${why} and no totals table follows: the document looks truncated`);
    // The document's last line, whatever block it made, ends inside a tag it opened.
    let end = lines.length;
    while (end > 0 && lines[end - 1]!.trim() === '') end--;
    if (end > 0 && end >= blocks[firstItemIdx]!.lines[0] && !tagsBalanced(lines[end - 1]!)) {
      throw new ParseError(end, 'the items table stops inside a cell (a <p> or <b> tag is left open) and no totals table follows: the document looks truncated');
    }
    if (!tagsBalanced(row.raw)) throw cut('inside a cell (a <p> or <b> tag is left open)');
    if (row.short) throw cut('part-way through a row (its last columns are missing)');
    if (lastTableRow.kind === 'addressee') throw cut('on an addressee heading with no item under it');
    if (lastTableRow.kind === 'header') throw cut('right after its header row');
    const d = draft as Draft | null;
    if (lastTableRow.kind === 'item' && d) {
      const lastOf = (ps: Piece[]) => plain(ps[ps.length - 1]?.raw ?? '');
      if (recIsOpen(d)) throw cut(`in item ${d.number}'s recommendation ("…${recParagraphs(d).map(plain).join(' ').slice(-40)}")`);
      if (d.actions.length === 0) throw cut(`in item ${d.number}, before its actions`);
      if (lastOpen(d.actions)) throw cut(`in item ${d.number}'s actions ("…${lastOf(d.actions).slice(-40)}")`);
      if (d.status !== 'Not Agreed' && d.owners.length === 0) throw cut(`in item ${d.number}, before its owners`);
      if (d.status !== 'Not Agreed' && d.dates.length === 0) throw cut(`in item ${d.number}, before its target dates`);
      const lo = d.owners[d.owners.length - 1];
      if (lo && ownerContinues(lo.raw, 'X')) throw cut(`in item ${d.number}'s owners ("…${lastOf(d.owners).slice(-40)}")`);
      const ld = d.dates[d.dates.length - 1];
      if (ld && dateContinues(ld.raw, 'X')) throw cut(`in item ${d.number}'s target dates ("…${lastOf(d.dates).slice(-40)}")`);
    }
  }
  // HMPPS plans close with their totals table; a plan without one was cut short, even where
  // the cut fell neatly between two rows.
  if (totalsIdx < 0) {
    throw new ParseError(lines.length, 'no totals table (Agreed / Partly Agreed / Not Agreed / Total) after the items table: the document looks truncated');
  }
  flush();

  // ---- the totals table and whatever follows it
  let planTotals: ParsedPlanTotals | null = null;
  if (totalsIdx >= 0) {
    planTotals = { agreed: null, partlyAgreed: null, notAgreed: null, total: null, line: blocks[totalsIdx]!.lines[0] };
    let i = totalsHeadIdx;
    let lastTotals = totalsIdx;
    for (; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (i === totalsHeadIdx && i !== totalsIdx && b.type === 'table-row') {
        nodes.push(findingFromBlock(b, 'table-row'));
        continue;
      }
      const t = totalsRow(b);
      if (!t || b.type !== 'table-row') break;
      if (t.label === 'agreed') planTotals.agreed = t.value;
      else if (t.label === 'partly agreed') planTotals.partlyAgreed = t.value;
      else if (t.label === 'not agreed') planTotals.notAgreed = t.value;
      else planTotals.total = t.value;
      nodes.push(findingFromBlock(b, 'table-row'));
      lastTotals = i;
    }
    const rest = blocks.slice(i).filter((b) => b.type !== 'rule');
    if (planTotals.total === null && rest.length === 0) {
      throw new ParseError(
        blocks[lastTotals]!.lines[1],
        'the totals table ends without its Total row and nothing follows: the document looks truncated',
      );
    }
    for (; i < blocks.length; i++) proseBlock(blocks[i]!);
  }

  // ---- metadata
  const cover = readCover(coverParagraphs, plainHeadings);
  const region = cover.regionName;
  const responseTo = cover.responseTo ? sentenceCase(cover.responseTo) : 'response to the HM Inspectorate of Probation inspection recommendations';
  const title = `Action plan: ${responseTo}${region ? ` — ${region} region` : ''}`;
  const entitiesMentioned: ParsedDocument['entitiesMentioned'] = [];
  if (region) {
    for (const pdu of cover.pdus) {
      if (!entitiesMentioned.some((e) => e.name === pdu)) entitiesMentioned.push({ name: pdu, type: 'pdu', regionName: region });
    }
    entitiesMentioned.push({ name: region, type: 'region', regionName: region });
  }

  return {
    kind: 'action-plan',
    title,
    publisher: PUBLISHER,
    entityName: region,
    entityType: region ? 'region' : null,
    regionName: region,
    published: cover.published,
    leadInspector: null,
    chiefInspector: null,
    isbn: null,
    framework: null,
    verdicts: [],
    ratings: [],
    keyQuestions: [],
    recommendations: [],
    actionPlanItems: items,
    planTotals,
    footnotes,
    previousRecommendations: [],
    entitiesMentioned,
    nodes,
  };
}
