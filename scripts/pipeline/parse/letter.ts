// Reads a regional letter (the 2021 programme's regional review: HMI Probation's letter to a
// Regional Probation Director) into a ParsedDocument:
//   letterhead, date, To/CC, salutation            → 'metadata' findings
//   regional observations, sections, Summary       → headings (level 2), "Key strengths" /
//                                                     "(Key) areas for improvement" (level 3),
//                                                     narrative / strength / area-for-improvement
//   "Yours sincerely" … up to the first annexe      → 'metadata' findings (signature, OCR debris)
//   Annexe one: "X PDU should:" (level 3) starts a group; the region / HMPPS "should:" headings
//     that follow (level 4) belong to that PDU's inspection → 'recommendation' findings
//   Annexe two: one ratings table per PDU (2021 framework, 9 standards, score /27)
//     → verdicts, ratings and 'rating' / 'table-row' findings
// A pure function of the lines: no I/O, no clock.
import { segment, type Block } from '../blocks';
import { parseInline } from '../inline';
import type { FindingKind, Rating } from '../../../src/schemas';
import {
  ParseError,
  type DocFinding,
  type DocNode,
  type Lines,
  type ParsedDocument,
  type ParsedFootnote,
  type ParsedRating,
  type ParsedRecommendation,
  type ParsedVerdict,
} from '../types';
import { addresseeOf, findingFromBlock, findingFromRaw, heading, headingText, isoDate, normaliseCode, requireRating } from './common';

const PUBLISHER = 'HM Inspectorate of Probation';

/** The 2021 programme's PDU standards, as the framework names them. */
export const PDU_STANDARDS_2021: Readonly<Record<string, string>> = {
  '1.1': 'Leadership',
  '1.2': 'Staff',
  '1.3': 'Services',
  '1.4': 'Information and facilities',
  '2.1': 'Court work',
  '2.2': 'Assessment',
  '2.3': 'Planning',
  '2.4': 'Implementation and delivery',
  '2.5': 'Reviewing',
};
const STANDARD_CODES = Object.keys(PDU_STANDARDS_2021);
const SCORE_MAX_2021 = 3 * STANDARD_CODES.length; // 27

/** The Probation Service's regions; a name counts as mentioned when written "<name> (probation) region". */
const REGIONS: { name: string; pattern: string }[] = [
  { name: 'North East', pattern: 'North East' },
  { name: 'North West', pattern: 'North West' },
  { name: 'Yorkshire and the Humber', pattern: 'Yorkshire and (?:the )?Humber' },
  { name: 'Greater Manchester', pattern: 'Greater Manchester' },
  { name: 'East Midlands', pattern: 'East Midlands' },
  { name: 'West Midlands', pattern: 'West Midlands' },
  { name: 'East of England', pattern: 'East of England' },
  { name: 'London', pattern: 'London' },
  { name: 'Kent, Surrey and Sussex', pattern: 'Kent,? Surrey,? and Sussex' },
  { name: 'South Central', pattern: 'South Central' },
  { name: 'South West', pattern: 'South West' },
  { name: 'Wales', pattern: 'Wales' },
];

type TextBlock = Exclude<Block, { type: 'rule' }>;

/** Plain text of a bit of markup (tags, emphasis and entities removed, spaces collapsed). */
const plain = (raw: string): string => parseInline(raw).text;

