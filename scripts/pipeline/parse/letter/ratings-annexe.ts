// Annexe two of a regional letter: one ratings table per PDU inspected, under the programme
// whose standards the tables name (the 2021 framework's 9 PDU standards, score /27). Rows are
// read by content, whatever block PDF extraction made of them: a table row, a paragraph or a
// heading.
import type { FindingKind } from '../../../../core/schemas';
import { ParseError, type DocFinding, type Lines } from '../../types';
import { findingFromBlock, findingFromRaw, heading, headingText, normaliseCode } from '../common';
import type { Fact, TextBlock, TreeNode } from '../../tree/types';
import { normalisePduName, plain } from './names';
import { maxScore } from '../../framework/ratings';
import type { Programme } from '../../framework/programmes';

export type { TextBlock } from '../../tree/types';

/** What a table is checked against: the programme's standards by code, and its maximum score. */
interface Frame {
  framework: string;
  names: Readonly<Record<string, string>>;
  codes: string[];
  scoreMax: number;
}

function frameOf(p: Programme): Frame {
  const names = Object.fromEntries(p.standards.map((s) => [s.code, s.name]));
  return { framework: p.framework, names, codes: Object.keys(names), scoreMax: maxScore(p.standards.length) };
}

/** One row of an annexe ratings table, read by content: cells are plain and non-empty. */
type Row =
  | { type: 'header'; pdu: string; fieldwork: string | null; score: number; scoreMax: number }
  | { type: 'overall'; ratingText: string }
  | { type: 'domain' }
  | { type: 'standard'; code: string; rest: string[] }
  | { type: 'other' };

function classifyRow(f: Frame, cells: string[], line: number): Row {
  const joined = cells.join(' ').replace(/\s+/g, ' ').trim();
  const header = /^(.+?)\s+(?:PDU|Probation Delivery Unit)\b(.*)$/i.exec(joined);
  // A table's title row: "<name> PDU  Fieldwork started June 2023  Score  8/27" (a short name, not prose).
  if (header && header[1]!.split(' ').length <= 8 && /\b(?:score|fieldwork)\b/i.test(header[2]!)) {
    const rest = header[2]!;
    const fw = /fieldwork\s+started:?\s+([A-Za-z]+\s+\d{4})/i.exec(rest);
    const score = /\bscore\b\s*:?\s*(\d+)\s*\/\s*(\d+)/i.exec(rest) ?? /(\d+)\s*\/\s*(\d+)/.exec(rest);
    if (!score) throw new ParseError(line, `the ratings table for "${header[1]}" has no score written N/${f.scoreMax}`);
    const [n, max] = [Number(score[1]), Number(score[2])];
    if (max !== f.scoreMax || n > max) {
      throw new ParseError(
        line,
        `score "${score[0].trim()}" for "${header[1]}" is not N/${f.scoreMax} (the ${f.framework} framework has ${f.codes.length} standards)`,
      );
    }
    return { type: 'header', pdu: normalisePduName(header[1]!), fieldwork: fw ? fw[1]! : null, score: n, scoreMax: max };
  }
  const overall = /^overall\s+rating\s*:?\s*(.*)$/i.exec(joined);
  if (overall) return { type: 'overall', ratingText: overall[1]! };
  if (/^\d\.$/.test(cells[0] ?? '') || /^\d\.\s+[A-Za-z]/.test(joined)) {
    if (!/^\d\.\d/.test(joined)) return { type: 'domain' };
  }
  if (cells.length > 1 && /^\d\.\d\.?$/.test(cells[0]!)) return { type: 'standard', code: normaliseCode(cells[0]!), rest: cells.slice(1) };
  const std = /^(\d\.\d)\.?\s+(.+)$/.exec(joined);
  if (std) return { type: 'standard', code: std[1]!, rest: [std[2]!] };
  return { type: 'other' };
}

/** Name and rating of a standard row: "Staff | Requires improvement" or "Staff Requires improvement". */
function readStandard(f: Frame, pdu: string, code: string, rest: string[], line: number): { name: string; rating: string } {
  const expected = f.names[code];
  if (!expected) throw new ParseError(line, `standard ${code} is not one of the ${f.framework} framework's PDU standards (${f.codes.join(', ')})`);
  const text = rest.join(' ').replace(/\s+/g, ' ').trim();
  let name: string;
  let rating: string;
  if (text.toLowerCase() === expected.toLowerCase() || text.toLowerCase().startsWith(`${expected.toLowerCase()} `)) {
    name = text.slice(0, expected.length);
    rating = text.slice(expected.length).trim();
  } else if (rest.length >= 2) {
    name = rest[0]!;
    rating = rest.slice(1).join(' ');
  } else {
    throw new ParseError(line, `cannot read standard ${code} for ${pdu}: expected "${expected}" followed by a rating, found "${text.slice(0, 80)}"`);
  }
  if (name.toLowerCase() !== expected.toLowerCase()) {
    throw new ParseError(line, `standard ${code} for ${pdu} is named "${name}"; the ${f.framework} framework names it "${expected}"`);
  }
  if (!rating) throw new ParseError(line, `standard ${code} ${name} for ${pdu} has no rating`);
  return { name, rating };
}

