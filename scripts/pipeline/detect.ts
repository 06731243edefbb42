// Recognises a document's kind from its content alone; file names mean nothing.
import type { DocumentKind } from '../../core/schemas';
import { ParseError } from './types';

interface Signal {
  kind: DocumentKind | 'inspection-report';
  test: (text: string) => boolean;
}

const SIGNALS: Signal[] = [
  {
    kind: 'action-plan',
    test: (t) => /Action Plan Submitted/i.test(t) || (/^\s*ACTION PLAN\b/im.test(t) && /Rec(?:ommendation)?\.? No/i.test(t) && /Agreed/.test(t)),
  },
  {
    kind: 'regional-letter',
    test: (t) => /^\s*Dear [A-Z][\w'’-]*,?\s*$/m.test(t) && /Regional Probation Director/i.test(t) && /Annexe[^\n]*PDU ratings/i.test(t),
  },
  { kind: 'inspection-report', test: (t) => /An inspection of probation services in\b/i.test(t) && /^\W*Ratings\W*$/im.test(t) },
];

/**
 * The kind of a document, or a ParseError saying what was looked for. PDU and regional
 * reports share a skeleton; the report parser tells them apart by what the cover names.
 */
export function detectKind(lines: string[]): DocumentKind | 'inspection-report' {
  const text = lines.join('\n');
  const hits = SIGNALS.filter((s) => s.test(text)).map((s) => s.kind);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new ParseError(1, `document matches more than one kind (${hits.join(', ')}); refusing to guess`);
  throw new ParseError(
    1,
    'unrecognised document kind: expected an inspection report (cover "An inspection of probation services in:" and a Ratings section), ' +
      'a regional letter ("Dear …" to a Regional Probation Director with a PDU ratings annexe) or an HMPPS action plan ("Action Plan Submitted", a Rec No table)',
  );
}
