// Fold typography, read the blocks (a text document line by line, or the inspectorate's web
// page: read/html.ts), recognise the kind, then hand the blocks to that kind's reader.
import { segment, type Block } from '../blocks';
import { detectKind } from '../detect';
import type { ParsedDocument } from '../types';
import { foldTypography } from '../normalise/typography';
import { isHtml, readHtml } from '../read/html';
import { readActionPlan } from './action-plan';
import { readLetter } from './letter';
import { readReport } from './report';

function readKind(lines: string[], blocks: () => Block[]): ParsedDocument {
  switch (detectKind(lines)) {
    case 'action-plan':
      return readActionPlan(blocks(), lines);
    case 'regional-letter':
      return readLetter(blocks(), lines);
    default:
      return readReport(blocks(), lines);
  }
}

export function parseDocument(source: string[]): ParsedDocument {
  const lines = foldTypography(source);
  if (isHtml(lines)) {
    const page = readHtml(lines);
    return readKind(page.lines, () => page.blocks);
  }
  return readKind(lines, () => segment(lines));
}
