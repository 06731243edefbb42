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
//
// One module per concern: cells.ts (what a cell's text looks like), columns.ts (the table's
// layout, each row aligned to the columns), draft.ts (an item while its rows are read),
// items.ts (the items table), totals.ts (the totals), cover.ts (the cover); this file puts
// them together and reads the prose around the table.
import { segment, type Block } from '../../blocks';
import { parseInline } from '../../inline';
import type { ParsedDocument } from '../../types';
import { findingFromBlock, heading, headingText } from '../common';
import { plain } from './cells';
import { locateTable } from './columns';
import { plainHeading, readCover, sentenceCase } from './cover';
import { readItems, type PlanOutput } from './items';
import { readTotals } from './totals';
import { readImprint } from '../imprint';

export { crossReferences } from './draft';
export { normaliseRegionName } from './cover';
export { cellParagraphs } from './cells';

const PUBLISHER = 'HM Prison and Probation Service';

export function parseActionPlan(lines: string[]): ParsedDocument {
  const blocks = segment(lines);
  const out: PlanOutput = { nodes: [], footnotes: [], items: [] };
  const { nodes, footnotes, items } = out;
  const lastLine = Math.max(1, lines.length);
  const table = locateTable(blocks, lastLine);

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
  for (let i = 0; i < table.tableStart; i++) proseBlock(blocks[i]!);

  // ---- the items table, then the totals table and whatever follows it
  readItems(blocks, lines, table, out);
  const { planTotals, next } = readTotals(blocks, table, nodes);
  for (let i = next; i < blocks.length; i++) proseBlock(blocks[i]!);

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
    actionPlanItems: items,
    planTotals,
    footnotes,
    previousRecommendations: [],
    entitiesMentioned,
    nodes,
  };
}

