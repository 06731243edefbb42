// Inspection reports (regional and PDU, 2023 programme): cover, ratings, recommendations,
// a section per standard with key-question tables, feedback, progress on previous
// recommendations. Read by the meaning of headings and lines, not by their typography:
// the same heading comes as Markdown at any level, bold, or a plain line.
import { isStandardLine, segment, type Block } from '../blocks';
import { parseInline } from '../inline';
import { type DocumentKind, type EntityType, type FindingKind, type Rating } from '../../../src/schemas';
import {
  ParseError,
  type DocFinding,
  type DocNode,
  type ParsedDocument,
  type ParsedKeyQuestion,
  type ParsedPreviousRecommendation,
  type ParsedRating,
  type ParsedRecommendation,
  type ParsedVerdict,
} from '../types';
import {
  addresseeOf,
  findingFromBlock,
  findingFromRaw,
  headingText,
  isoDate,
  normaliseCode,
  ratingIn,
  requireRating,
  standardHeading,
  requireCompleteEnding,
  standardsNamedIn,
  trailingRating,
} from './common';
import { identifyProgramme, programmeCode } from '../framework/programmes';
import { alternation, opensOneOf, requireSection, sectionOf, wordList } from '../framework/vocabulary';
import { STANDARDS } from '../normalise/standards';
import { RATING_WORDS } from '../framework/ratings';

type Part =
  | 'cover'
  | 'contents'
  | 'front'
  | 'foreword'
  | 'ratings'
  | 'summary'
  | 'recommendations'
  | 'background'
  | 'body'
  | 'progress'
  | 'annexe';

/** The report's parts, by the section of data/headings.yaml whose heading opens each. */
const PART_OF_SECTION: Record<string, Part> = {
  [requireSection('contents')]: 'contents',
  [requireSection('front-matter')]: 'front',
  [requireSection('foreword')]: 'foreword',
  [requireSection('ratings')]: 'ratings',
  [requireSection('executive-summary')]: 'summary',
  [requireSection('recommendations')]: 'recommendations',
  [requireSection('background')]: 'background',
  [requireSection('progress')]: 'progress',
  [requireSection('annexe')]: 'annexe',
};
/** Sections inside a part that belong to no standard. */
const SUBSECTIONS = ['introduction', 'methodology', 'outcomes', 'feedback', 'diversity', 'sfo-learning'].map(requireSection);
/** Lists of strengths and of areas for improvement. */
const GROUPS = ['strengths', 'areas-for-improvement'].map(requireSection);
/** A domain's heading: its number, then its name as the frameworks give it (its first two words suffice). */
const DOMAIN_HEADING = new RegExp(
  `^\\d\\.?\\s+${alternation([...new Set(STANDARDS.map((s) => s.domain.split(' ').slice(0, 2).join(' ')))])}`,
  'i',
);
const isSubsection = (text: string) => opensOneOf(text, SUBSECTIONS);
/** Words that open a sentence before a PDU's name (data/words.yaml). */
const SENTENCE_OPENER = new RegExp(`^${alternation(wordList('sentence-openers'))}$`, 'i');
const isGroup = (text: string) => opensOneOf(text, GROUPS);

const RATING_AT_END = new RegExp(`^(.*?\\S)\\s*[:–—-]?\\s+(?:\\*\\*)?(${RATING_WORDS.map((r) => r.replace(' ', '\\s+')).join('|')})(?:\\*\\*)?\\.?$`, 'i');

/**
 * A ratings line holding its label and its rating: "Overall rating: Inadequate",
 * "P 1.1 Leadership Requires improvement". The label must name the overall rating or a
 * standard of the frameworks by its number and name.
 */
function ratedLine(text: string): { label: string; rating: string } | null {
  const m = RATING_AT_END.exec(text.trim());
  if (!m) return null;
  const label = m[1]!.replace(/:$/, '').trim();
  if (!/^overall rating$/i.test(label) && !isStandardLine(label)) return null;
  return { label, rating: m[2]! };
}

/**
 * The header row of a key-question table: "Key question | Percentage 'Yes'", also written
 * "Key questions", "% Yes", or naming its standard ("P 2.1 Assessment | Percentage 'Yes'",
 * "2.1 Key questions | …"). Its standard's code, as written, when it names one.
 */
