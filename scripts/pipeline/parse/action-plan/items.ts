// The items table, row by row: an item starts at a row with its number; rows with an empty
// first cell carry it on after a page break; addressee headings (a row, a paragraph or a
// heading) govern the items that follow; fragments of items missing from the document stay
// rows of their own. A table that stops mid-item with no totals after it is refused as cut.
import type { Block } from '../../blocks';
import { parseInline } from '../../inline';
import {
  ParseError,
  type DocFinding,
  type DocNode,
  type Lines,
  type ParsedActionPlanItem,
  type ParsedFootnote,
} from '../../types';
import { findingFromBlock, findingFromRaw, heading, headingText } from '../common';
import { cellParagraphs, closes, dateContinues, headingAddressee, isAnd, ownerContinues, plain, startsLower, statusOf, tagsBalanced } from './cells';
import { alignRow, rowLabel, startsWithHeading, type Role, type RowBlock, type TableBounds } from './columns';
import { plainHeading } from './cover';
import { crossReferences, lastOpen, recIsOpen, recParagraphs, type Draft, type Piece } from './draft';

/** What the reading of a plan produces, in document order. */
export interface PlanOutput {
  nodes: DocNode[];
  footnotes: ParsedFootnote[];
  items: ParsedActionPlanItem[];
}

export function readItems(blocks: Block[], lines: string[], table: TableBounds, out: PlanOutput): void {
  const { headerIdx, columns, labels, firstItemIdx, totalsIdx, tableStart, tableEnd } = table;
  const { nodes, footnotes, items } = out;
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
}
