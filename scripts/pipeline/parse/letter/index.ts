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
//
// The parts in their own modules: front.ts (the front matter), ratings-annexe.ts (annexe two's
// tables), names.ts (PDU and region names); this file reads the letter's body, its signature
// and annexe one's recommendations.
import { segment } from '../../blocks';
import { parseInline } from '../../inline';
import type { FindingKind } from '../../../../src/schemas';
import {
  ParseError,
  type DocNode,
  type ParsedDocument,
  type ParsedFootnote,
  type ParsedRating,
  type ParsedRecommendation,
  type ParsedVerdict,
} from '../../types';
import { addresseeOf, findingFromBlock, findingFromRaw, heading, headingText, standardsNamedIn } from '../common';
import { identifyProgramme } from '../../framework/programmes';
import { alternation, requireSection, sectionOf, wordList } from '../../framework/vocabulary';
import { readFrontMatter } from './front';
import { normalisePduName, plain } from './names';
import { REGIONS, regionPattern } from '../../normalise/regions';
import { RatingsAnnexe, type TextBlock } from './ratings-annexe';

export { normalisePduName } from './names';

const PUBLISHER = 'HM Inspectorate of Probation';

/** The lists of a letter's sections, by the section of data/headings.yaml their heading opens. */
const LIST_OF_SECTION: Record<string, FindingKind> = {
  [requireSection('strengths')]: 'strength',
  [requireSection('areas-for-improvement')]: 'area-for-improvement',
};
const VALEDICTION = new RegExp(`^${alternation(wordList('valedictions'))}\\b`, 'i');
const ANNEXE = requireSection('annexe');
const isAnnexe = (heading: string) => sectionOf(heading) === ANNEXE;

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

  let chiefInspector: string | null = null;
  let regionFromText: string | null = null;

  const push = (node: DocNode): number => {
    nodes.push(node);
    return nodes.length - 1;
  };
  const blockText = (b: TextBlock) => (b.type === 'table-row' ? plain(b.cells.join(' ')) : plain(b.raw));

  // ---- Front matter: everything up to and including the salutation ("Dear Angela,").
  const front = readFrontMatter(blocks, push);
  const { published, leadInspector } = front;
  let i = front.next;

  // ---- Body, signature and annexes.
  type Mode = 'body' | 'signature' | 'recommendations' | 'ratings' | 'annexe';
  let mode: Mode = 'body';
  let listKind: FindingKind | null = null;
  let bulletSinceList = false;
  let addressee: string | null = null;
  let group: string | null = null; // the PDU whose inspection the current recommendations come from
  let sawRatingsAnnexe = false;
  let ratingsAnnexeLine = 0;
  /** PDUs whose inspection's recommendations annexe one lists, and the line of their heading. */
  const groups = new Map<string, number>();
  const signature: string[] = [];

  // The PDUs' ratings tables name the programme the letter reviews under.
  const programme = identifyProgramme('pdu', standardsNamedIn(blocks));
  if (!programme) throw new ParseError(1, 'no inspection framework in data/frameworks.yaml rates a PDU');
  const annexe = new RatingsAnnexe(programme, lines, push, notePdu, ratings);

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
    if (mode === 'ratings' && !(b.type === 'heading' && isAnnexe(headingText(b.raw)))) {
      annexe.read(b);
      continue;
    }

    if (b.type === 'heading') {
      const h = headingText(b.raw);
      if (mode === 'signature') mode = 'body';
      const list = LIST_OF_SECTION[sectionOf(h) ?? ''];
      const who = addresseeOf(h);
      if (isAnnexe(h)) {
        annexe.closeTable();
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
        listKind = list;
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
  annexe.closeTable();

  if (!sawRatingsAnnexe) {
    throw new ParseError(lines.length, 'no ratings annexe ("Annexe two - PDU ratings"): the letter is incomplete or truncated');
  }
  if (annexe.tables.length === 0) throw new ParseError(ratingsAnnexeLine, 'the ratings annexe holds no PDU ratings table');
  // Each PDU inspection whose recommendations annexe one lists is rated in annexe two: a PDU
  // without its table means a table (or the end of the document) is missing.
  const rated = new Set(annexe.tables.map((t) => t.pdu.toLowerCase()));
  for (const [pdu, line] of groups) {
    if (!rated.has(pdu.toLowerCase())) {
      throw new ParseError(ratingsAnnexeLine, `the ratings annexe has no table for ${pdu} PDU, whose recommendations are at line ${line} (document truncated or a table missing?)`);
    }
  }

  verdicts.push(...annexe.verdicts());

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
    if (r.region.toLowerCase() === regionName.toLowerCase()) continue;
    if (new RegExp(`\\b${regionPattern(r)}\\s+(?:probation\\s+)?region\\b`).test(allText)) {
      entitiesMentioned.push({ name: r.region, type: 'region', regionName: r.region });
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
    framework: programme.framework,
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
