// Fold typography (spaces), detect the kind, then hand the lines to that kind's parser.
import { detectKind } from '../detect';
import type { ParsedDocument } from '../types';
import { foldTypography } from '../normalise/typography';
import { parseActionPlan } from './action-plan';
import { parseRegionalLetter } from './letter';
import { parseInspectionReport } from './report';

export function parseDocument(source: string[]): ParsedDocument {
  const lines = foldTypography(source);
  const kind = detectKind(lines);
  switch (kind) {
    case 'action-plan':
      return parseActionPlan(lines);
    case 'regional-letter':
      return parseRegionalLetter(lines);
    default:
      return parseInspectionReport(lines);
  }
}