/** The lines of a block read as rows of a table (tab-separated cells, markup removed). */
function rowsOf(block: TextBlock, lines: readonly string[]): { cells: string[]; line: number }[] {
  if (block.type === 'table-row') {
    return [{ cells: block.cells.map(plain).filter((c) => c !== ''), line: block.lines[0] }];
  }
  const out: { cells: string[]; line: number }[] = [];
  for (let ln = block.lines[0]; ln <= block.lines[1]; ln++) {
    const text = lines[ln - 1]!.replace(/^\s*#{1,6}\s+/, '');
    const cells = text.split('\t').map(plain).filter((c) => c !== '');
    if (cells.length) out.push({ cells, line: ln });
  }
  return out;
}

interface Table {
  pdu: string;
  headerLine: number;
  lastLine: number;
  overall: boolean;
  codes: Set<string>;
}

/**
 * Reads annexe two's blocks, table by table, into the tree: each row a finding of its PDU,
 * stating the PDU's verdict, overall rating or a standard's rating; and checks each table is whole.
 */
export class RatingsAnnexe {
  readonly tables: Table[] = [];
  private table: Table | null = null;
  private readonly frame: Frame;

  constructor(
    programme: Programme,
    private readonly lines: readonly string[],
    private readonly add: (node: TreeNode) => void,
  ) {
    this.frame = frameOf(programme);
  }

  /** Ends the current table, refusing one that lacks a standard or the overall rating. */
  closeTable(): void {
    const table = this.table;
    if (!table) return;
    const missing = this.frame.codes.filter((c) => !table.codes.has(c));
    if (missing.length || !table.overall) {
      const what = [...(table.overall ? [] : ['the overall rating']), ...missing.map((c) => `${c} ${this.frame.names[c]}`)];
      throw new ParseError(
        table.lastLine,
        `the ratings table for ${table.pdu} (from line ${table.headerLine}) ends without ${what.join(', ')}; is the document truncated?`,
      );
    }
    this.table = null;
  }

  /** Reads one block of the annexe: rows of a table, or prose and headings around the tables. */
  read(b: TextBlock): void {
    const rows = rowsOf(b, this.lines);
    const kinds = rows.map((r) => classifyRow(this.frame, r.cells, r.line));
    if (rows.length && kinds.every((k) => k.type !== 'other')) {
      rows.forEach((r, k) => this.row(b, r, kinds[k]!));
      return;
    }
    // Not a row of the table: prose or a heading inside the annexe.
    if (b.type === 'heading') {
      this.add({ type: 'mark', heading: heading(headingText(b.raw), 3, b.lines[0]) });
    } else {
      const kind: FindingKind = b.type === 'bullet' ? 'bullet' : b.type === 'table-row' ? 'table-row' : 'narrative';
      this.add({ type: 'leaf', finding: findingFromBlock(b, kind, null, this.table?.pdu ?? null), block: b });
    }
  }

  /** One row's finding: the block's, or (a block holding several rows) the row's own line. */
  private finding(b: TextBlock, r: { cells: string[]; line: number }, kind: FindingKind, code: string | null, entity: string | null): DocFinding {
    if (b.type === 'table-row') return findingFromBlock(b, kind, code, entity);
    const raw = this.lines[r.line - 1]!.replace(/^\s*#{1,6}\s+/, '').split('\t').filter((c) => c.trim()).join(' \u2003 ');
    const one: Lines = [r.line, r.line];
    return { ...findingFromRaw(raw, kind, one, code, entity), cells: r.cells };
  }

  private row(b: TextBlock, r: { cells: string[]; line: number }, row: Row): void {
    const leaf = (f: DocFinding, fact?: Fact) => this.add({ type: 'leaf', finding: f, block: b, ...(fact ? { fact } : {}) });
    if (row.type === 'header') {
      this.closeTable();
      if (this.tables.some((t) => t.pdu === row.pdu)) throw new ParseError(r.line, `a second ratings table for ${row.pdu}`);
      this.table = { pdu: row.pdu, headerLine: r.line, lastLine: r.line, overall: false, codes: new Set() };
      this.tables.push(this.table);
      return leaf(this.finding(b, r, 'rating', null, row.pdu), { role: 'verdict', fieldwork: row.fieldwork, score: [row.score, row.scoreMax], line: r.line });
    }
    const table = this.table;
    if (!table) throw new ParseError(r.line, 'a ratings row before any PDU\'s table header ("<name> PDU … Score N/27")');
    table.lastLine = r.line;
    if (row.type === 'overall') {
      if (table.overall) throw new ParseError(r.line, `a second overall rating for ${table.pdu}`);
      table.overall = true;
      leaf(this.finding(b, r, 'rating', null, table.pdu), { role: 'overall-rating', rating: row.ratingText, line: r.line });
    } else if (row.type === 'domain') {
      leaf(this.finding(b, r, 'table-row', null, table.pdu));
    } else if (row.type === 'standard') {
      const { name, rating } = readStandard(this.frame, table.pdu, row.code, row.rest, r.line);
      if (table.codes.has(row.code)) throw new ParseError(r.line, `standard ${row.code} is rated twice for ${table.pdu}`);
      table.codes.add(row.code);
      leaf(this.finding(b, r, 'rating', row.code, table.pdu), { role: 'standard-rating', code: row.code, name, rating, line: r.line, ratingLine: r.line });
    }
  }
}
