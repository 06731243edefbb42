// The items table into the tree, row by row: an item starts at a row with its number and
// becomes an 'item' section (its recommendation and actions as findings, its other cells as
// read); rows with an empty first cell carry it on after a page break; addressee headings (a
// row, a paragraph or a heading) open an 'addressee' section for the items that follow;
// fragments of items missing from the document stay rows of their own. What stands between an
// item's rows (a paragraph, a heading) follows the item. wholeness.ts refuses a table cut short.
import type { Block } from '../../blocks';
import { parseInline } from '../../inline';
import { ParseError, type DocHeading } from '../../types';
import { findingFromBlock, findingFromRaw, headingText } from '../common';
import { section, type Section, type TextBlock, type TreeNode } from '../../tree/types';
import { cellParagraphs, closes, dateContinues, headingAddressee, isAnd, ownerContinues, plain, startsLower, statusOf } from './cells';
import { alignRow, rowLabel, startsWithHeading, type Role, type RowBlock, type TableBounds } from './columns';
import { plainHeading } from './cover';
import { lastOpen, recIsOpen, recParagraphs, type Draft, type Piece } from './draft';
import { requireWholeTable } from './wholeness';
import type { ItemsCtx, LastRow } from './context';

const top = (c: ItemsCtx) => c.stack[c.stack.length - 1]!;
const add = (c: ItemsCtx, n: TreeNode) => void top(c).children.push(n);
const emit = (c: ItemsCtx, n: TreeNode): void => void (c.draft ? c.deferred.push(n) : add(c, n));
const heading = (text: string, level: number, line: number): DocHeading => ({ type: 'heading', text, level, line });

/** The item read so far becomes its section, followed by what stood between its rows. */
function flush(c: ItemsCtx): void {
  const d = c.draft;
  if (d) {
    const item = section('item', null, {
      item: { number: d.number, label: d.label, lines: d.lines, status: d.status!, recParagraphs: recParagraphs(d), owners: d.owners.map((o) => o.raw), dates: d.dates.map((o) => o.raw), addressee: d.addressee },
    });
    const recRaw = d.recRaws.join(' ');
    if (recRaw.trim()) item.children.push({ type: 'leaf', finding: findingFromRaw(recRaw, 'recommendation', d.recLines ?? d.lines), block: d.block });
    for (const a of d.actions) item.children.push({ type: 'leaf', finding: findingFromRaw(a.raw, 'action', a.lines), block: d.block });
    add(c, item);
  }
  c.draft = null;
  for (const n of c.deferred) add(c, n);
  c.deferred = [];
}

function openAddressee(c: ItemsCtx, who: string, raw: string, b: TextBlock, line: number): void {
  flush(c);
  [c.orphanMode, c.addressee] = [false, who];
  c.stack.length = 1;
  const s = section('addressee', heading(headingText(raw), 3, line), { addressee: who });
  add(c, s);
  c.stack.push(s);
  c.lastRow = { raw: b.type === 'footnote' ? '' : b.raw, lines: b.lines, kind: 'addressee' };
}

/** A paragraph, heading or footnote between the table's rows. */
function proseInTable(c: ItemsCtx, b: Exclude<TextBlock, RowBlock>): void {
  // An addressee heading standing as a paragraph ("**HMPPS should:**") governs what follows.
  const raw = b.type === 'footnote' ? '' : b.raw;
  const who = b.type === 'heading' || (b.type === 'paragraph' && b.lines[0] === b.lines[1]) ? headingAddressee(raw) : null;
  if (who) return openAddressee(c, who, raw, b, b.lines[0]);
  if (b.type === 'footnote') {
    const { inline, text } = parseInline(b.raw);
    return add(c, { type: 'footnote', footnote: { number: b.number, text, inline, lines: b.lines } });
  }
  if (b.type === 'heading' || (b.type === 'paragraph' && b.lines[0] === b.lines[1] && plainHeading(b.raw))) {
    emit(c, { type: 'mark', heading: heading(headingText(b.raw), 2, b.lines[0]) });
    return;
  }
  emit(c, { type: 'leaf', finding: findingFromBlock(b, b.type === 'bullet' ? 'bullet' : 'narrative'), block: b });
}

/** A row that is an addressee heading of its own, unless it carries on a recommendation cut after "AND". */
function addresseeRow(c: ItemsCtx, b: RowBlock, filled: string[], i: number): boolean {
  if (filled.length !== 1 || c.table.labels.has(i)) return false;
  const who = headingAddressee(filled[0]!);
  const ps = c.draft ? recParagraphs(c.draft) : [];
  const carriesOn = c.draft !== null && ps.length > 0 && isAnd(ps[ps.length - 1]!);
  if (!who || carriesOn) return false;
  openAddressee(c, who, filled[0]!, b, b.lines[0]);
  return true;
}

const cutShort = (c: ItemsCtx, b: RowBlock, cells: Map<Role, string>) => b.cells.length < c.table.columns.length && !cells.has(c.table.columns[c.table.columns.length - 1]!);

function addPieces(list: Piece[], raw: string, ln: number, continues: ((prev: string, next: string) => boolean) | null): void {
  cellParagraphs(raw).forEach((p, k) => {
    const last = list[list.length - 1];
    if (k === 0 && last && continues && continues(last.raw, p)) {
      last.raw = `${last.raw} ${p}`;
      last.lines = [last.lines[0], ln];
    } else list.push({ raw: p, lines: [ln, ln] });
  });
}
const actionContinues = (prev: string, next: string) => !closes(prev) || startsLower(next);

