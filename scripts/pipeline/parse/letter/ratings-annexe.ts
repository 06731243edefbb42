// Annexe two of a regional letter: one ratings table per PDU inspected, under the programme
// whose standards the tables name (the 2021 framework's 9 PDU standards, score /27). Rows are
// read by content, whatever block PDF extraction made of them: a table row, a paragraph or a
// heading.
import type { Block } from '../../blocks';
import type { FindingKind, Rating } from '../../../../src/schemas';
import { ParseError, type DocFinding, type DocNode, type Lines, type ParsedRating, type ParsedVerdict } from '../../types';
import { findingFromBlock, findingFromRaw, heading, headingText, isoDate, normaliseCode, requireRating } from '../common';
import { normalisePduName, plain } from './names';
import { maxScore } from '../../framework/ratings';
import type { Programme } from '../../framework/programmes';

export type TextBlock = Exclude<Block, { type: 'rule' }>;

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
    return { type: 'header', pdu: normalisePduName(header[1]!), fieldwork: fw ? isoDate(fw[1]!) : null, score: n, scoreMax: max };
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
function readStandard(f: Frame, pdu: string, code: string, rest: string[], line: number): { name: string; rating: Rating } {
  const expected = f.names[code];
  if (!expected) throw new ParseError(line, `standard ${code} is not one of the ${f.framework} framework's PDU standards (${f.codes.join(', ')})`);
  const text = rest.join(' ').replace(/\s+/g, ' ').trim();
  let name: string;
  let ratingText: string;
  if (text.toLowerCase() === expected.toLowerCase() || text.toLowerCase().startsWith(`${expected.toLowerCase()} `)) {
    name = text.slice(0, expected.length);
    ratingText = text.slice(expected.length).trim();
  } else if (rest.length >= 2) {
    name = rest[0]!;
    ratingText = rest.slice(1).join(' ');
  } else {
    throw new ParseError(line, `cannot read standard ${code} for ${pdu}: expected "${expected}" followed by a rating, found "${text.slice(0, 80)}"`);
  }
  if (name.toLowerCase() !== expected.toLowerCase()) {
    throw new ParseError(line, `standard ${code} for ${pdu} is named "${name}"; the ${f.framework} framework names it "${expected}"`);
  }
  if (!ratingText) throw new ParseError(line, `standard ${code} ${name} for ${pdu} has no rating`);
  return { name, rating: requireRating(ratingText, line, `${pdu}, standard ${code} ${name}`) };
}

/** The lines of a block read as rows of a table (tab-separated cells, markup removed). */
function rowsOf(block: TextBlock, lines: string[]): { cells: string[]; line: number }[] {
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
  overall: Rating | null;
  codes: Set<string>;
  fieldwork: string | null;
  score: number;
  scoreMax: number;
}

/** Reads annexe two's blocks, table by table, and checks each table is whole. */
export class RatingsAnnexe {
  readonly tables: Table[] = [];
  private table: Table | null = null;
  private readonly frame: Frame;

  constructor(
    private readonly programme: Programme,
    private readonly lines: string[],
    private readonly push: (node: DocNode) => number,
    private readonly notePdu: (name: string) => void,
    private readonly ratings: ParsedRating[],
  ) {
    this.frame = frameOf(programme);
  }

  /** The PDU whose table is being read, if any. */
  get pdu(): string | null {
    return this.table?.pdu ?? null;
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
    const { lines, push } = this;
    const rows = rowsOf(b, lines);
    const kinds = rows.map((r) => classifyRow(this.frame, r.cells, r.line));
    if (rows.length && kinds.every((k) => k.type !== 'other')) {
      rows.forEach((r, k) => {
        const row = kinds[k]!;
        const one: Lines = [r.line, r.line];
        const finding = (kind: FindingKind, code: string | null, entity: string | null): DocFinding =>
          b.type === 'table-row'
            ? findingFromBlock(b, kind, code, entity)
            : { ...findingFromRaw(lines[r.line - 1]!.replace(/^\s*#{1,6}\s+/, '').split('\t').filter((c) => c.trim()).join(' \u2003 '), kind, one, code, entity), cells: r.cells };
        if (row.type === 'header') {
          this.closeTable();
          if (this.tables.some((t) => t.pdu === row.pdu)) throw new ParseError(r.line, `a second ratings table for ${row.pdu}`);
          this.table = { pdu: row.pdu, headerLine: r.line, lastLine: r.line, overall: null, codes: new Set(), fieldwork: row.fieldwork, score: row.score, scoreMax: row.scoreMax };
          this.tables.push(this.table);
          this.notePdu(row.pdu);
          push(finding('rating', null, row.pdu));
          return;
        }
        const table = this.table;
        if (!table) throw new ParseError(r.line, 'a ratings row before any PDU\'s table header ("<name> PDU … Score N/27")');
        table.lastLine = r.line;
        if (row.type === 'overall') {
          if (table.overall) throw new ParseError(r.line, `a second overall rating for ${table.pdu}`);
          table.overall = requireRating(row.ratingText, r.line, `${table.pdu}, overall rating`);
          push(finding('rating', null, table.pdu));
        } else if (row.type === 'domain') {
          push(finding('table-row', null, table.pdu));
        } else if (row.type === 'standard') {
          const { name, rating } = readStandard(this.frame, table.pdu, row.code, row.rest, r.line);
          if (table.codes.has(row.code)) throw new ParseError(r.line, `standard ${row.code} is rated twice for ${table.pdu}`);
          table.codes.add(row.code);
          this.ratings.push({ entityName: table.pdu, framework: this.programme.framework, code: row.code, name, rating, line: r.line });
          push(finding('rating', row.code, table.pdu));
        }
      });
      return;
    }
    // Not a row of the table: prose or a heading inside the annexe.
    if (b.type === 'heading') {
      push(heading(headingText(b.raw), 3, b.lines[0]));
    } else {
      const kind: FindingKind = b.type === 'bullet' ? 'bullet' : b.type === 'table-row' ? 'table-row' : 'narrative';
      push(findingFromBlock(b, kind, null, this.table?.pdu ?? null));
    }
  }

  /** Each table's verdict: fieldwork, score, overall rating. */
  verdicts(): ParsedVerdict[] {
    return this.tables.map((t) => ({
      entityName: t.pdu,
      entityType: 'pdu',
      framework: this.programme.framework,
      fieldworkStarted: t.fieldwork,
      score: t.score,
      scoreMax: t.scoreMax,
      overallRating: t.overall,
      line: t.headerLine,
    }));
  }
}