/** "<b>Dorset PDU</b>" / "Dorset Probation Delivery Unit" / "Dorset" → "Dorset". */
export function normalisePduName(raw: string): string {
  return plain(raw)
    .replace(/\s+(?:PDU|Probation Delivery Unit)s?$/i, '')
    .replace(/\s+&\s+/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST_HEADING: { re: RegExp; kind: FindingKind }[] = [
  { re: /^(?:key\s+)?strengths:?$/i, kind: 'strength' },
  { re: /^(?:key\s+)?areas\s+for\s+improvement:?$/i, kind: 'area-for-improvement' },
];
const SALUTATION = /^Dear\s+\S/;
const VALEDICTION = /^Yours\s+(?:sincerely|faithfully|truly)\b/i;
const ANNEXE = /^annexe?\b/i;

/** One row of an annexe ratings table, read by content: cells are plain and non-empty. */
type Row =
  | { type: 'header'; pdu: string; fieldwork: string | null; score: number; scoreMax: number }
  | { type: 'overall'; ratingText: string }
  | { type: 'domain' }
  | { type: 'standard'; code: string; rest: string[] }
  | { type: 'other' };

function classifyRow(cells: string[], line: number): Row {
  const joined = cells.join(' ').replace(/\s+/g, ' ').trim();
  const header = /^(.+?)\s+(?:PDU|Probation Delivery Unit)\b(.*)$/i.exec(joined);
  // A table's title row: "<name> PDU  Fieldwork started June 2023  Score  8/27" (a short name, not prose).
  if (header && header[1]!.split(' ').length <= 8 && /\b(?:score|fieldwork)\b/i.test(header[2]!)) {
    const rest = header[2]!;
    const fw = /fieldwork\s+started:?\s+([A-Za-z]+\s+\d{4})/i.exec(rest);
    const score = /\bscore\b\s*:?\s*(\d+)\s*\/\s*(\d+)/i.exec(rest) ?? /(\d+)\s*\/\s*(\d+)/.exec(rest);
    if (!score) throw new ParseError(line, `the ratings table for "${header[1]}" has no score written N/${SCORE_MAX_2021}`);
    const [n, max] = [Number(score[1]), Number(score[2])];
    if (max !== SCORE_MAX_2021 || n > max) {
      throw new ParseError(
        line,
        `score "${score[0].trim()}" for "${header[1]}" is not N/${SCORE_MAX_2021} (the 2021 framework has ${STANDARD_CODES.length} standards)`,
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
function readStandard(pdu: string, code: string, rest: string[], line: number): { name: string; rating: Rating } {
  const expected = PDU_STANDARDS_2021[code];
  if (!expected) throw new ParseError(line, `standard ${code} is not one of the 2021 framework's PDU standards (${STANDARD_CODES.join(', ')})`);
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
    throw new ParseError(line, `standard ${code} for ${pdu} is named "${name}"; the 2021 framework names it "${expected}"`);
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

export function parseRegionalLetter(lines: string[]): ParsedDocument {
  const blocks = segment(lines).filter((b): b is TextBlock => b.type !== 'rule');
  const nodes: DocNode[] = [];
  const footnotes: ParsedFootnote[] = [];
  const recommendations: ParsedRecommendation[] = [];
  const verdicts: ParsedVerdict[] = [];
  const ratings: ParsedRating[] = [];
  const pduNames: string[] = [];
  const notePdu = (name: string) => {
    if (!pduNames.includes(name)) pduNames.push(name);
  };

  let published: string | null = null;
  let leadInspector: string | null = null;
  let chiefInspector: string | null = null;
  let regionFromText: string | null = null;

  const push = (node: DocNode): number => {
    nodes.push(node);
    return nodes.length - 1;
  };
  const blockText = (b: TextBlock) => (b.type === 'table-row' ? plain(b.cells.join(' ')) : plain(b.raw));

  // ---- Front matter: everything up to and including the salutation ("Dear Angela,").
  let i = 0;
  let salutation = blocks.findIndex((b) => b.type === 'paragraph' && SALUTATION.test(blockText(b)));
  if (salutation === -1) {
    // No salutation: the front matter is the run of short blocks before the first prose.
    salutation = blocks.findIndex((b) => blockText(b).split(' ').length >= 20) - 1;
  }
  for (; i <= salutation; i++) {
    const b = blocks[i]!;
    if (b.type === 'footnote') continue;
    let raw = b.type === 'table-row' ? b.cells.filter((c) => c.trim()).join(' \u2003 ') : b.raw;
    let span: Lines = b.lines;
    // A CC entry wrapped onto a second line ("…Planning and Performance," / "HMPPS, …") is one entry.
    while (/,\s*$/.test(plain(raw)) && i + 1 < salutation && blocks[i + 1]!.type === 'paragraph') {
      const next = blocks[++i] as Extract<TextBlock, { type: 'paragraph' }>;
      raw = `${raw} ${next.raw}`;
      span = [span[0], next.lines[1]];
    }
    const f = findingFromRaw(raw, 'metadata', span);
    push(f);
    if (!published) {
      const d = f.text.split(' ').length <= 6 ? isoDate(f.text) : null;
      if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) published = d;
    }
    const lead = /^(.+?),\s*Lead Inspector\b/i.exec(f.text) ?? /\bLead Inspector:?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*$/.exec(f.text);
    if (lead && !leadInspector) leadInspector = lead[1]!.trim();
  }

  // ---- Body, signature and annexes.
  type Mode = 'body' | 'signature' | 'recommendations' | 'ratings' | 'annexe';
  let mode: Mode = 'body';
  let listKind: FindingKind | null = null;
  let bulletSinceList = false;
  let addressee: string | null = null;
  let group: string | null = null; // the PDU whose inspection the current recommendations come from
  let sawRatingsAnnexe = false;
  let ratingsAnnexeLine = 0;
  const tables: Table[] = [];
  /** PDUs whose inspection's recommendations annexe one lists, and the line of their heading. */
  const groups = new Map<string, number>();
  const cur: { table: Table | null } = { table: null };
  const signature: string[] = [];

  const closeTable = () => {
    const table = cur.table;
    if (!table) return;
    const missing = STANDARD_CODES.filter((c) => !table.codes.has(c));
    if (missing.length || !table.overall) {
      const what = [...(table.overall ? [] : ['the overall rating']), ...missing.map((c) => `${c} ${PDU_STANDARDS_2021[c]}`)];
      throw new ParseError(
        table.lastLine,
        `the ratings table for ${table.pdu} (from line ${table.headerLine}) ends without ${what.join(', ')}; is the document truncated?`,
      );
    }
    cur.table = null;
  };

  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'footnote') {
      const { inline, text } = parseInline(b.raw);
      footnotes.push({ number: b.number, text, inline, lines: b.lines });
      continue;
    }
    const text = blockText(b);

    if (mode === 'body' && !regionFromText) {
      const m = /\bProbation Service\s*[–—-]\s*(.+?)\s+region\b/.exec(text);
      if (m) regionFromText = m[1]!.trim();
    }

    // Annexe two's rows are read by content whatever block they were segmented into.
    if (mode === 'ratings' && !(b.type === 'heading' && ANNEXE.test(headingText(b.raw)))) {
      const rows = rowsOf(b, lines);
      const kinds = rows.map((r) => classifyRow(r.cells, r.line));
      if (rows.length && kinds.every((k) => k.type !== 'other')) {
        rows.forEach((r, k) => {
          const row = kinds[k]!;
          const one: Lines = [r.line, r.line];
          const finding = (kind: FindingKind, code: string | null, entity: string | null): DocFinding =>
            b.type === 'table-row'
              ? findingFromBlock(b, kind, code, entity)
              : { ...findingFromRaw(lines[r.line - 1]!.replace(/^\s*#{1,6}\s+/, '').split('\t').filter((c) => c.trim()).join(' \u2003 '), kind, one, code, entity), cells: r.cells };
          if (row.type === 'header') {
            closeTable();
            if (tables.some((t) => t.pdu === row.pdu)) throw new ParseError(r.line, `a second ratings table for ${row.pdu}`);
            cur.table = { pdu: row.pdu, headerLine: r.line, lastLine: r.line, overall: null, codes: new Set(), fieldwork: row.fieldwork, score: row.score, scoreMax: row.scoreMax };
            tables.push(cur.table);
            notePdu(row.pdu);
            push(finding('rating', null, row.pdu));
            return;
          }
          const table = cur.table;
          if (!table) throw new ParseError(r.line, 'a ratings row before any PDU\'s table header ("<name> PDU … Score N/27")');
          table.lastLine = r.line;
          if (row.type === 'overall') {
            if (table.overall) throw new ParseError(r.line, `a second overall rating for ${table.pdu}`);
            table.overall = requireRating(row.ratingText, r.line, `${table.pdu}, overall rating`);
            push(finding('rating', null, table.pdu));
          } else if (row.type === 'domain') {
            push(finding('table-row', null, table.pdu));
          } else if (row.type === 'standard') {
            const { name, rating } = readStandard(table.pdu, row.code, row.rest, r.line);
            if (table.codes.has(row.code)) throw new ParseError(r.line, `standard ${row.code} is rated twice for ${table.pdu}`);
            table.codes.add(row.code);
            ratings.push({ entityName: table.pdu, framework: '2021', code: row.code, name, rating, line: r.line });
            push(finding('rating', row.code, table.pdu));
          }
        });
        continue;
      }
      // Not a row of the table: prose or a heading inside the annexe.
      if (b.type === 'heading') {
        push(heading(headingText(b.raw), 3, b.lines[0]));
      } else {
        const kind: FindingKind = b.type === 'bullet' ? 'bullet' : b.type === 'table-row' ? 'table-row' : 'narrative';
        push(findingFromBlock(b, kind, null, cur.table?.pdu ?? null));
      }
      continue;
    }

    if (b.type === 'heading') {
      const h = headingText(b.raw);
      if (mode === 'signature') mode = 'body';
      const list = LIST_HEADING.find((l) => l.re.test(h));
      const who = addresseeOf(h);
      if (ANNEXE.test(h)) {
        closeTable();
        mode = /rating/i.test(h) ? 'ratings' : /recommendation/i.test(h) ? 'recommendations' : 'annexe';
        if (mode === 'ratings') {
          sawRatingsAnnexe = true;
          ratingsAnnexeLine = b.lines[0];
        }
        listKind = null;
        addressee = null;
        group = null;
        push(heading(h, 2, b.lines[0]));
      } else if (list) {
        listKind = list.kind;
        bulletSinceList = false;
        push(heading(h, 3, b.lines[0]));
      } else if (who) {
        addressee = who;
        if (/\s(?:PDU|Probation Delivery Unit)$/i.test(who)) {
          group = normalisePduName(who);
          notePdu(group);
          if (!groups.has(group)) groups.set(group, b.lines[0]);
          push(heading(h, 3, b.lines[0]));
        } else {
          push(heading(h, group ? 4 : 3, b.lines[0]));
        }
      } else {
        listKind = null;
        addressee = null;
        push(heading(h, 2, b.lines[0]));
      }
      continue;
    }

    if (mode === 'body' && b.type === 'paragraph' && VALEDICTION.test(text)) mode = 'signature';

    if (mode === 'signature') {
      // Keep the lines as written: a scanned signature read as a bullet ("- Lussell") is debris, not a list.
      const raw = b.type === 'bullet' ? `${b.marker} ${b.raw}` : b.type === 'table-row' ? b.cells.filter((c) => c.trim()).join(' \u2003 ') : b.raw;
      const f = findingFromRaw(raw, 'metadata', b.lines);
      signature.push(f.text);
      push(f);
      continue;
    }

    if (addressee) {
      // Every item under an "X should:" heading is a recommendation, bulleted or not.
      const f = findingFromBlock(b, 'recommendation', null, group);
      const node = push(f);
      recommendations.push({ number: null, addressee, aboutEntityName: group, text: f.text, node, lines: f.lines });
      continue;
    }

    let kind: FindingKind;
    if (b.type === 'bullet') bulletSinceList = true;
    if (b.type === 'bullet') kind = listKind ?? 'bullet';
    else if (b.type === 'table-row') kind = 'table-row';
    else {
      // A paragraph between two bullets of a strengths / improvements list is an unbulleted item
      // of that list; a paragraph before or after the list is narrative.
      // Under a list heading whose items lost their bullets, every paragraph is an item.
      const prev = blocks[i - 1];
      const next = blocks[i + 1];
      kind = listKind && ((prev?.type === 'bullet' && next?.type === 'bullet') || !bulletSinceList) ? listKind : 'narrative';
    }
    push(findingFromBlock(b, kind, null, mode === 'body' ? null : group));
  }
  closeTable();

  if (!sawRatingsAnnexe) {
    throw new ParseError(lines.length, 'no ratings annexe ("Annexe two - PDU ratings"): the letter is incomplete or truncated');
  }
  if (tables.length === 0) throw new ParseError(ratingsAnnexeLine, 'the ratings annexe holds no PDU ratings table');
  // Each PDU inspection whose recommendations annexe one lists is rated in annexe two: a PDU
  // without its table means a table (or the end of the document) is missing.
  const rated = new Set(tables.map((t) => t.pdu.toLowerCase()));
  for (const [pdu, line] of groups) {
    if (!rated.has(pdu.toLowerCase())) {
      throw new ParseError(ratingsAnnexeLine, `the ratings annexe has no table for ${pdu} PDU, whose recommendations are at line ${line} (document truncated or a table missing?)`);
    }
  }

  for (const t of tables) {
    verdicts.push({
      entityName: t.pdu,
      entityType: 'pdu',
      framework: '2021',
      fieldworkStarted: t.fieldwork,
      score: t.score,
      scoreMax: t.scoreMax,
      overallRating: t.overall,
      line: t.headerLine,
    });
  }

  // Chief Inspector: the name above "Chief Inspector of Probation" in the signature block.
  const ci = signature.findIndex((s) => /\bChief Inspector\b/i.test(s));
  for (let k = ci - 1; k >= 0; k--) {
    const name = signature[k]!.replace(/,$/, '');
    if (/^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,4}$/.test(name)) {
      chiefInspector = name;
      break;
    }
  }

  const allText = nodes.map((n) => n.text).join('\n');
  let regionName = regionFromText;
  if (!regionName) {
    const fromHeading = recommendations.map((r) => /^(.+?)\s+region$/.exec(r.addressee)?.[1]).find(Boolean);
    regionName = fromHeading ?? null;
  }
  if (!regionName) throw new ParseError(1, 'cannot tell which region the letter is about (no "Probation Service – X region" nor "X region should:")');

  const entitiesMentioned: ParsedDocument['entitiesMentioned'] = [{ name: regionName, type: 'region', regionName }];
  for (const p of pduNames) entitiesMentioned.push({ name: p, type: 'pdu', regionName });
  for (const r of REGIONS) {
    if (r.name.toLowerCase() === regionName.toLowerCase()) continue;
    if (new RegExp(`\\b${r.pattern}\\s+(?:probation\\s+)?region\\b`).test(allText)) {
      entitiesMentioned.push({ name: r.name, type: 'region', regionName: r.name });
    }
  }

  return {
    kind: 'regional-letter',
    title: `Regional letter: ${regionName} region`,
    publisher: PUBLISHER,
    entityName: regionName,
    entityType: 'region',
    regionName,
    published,
    leadInspector,
    chiefInspector,
    isbn: null,
    framework: '2021',
    verdicts,
    ratings,
    keyQuestions: [],
    recommendations,
    actionPlanItems: [],
    planTotals: null,
    footnotes,
    previousRecommendations: [],
    entitiesMentioned,
    nodes,
  };
}