/** A row opening an item with its number. */
function itemRow(c: ItemsCtx, b: RowBlock, i: number): void {
  flush(c);
  c.orphanMode = false;
  const ln = b.lines[0];
  const lab = rowLabel(b)!;
  const first = c.seen.get(lab.number);
  if (first !== undefined) throw new ParseError(ln, `item ${lab.number} appears twice (first at line ${first})`);
  c.seen.set(lab.number, ln);
  const cells = alignRow(b, c.table.columns, { recOpen: true, actionOpen: null }, lab.cell);
  const statusRaw = cells.get('status');
  if (statusRaw === undefined) {
    const last = i === c.table.tableEnd - 1 || c.blocks.slice(i + 1, c.table.tableEnd).every((x) => x.type === 'rule');
    throw new ParseError(
      ln,
      last && c.table.totalsIdx < 0
        ? `item ${lab.number}'s row breaks off before its Agreed/Partly Agreed/Not Agreed column and no totals table follows: the document looks truncated`
        : `item ${lab.number} has no Agreed/Partly Agreed/Not Agreed status`,
    );
  }
  const status = statusOf(statusRaw);
  if (!status) throw new ParseError(ln, `item ${lab.number} has the status "${plain(statusRaw)}"; expected Agreed, Partly Agreed or Not Agreed`);
  const rec = cells.get('rec');
  const d: Draft & { block: TextBlock } = { label: lab.label, number: lab.number, lines: [ln, ln], recRaws: rec ? [rec] : [], recLines: rec ? [ln, ln] : null, status, actions: [], owners: [], dates: [], addressee: c.addressee, block: b };
  if (cells.has('actions')) addPieces(d.actions, cells.get('actions')!, ln, null);
  if (cells.has('owners')) addPieces(d.owners, cells.get('owners')!, ln, null);
  if (cells.has('dates')) addPieces(d.dates, cells.get('dates')!, ln, null);
  c.draft = d;
  c.lastRow = { raw: b.raw, lines: b.lines, kind: 'item', short: cutShort(c, b, cells) };
}

/** A row carrying on the current item after a page break, or a fragment of an item missing from the document. */
function continuationRow(c: ItemsCtx, b: RowBlock, i: number): void {
  const d = c.draft;
  if (!d || c.orphanMode) {
    emit(c, { type: 'leaf', finding: findingFromBlock(b, 'table-row'), block: b });
    c.lastRow = { raw: b.raw, lines: b.lines, kind: 'orphan' };
    return;
  }
  const ln = b.lines[0];
  const cells = alignRow(b, c.table.columns, { recOpen: recIsOpen(d), actionOpen: lastOpen(d.actions) }, null);
  const rec = cells.get('rec');
  if (rec && !recIsOpen(d) && !startsWithHeading(rec) && nextLabelAfter(c, i) !== d.number + 1) {
    // The recommendation is complete, yet the row carries on a sentence and the numbering jumps
    // after this item: the row is the tail of a missing item, not part of this one.
    flush(c);
    c.orphanMode = true;
    add(c, { type: 'leaf', finding: findingFromBlock(b, 'table-row'), block: b });
    c.lastRow = { raw: b.raw, lines: b.lines, kind: 'orphan' };
    return;
  }
  const st = cells.get('status');
  if (st !== undefined) throw new ParseError(ln, `a second status "${plain(st)}" for item ${d.number} in a row that carries it on`);
  if (rec) {
    d.recRaws.push(rec);
    d.recLines = d.recLines ? [d.recLines[0], ln] : [ln, ln];
  }
  if (cells.has('actions')) addPieces(d.actions, cells.get('actions')!, ln, actionContinues);
  if (cells.has('owners')) addPieces(d.owners, cells.get('owners')!, ln, ownerContinues);
  if (cells.has('dates')) addPieces(d.dates, cells.get('dates')!, ln, dateContinues);
  d.lines = [d.lines[0], ln];
  c.lastRow = { raw: b.raw, lines: b.lines, kind: 'item', short: cutShort(c, b, cells) };
}

function nextLabelAfter(c: ItemsCtx, idx: number): number | null {
  for (let i = idx + 1; i < c.table.tableEnd; i++) if (c.table.labels.has(i)) return c.table.labels.get(i)!;
  return null;
}

function onRow(c: ItemsCtx, b: RowBlock, i: number): void {
  if (i === c.table.headerIdx) {
    add(c, { type: 'leaf', finding: findingFromBlock(b, 'table-row'), block: b });
    c.lastRow = { raw: b.raw, lines: b.lines, kind: 'header' };
    return;
  }
  const filled = b.cells.filter((x) => plain(x) !== '');
  if (filled.length === 0 || addresseeRow(c, b, filled, i)) return;
  if (c.table.labels.has(i)) itemRow(c, b, i);
  else continuationRow(c, b, i);
}

/** Reads the items table into a section of `root`. */
export function readItems(blocks: Block[], lines: readonly string[], table: TableBounds, root: Section): void {
  const items = section('items', null);
  root.children.push(items);
  const c: ItemsCtx = { blocks, lines, table, stack: [items], draft: null, orphanMode: false, addressee: null, deferred: [], seen: new Map(), lastRow: null };
  for (let i = table.tableStart; i < table.tableEnd; i++) {
    const b = blocks[i]!;
    if (b.type === 'rule') continue;
    if (b.type === 'table-row') onRow(c, b, i);
    else proseInTable(c, b);
  }
  requireWholeTable(c);
  flush(c);
}