function keyQuestionHeader(cells: string[]): { code: string | null } | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 2) return null;
  const first = filled[0]!.replace(/:$/, '');
  const yes = filled.slice(1).some((c) => /^(?:percentage|per cent|%)\s*(?:of cases\s*)?['‘’"“”]?yes['‘’"“”]?$/i.test(c));
  const kq = /^(?:([RP]?\s?\d\.\d)\.?\s+)?key questions?$/i.exec(first);
  if (kq) return { code: kq[1] ? normaliseCode(kq[1]) : null };
  if (yes && isStandardLine(first)) return { code: standardHeading(first)!.code };
  return null;
}

function partOf(text: string): Part | null {
  const section = sectionOf(text);
  return section ? (PART_OF_SECTION[section] ?? null) : null;
}

function isQuotation(text: string): boolean {
  const t = text.trim();
  return /^["“‘']/.test(t) && /["”’']\s*$/.test(t) && t.length > 20;
}

interface CoverInfo {
  title: string;
  entityName: string;
  entityType: EntityType;
  regionName: string;
  published: string | null;
}

/** Reads the cover: "An inspection of probation services in: [X PDU] The Probation Service – Y region". */
function readCover(blocks: Block[]): CoverInfo {
  const coverTexts: { text: string; line: number }[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') break;
    if (b.type === 'paragraph') coverTexts.push({ text: parseInline(b.raw).text, line: b.lines[0] });
  }
  const joined = coverTexts.map((c) => c.text).join(' \n ');
  const intro = /An inspection of probation services in:?/i.exec(joined);
  if (!intro) throw new ParseError(coverTexts[0]?.line ?? 1, 'inspection report cover not found ("An inspection of probation services in:")');
  const after = joined.slice(intro.index + intro[0].length);
  const regionMatch = /The Probation Service\s*[–—-]\s*(.+?)\s+region\b/i.exec(after);
  if (!regionMatch) throw new ParseError(coverTexts[0]!.line, 'cover names no region ("The Probation Service – … region")');
  const regionName = regionMatch[1]!.trim();
  const before = after.slice(0, regionMatch.index).replace(/\n/g, ' ').trim();
  const pdu = /^(.+?)\s+PDU$/i.exec(before);
  // The cover's date: "HM Inspectorate of Probation, March 2024", on one line or two.
  const publishedMatch =
    /HM Inspectorate of Probation,?\s*([A-Za-z]+ \d{4})\b/.exec(joined) ??
    coverTexts.map((c) => /^([A-Za-z]+ \d{4})$/.exec(c.text)).find((m) => m && isoDate(m[1]!));
  const entityType: EntityType = pdu ? 'pdu' : 'region';
  const entityName = pdu ? pdu[1]!.trim() : regionName;
  const title = pdu
    ? `An inspection of probation services in: ${pdu[1]!.trim()} PDU`
    : `An inspection of probation services in: ${regionName} region`;
  return { title, entityName, entityType, regionName, published: publishedMatch ? isoDate(publishedMatch[1]!) : null };
}

export function parseInspectionReport(lines: string[]): ParsedDocument {
  const blocks = segment(lines);
  const cover = readCover(blocks);
  const kind: DocumentKind = cover.entityType === 'pdu' ? 'pdu-report' : 'regional-report';
  // The programme whose standards the report names; its standards are what the report must rate.
  const programme = identifyProgramme(cover.entityType, standardsNamedIn(blocks));
  if (!programme) throw new ParseError(1, `no inspection framework in data/frameworks.yaml rates a ${cover.entityType}`);
  const framework = programme.framework;
  const all = lines.join('\n');
  const lead = /led by HM Inspector ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)/.exec(all);
  const isbn = /ISBN:?\s*([\d-]{13,17})/.exec(all);

  const nodes: DocNode[] = [];
  const ratings: ParsedRating[] = [];
  const verdicts: ParsedVerdict[] = [];
  const keyQuestions: ParsedKeyQuestion[] = [];
  const recommendations: ParsedRecommendation[] = [];
  const previous: ParsedPreviousRecommendation[] = [];
  const footnotes: ParsedDocument['footnotes'] = [];
  let chiefInspector: string | null = null;

  let part: Part = 'cover';
  let domainLevel = 2;
  let standardCode: string | null = null;
  let group: FindingKind | null = null;
  let addressee: string | null = null;
  let verdict: ParsedVerdict | null = null;
  let pendingStandard: { code: string; name: string; line: number; raw: string } | null = null;
  let pendingOverall: { line: number; raw: string } | null = null;
  let kqTable: { code: string; rows: { node: number; line: number; question: string; pct: number; bold: boolean }[] } | null = null;
  let sectionRating: Rating | null = null;
  /** Standards with a section in the body, and the line of its heading. */
  const bodySections = new Map<string, number>();
  let bodySection: { code: string; line: number } | null = null;
  // A standard's section in the body states the standard's rating; one that states none holds
  // a rating word we do not know, or was cut short.
  const closeBodySection = () => {
    if (bodySection && !sectionRating) {
      throw new ParseError(bodySection.line, `the section of standard ${bodySection.code} states no rating (document truncated, or a rating word that is not one of ${RATING_WORDS.join(', ')}?)`);
    }
    bodySection = null;
  };

  const push = (n: DocNode) => nodes.push(n) - 1;
  const code = (raw: string) => programmeCode(programme, raw);

  const closeKq = () => {
    if (!kqTable || kqTable.rows.length === 0) {
      kqTable = null;
      return;
    }
    const anyBold = kqTable.rows.some((r) => r.bold);
    const min = Math.min(...kqTable.rows.map((r) => r.pct));
    for (const r of kqTable.rows) {
      keyQuestions.push({
        entityName: cover.entityName,
        code: kqTable.code,
        question: r.question,
        percentYes: r.pct,
        // Bold marks the driving row where a report marks it; otherwise the footnotes say the
        // lowest percentage drives the rating.
        drivesRating: anyBold ? r.bold : r.pct === min,
        node: r.node,
        line: r.line,
      });
    }
    kqTable = null;
  };

  const finishStandardRating = (ratingRaw: string, line: number) => {
    if (!pendingStandard) return;
    const rating = requireRating(ratingRaw, line, `standard ${pendingStandard.code}`);
    ratings.push({ entityName: cover.entityName, framework, code: pendingStandard.code, name: pendingStandard.name, rating, line: pendingStandard.line });
    const f = findingFromRaw(`${pendingStandard.raw}\t${ratingRaw}`, 'rating', [pendingStandard.line, line], pendingStandard.code);
    f.cells = [parseInline(pendingStandard.raw).text, parseInline(ratingRaw).text];
    f.inline = parseInline(`${pendingStandard.raw} — ${ratingRaw}`).inline;
    push(f);
    pendingStandard = null;
  };

  const finishOverallRating = (ratingRaw: string, line: number) => {
    if (!pendingOverall) return;
    const rating = requireRating(ratingRaw, line, 'the overall rating');
    if (verdict) verdict.overallRating = rating;
    const f = findingFromRaw(`Overall rating\t${ratingRaw}`, 'rating', [pendingOverall.line, line]);
    f.cells = ['Overall rating', parseInline(ratingRaw).text];
    f.inline = parseInline(`Overall rating — ${ratingRaw}`).inline;
    push(f);
    pendingOverall = null;
  };

  const readRatedLine = (rated: { label: string; rating: string }, line: number) => {
    const std = standardHeading(rated.label);
    if (std) {
      pendingStandard = { code: code(std.code), name: std.name, line, raw: rated.label };
      finishStandardRating(rated.rating, line);
    } else {
      pendingOverall = { line, raw: rated.label };
      finishOverallRating(rated.rating, line);
    }
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.type === 'rule') continue;
    if (b.type === 'footnote') {
      const inl = parseInline(b.raw);
      footnotes.push({ number: b.number, text: inl.text, inline: inl.inline, lines: b.lines });
      continue;
    }
    if (b.type !== 'table-row' && kqTable && kqTable.rows.length && b.type === 'paragraph' && b.lines[0] === kqTable.rows[kqTable.rows.length - 1]!.line + 1) {
      // A question straight under the table's rows, with no percentage: the row was cut short.
      const q = parseInline(b.raw).text;
      if (/\?$/.test(q)) throw new ParseError(b.lines[0], `key question "${q.slice(0, 60)}" has no percentage (document truncated?)`);
    }
    if (b.type !== 'table-row') closeKq();

    if (b.type === 'heading') {
      const text = headingText(b.raw);
      // A heading is recognised by its words; a trailing colon ("Ratings:") is typography.
      const bare = text.replace(/:$/, '');
      if (part === 'ratings' && pendingStandard) throw new ParseError(b.lines[0], `standard ${pendingStandard.code} has no rating`);
      const p = partOf(bare);
      const std = standardHeading(bare);
      const addr = addresseeOf(text);
      if (p || std || DOMAIN_HEADING.test(bare) || isSubsection(bare)) closeBodySection();
      if (p) {
        part = p;
        standardCode = null;
        group = null;
        addressee = null;
        if (p === 'summary') domainLevel = 3;
        else if (p !== 'ratings') domainLevel = 2;
        push({ type: 'heading', text, level: 2, line: b.lines[0] });
        continue;
      }
      if (part === 'ratings') {
        const rated = ratedLine(text);
        if (rated) {
          readRatedLine(rated, b.lines[0]);
          continue;
        }
        if (/^overall rating$/i.test(bare)) {
          pendingOverall = { line: b.lines[0], raw: b.raw };
          continue;
        }
        if (std) {
          pendingStandard = { code: code(std.code), name: std.name, line: b.lines[0], raw: text };
          continue;
        }
        push({ type: 'heading', text, level: 3, line: b.lines[0] });
        continue;
      }
      if (DOMAIN_HEADING.test(bare)) {
        if (part !== 'summary') {
          part = 'body';
          domainLevel = 2;
        }
        standardCode = null;
        group = null;
        push({ type: 'heading', text, level: domainLevel, line: b.lines[0] });
        continue;
      }
      if (std) {
        standardCode = code(std.code);
        if (part === 'body') {
          const first = bodySections.get(standardCode);
          if (first !== undefined) throw new ParseError(b.lines[0], `a second section for standard ${standardCode} (the first is at line ${first})`);
          bodySections.set(standardCode, b.lines[0]);
          bodySection = { code: standardCode, line: b.lines[0] };
        }
        group = null;
        sectionRating = null;
        push({ type: 'heading', text, level: domainLevel + 1, line: b.lines[0] });
        continue;
      }
      if (isSubsection(bare)) {
        standardCode = null;
        group = null;
        push({ type: 'heading', text, level: domainLevel === 3 || part === 'body' ? 3 : 3, line: b.lines[0] });
        continue;
      }
      if (isGroup(text)) {
        group = sectionOf(text) === 'strengths' ? 'strength' : 'area-for-improvement';
        push({ type: 'heading', text, level: standardCode ? domainLevel + 2 : 4, line: b.lines[0] });
        continue;
      }
      if (addr && part === 'recommendations') {
        addressee = addr;
        push({ type: 'heading', text, level: 3, line: b.lines[0] });
        continue;
      }
      push({ type: 'heading', text, level: 3, line: b.lines[0] });
      continue;
    }

    if (b.type === 'table-row') {
      const cells = b.cells.map((c) => parseInline(c).text);
      const nonEmpty = cells.filter((c) => c !== '');
      // The ratings section set as a table: "P 1.1 Leadership | Requires improvement", "Overall rating | Inadequate".
      if (part === 'ratings' && nonEmpty.length === 2) {
        const [labelRaw, valueRaw] = b.cells.filter((c) => parseInline(c).text !== '') as [string, string];
        const label = nonEmpty[0]!.replace(/:$/, '');
        const std = standardHeading(label);
        if (/^overall rating$/i.test(label) || std) {
          if (pendingStandard) throw new ParseError(b.lines[0], `standard ${pendingStandard.code} has no rating`);
          if (std) {
            pendingStandard = { code: code(std.code), name: std.name, line: b.lines[0], raw: parseInline(labelRaw).text };
            finishStandardRating(valueRaw, b.lines[0]);
          } else {
            pendingOverall = { line: b.lines[0], raw: labelRaw };
            finishOverallRating(valueRaw, b.lines[0]);
          }
          continue;
        }
      }
      const kqHeader = keyQuestionHeader(cells);
      if (kqHeader) {
        closeKq();
        // A table that names its standard ("P 2.1 Key question", "2.1 Assessment") belongs to it.
        const own = kqHeader.code ? code(kqHeader.code) : null;
        if (own && standardCode && own !== standardCode) {
          throw new ParseError(b.lines[0], `key-question table of standard ${own} in the section of standard ${standardCode}`);
        }
        const tableCode = own ?? standardCode;
        if (!tableCode) throw new ParseError(b.lines[0], 'key-question table outside a standard section');
        kqTable = { code: tableCode, rows: [] };
        push(findingFromBlock(b, 'table-row', standardCode));
        continue;
      }
      if (kqTable) {
        const pctCell = b.cells[b.cells.length - 1] ?? '';
        const pct = /(\d{1,3})\s*%/.exec(parseInline(pctCell).text);
        if (pct && nonEmpty.length >= 2) {
          const value = Number(pct[1]);
          if (value > 100) throw new ParseError(b.lines[0], `key-question percentage ${value}% is over 100`);
          const node = push(findingFromBlock(b, 'key-question', standardCode));
          kqTable.rows.push({ node, line: b.lines[0], question: cells[0]!, pct: value, bold: /<b>|\*\*/.test(pctCell) });
          continue;
        }
        if (/\?$/.test(cells[0] ?? '')) throw new ParseError(b.lines[0], `key question "${cells[0]!.slice(0, 60)}" has no percentage (document truncated?)`);
        closeKq();
      }
      if (part === 'progress' && nonEmpty.length >= 4 && !/^previous recommendation$/i.test(cells[0]!) && !/^from previous/i.test(cells[0]!)) {
        const node = push(findingFromBlock(b, 'progress'));
        previous.push({
          recommendation: cells[0]!,
          actionTaken: cells[1]!,
          categorisation: cells[2]!,
          improvementRequired: cells[3]!,
          node,
          line: b.lines[0],
        });
        continue;
      }
      push(findingFromBlock(b, 'table-row', standardCode));
      continue;
    }

    // Paragraphs and bullets.
    const text = parseInline(b.raw).text;
    if (part === 'cover') {
      push(findingFromBlock(b, 'metadata'));
      continue;
    }
    if (part === 'foreword' && /chief inspector of probation/i.test(text)) {
      const m = /^(.*?)\s*(?:HM )?Chief Inspector of Probation/i.exec(text);
      if (m && m[1]) chiefInspector = m[1].trim();
      push(findingFromBlock(b, 'metadata'));
      continue;
    }
    if (part === 'ratings') {
      if (pendingOverall) {
        finishOverallRating(b.raw, b.lines[1]);
        continue;
      }
      if (pendingStandard) {
        finishStandardRating(b.raw, b.lines[0]);
        continue;
      }
      const rated = ratedLine(text);
      if (rated) {
        readRatedLine(rated, b.lines[0]);
        continue;
      }
      const std = standardHeading(text.replace(/:$/, ''));
      if (std) {
        pendingStandard = { code: code(std.code), name: std.name, line: b.lines[0], raw: text };
        continue;
      }
      const fw = /^Fieldwork started:?\s*(.+)$/i.exec(text);
      const score = /^Score:?\s*(\d+)\s*\/\s*(\d+)$/i.exec(text);
      if (fw || score) {
        if (!verdict) {
          verdict = { entityName: cover.entityName, entityType: cover.entityType, framework, fieldworkStarted: null, score: null, scoreMax: null, overallRating: null, line: b.lines[0] };
          verdicts.push(verdict);
        }
        if (fw) verdict.fieldworkStarted = isoDate(fw[1]!);
        if (score) {
          verdict.score = Number(score[1]);
          verdict.scoreMax = Number(score[2]);
        }
        push(findingFromBlock(b, 'metadata'));
        continue;
      }
      if (ratingIn(text)) throw new ParseError(b.lines[0], `rating "${text}" stands under no standard`);
      if (text.length < 60 && !/[.!?]$/.test(text) && /^[A-Z]/.test(text) && !/\d/.test(text)) {
        // The entity's name heading the ratings, written as a plain line.
        push({ type: 'heading', text, level: 3, line: b.lines[0] });
        continue;
      }
      push(findingFromBlock(b, 'narrative'));
      continue;
    }
    if (part === 'recommendations' && b.type === 'bullet') {
      const num = /^(\d+)/.exec(b.marker);
      const f = findingFromBlock(b, 'recommendation');
      const node = push(f);
      recommendations.push({
        number: num ? Number(num[1]) : null,
        addressee: addressee ?? cover.entityName,
        aboutEntityName: cover.entityName,
        text: f.text,
        node,
        lines: b.lines,
      });
      continue;
    }
    if (part === 'body' && standardCode) {
      // A standard's rating stands on its own line or at the end of its descriptor.
      const own = ratingIn(text);
      if (own) {
        sectionRating = own;
        push(findingFromBlock(b, 'rating', standardCode));
        continue;
      }
      if (!sectionRating && b.type === 'paragraph') {
        const tr = trailingRating(b.raw);
        if (tr) sectionRating = tr.rating;
        else if (bodySection) {
          // Where the rating stands (a line of its own, or after the descriptor's last sentence),
          // a word that is not a rating is refused, not read as prose.
          const slot = /^[A-Z][a-z]+(?: [a-z]+){0,2}$/.test(text) ? text : /[.!?]\s+([A-Z][a-z]+(?: [a-z]+){0,2})$/.exec(text)?.[1];
          if (slot) requireRating(slot, b.lines[1], `standard ${standardCode}`);
        }
      }
    }
    let kind: FindingKind = b.type === 'bullet' ? (group ?? 'bullet') : 'narrative';
    if (b.type === 'paragraph' && group && part === 'body') kind = group;
    if (b.type === 'paragraph' && isQuotation(text)) kind = 'testimonial';
    push(findingFromBlock(b, kind, standardCode));
  }
  closeKq();
  closeBodySection();
  if (pendingStandard) throw new ParseError(pendingStandard.line, `standard ${pendingStandard.code} has no rating (document truncated?)`);
  if (pendingOverall) throw new ParseError(pendingOverall.line, 'the overall rating is missing (document truncated?)');
  if (ratings.length === 0) throw new ParseError(lines.length, 'no ratings found: the ratings section is missing or the document is truncated');
  if (!verdict) throw new ParseError(lines.length, 'no score or fieldwork date found in the ratings section');
  if (!verdict.overallRating) throw new ParseError(verdict.line, 'no overall rating found in the ratings section');
  const seen = new Set<string>();
  for (const r of ratings) {
    if (seen.has(r.code)) throw new ParseError(r.line, `standard ${r.code} is rated twice`);
    seen.add(r.code);
  }
  // The framework fixes which standards a report rates; a missing one means a cut document.
  const expected = programme.standards.map((s) => s.code);
  const missing = expected.filter((c) => !seen.has(c));
  if (missing.length) throw new ParseError(lines.length, `no rating for ${missing.join(', ')} in the ratings section (document truncated?)`);
  const unsectioned = expected.filter((c) => !bodySections.has(c));
  if (unsectioned.length) {
    throw new ParseError(lines.length, `no section for standard ${unsectioned.join(', ')} in the body of the report (document truncated or a section missing?)`);
  }
  requireCompleteEnding(blocks);

  const mentioned = new Map<string, ParsedDocument['entitiesMentioned'][number]>();
  mentioned.set(`region:${cover.regionName}`, { name: cover.regionName, type: 'region', regionName: cover.regionName });
  if (cover.entityType === 'pdu') mentioned.set(`pdu:${cover.entityName}`, { name: cover.entityName, type: 'pdu', regionName: cover.regionName });
  // Capitalised words that open a sentence, not a PDU's name ("Although Surrey PDU had…").
  const stop = SENTENCE_OPENER;
  for (const n of nodes) {
    if (n.type !== 'finding') continue;
    for (const m of n.text.matchAll(/\b((?:[A-Z][a-z]+)(?:(?: and | )[A-Z][a-z]+){0,4}) PDU\b(?!s)/g)) {
      const words = m[1]!.split(' ');
      while (words.length && stop.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (!name || /^(Probation|Delivery|Unit)$/.test(name)) continue;
      mentioned.set(`pdu:${name}`, { name, type: 'pdu', regionName: cover.regionName });
    }
  }

  return {
    kind,
    title: cover.title,
    publisher: 'HM Inspectorate of Probation',
    entityName: cover.entityName,
    entityType: cover.entityType,
    regionName: cover.regionName,
    published: cover.published,
    leadInspector: lead ? lead[1]!.trim() : null,
    chiefInspector,
    isbn: isbn ? isbn[1]! : null,
    framework,
    verdicts,
    ratings,
    keyQuestions,
    recommendations,
    actionPlanItems: [],
    planTotals: null,
    footnotes,
    previousRecommendations: previous,
    entitiesMentioned: [...mentioned.values()],
    nodes,
  };
}

export type { DocFinding };
