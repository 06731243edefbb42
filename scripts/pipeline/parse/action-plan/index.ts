// Reads an HMPPS action plan: read → tree → extract. The tree holds the cover (who submitted
// what, when, for which region), the introduction and its terms table, the items table
// (Rec No | Recommendation | Agreed/Partly Agreed/Not Agreed | Actions | Owners | Target dates),
// an 'item' section per item, and the totals table; the extractors read the items, the totals
// and the footnotes from it, cover.ts the cover.
//
// PDF extraction cut the items table at every page break: a row goes on in rows whose first
// cell is empty, sometimes with a cell dropped so the others sit one column to the left, or
// with the recommendation's tail in the Rec No column; a paragraph, an owner ("Head of" +
// "Performance & Quality") or a sentence is cut in two. Each row is therefore read by content:
// its filled cells are aligned to the columns by what they look like (a number, a status, a
// date, an owner, prose), by the order of the cells and, for prose, by which column of the
// current item is left open. Cut paragraphs are re-joined; the words are never changed.
//
// One module per concern: cells.ts (what a cell's text looks like), columns.ts (the table's
// layout, each row aligned to the columns), draft.ts (an item while its rows are read),
// items.ts (the items table), wholeness.ts (a table cut short), totals.ts (the totals),
// cover.ts (the cover); this file puts them together and reads the prose around the table.
import { segment, type Block } from '../../blocks';
import { parseInline } from '../../inline';
import type { ParsedDocument } from '../../types';
import { findingFromBlock, headingText } from '../common';
import { flatten, section, walk, type Mark, type Section } from '../../tree/types';
import { footnotes } from '../../extract/footnotes';
import { planItems } from '../../extract/plan-items';
import { planTotals } from '../../extract/plan-totals';
import { plain } from './cells';
import { locateTable } from './columns';
import { plainHeading, readCover, sentenceCase } from './cover';
import { readItems } from './items';
import { readTotals } from './totals';
import { readImprint } from '../imprint';

export { crossReferences } from './draft';
export { normaliseRegionName } from './cover';
export { cellParagraphs } from './cells';

const PUBLISHER = 'HM Prison and Probation Service';

interface Prose {
  root: Section;
  /** Paragraphs are the cover's until the first heading. */
  cover: Section | null;
}

/** Prose outside the items table into the tree: headings (a capitalised plain line is one), paragraphs, rows. */
function prose(p: Prose, b: Block): void {
  if (b.type === 'rule') return;
  const mark = (level: number, plainLine?: string): Mark => ({ type: 'mark', heading: { type: 'heading', text: headingText(b.raw), level, line: b.lines[0] }, ...(plainLine ? { plainLine } : {}) });
  if (b.type === 'heading' || (b.type === 'paragraph' && b.lines[0] === b.lines[1] && plainHeading(b.raw))) {
    p.cover = null;
    p.root.children.push(b.type === 'heading' ? mark(b.markdownLevel ?? 2) : mark(2, plain(b.raw)));
    return;
  }
  const into = p.cover ?? p.root;
  if (b.type === 'footnote') {
    const { inline, text } = parseInline(b.raw);
    into.children.push({ type: 'footnote', footnote: { number: b.number, text, inline, lines: b.lines } });
  } else if (b.type !== 'table-row' || b.cells.some((c) => plain(c) !== '')) {
    const kind = b.type === 'table-row' ? 'table-row' : b.type === 'bullet' ? 'bullet' : p.cover ? 'metadata' : 'narrative';
    into.children.push({ type: 'leaf', finding: findingFromBlock(b, kind), block: b });
  }
}

/** The cover's paragraphs and the plain lines standing as headings, as the tree holds them. */
export function coverOf(root: Section) {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const { node, within } of walk(root)) {
    if (node.type === 'leaf' && node.block.type === 'paragraph' && within[0]?.name === 'cover') paragraphs.push(node.block.raw);
    if (node.type === 'mark' && node.plainLine) headings.push(node.plainLine);
  }
  return readCover(paragraphs, headings);
}

/** The plan's tree: its cover and prose, its items table and its totals. */
export function planTree(blocks: Block[], lines: readonly string[]): Section {
  const root = section('document', null);
  const front = section('cover', null);
  root.children.push(front);
  const table = locateTable(blocks, Math.max(1, lines.length));
  const p: Prose = { root, cover: front };
  for (let i = 0; i < table.tableStart; i++) prose(p, blocks[i]!);
  readItems(blocks, lines, table, root);
  const next = readTotals(blocks, table, root);
  if (p.cover) root.children.push((p.cover = section('cover', null)));
  for (let i = next; i < blocks.length; i++) prose(p, blocks[i]!);
  return root;
}

/** A plan from its blocks, whichever reader gave them. */
export function readActionPlan(blocks: Block[], lines: readonly string[]): ParsedDocument {
  const root = planTree(blocks, lines);
  const nodes = flatten(root);
  const cover = coverOf(root);
  const region = cover.regionName;
  const responseTo = cover.responseTo ? sentenceCase(cover.responseTo) : 'response to the HM Inspectorate of Probation inspection recommendations';
  const entitiesMentioned: ParsedDocument['entitiesMentioned'] = [];
  if (region) {
    for (const pdu of cover.pdus) if (!entitiesMentioned.some((e) => e.name === pdu)) entitiesMentioned.push({ name: pdu, type: 'pdu', regionName: region });
    entitiesMentioned.push({ name: region, type: 'region', regionName: region });
  }
  return {
    kind: 'action-plan',
    title: `Action plan: ${responseTo}${region ? ` — ${region} region` : ''}`,
    coverTitle: cover.printedTitle,
    coverSubtitle: null,
    imprint: readImprint(lines),
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
    actionPlanItems: planItems(root),
    planTotals: planTotals(root),
    footnotes: footnotes(root),
    previousRecommendations: [],
    entitiesMentioned,
    nodes,
  };
}

export function parseActionPlan(lines: string[]): ParsedDocument {
  return readActionPlan(segment(lines), lines);
}
