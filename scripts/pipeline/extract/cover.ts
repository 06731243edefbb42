// Extractor: an inspection report's cover, "An inspection of probation services in: [X PDU]
// The Probation Service – Y region", and its date: "HM Inspectorate of Probation, March 2024"
// on the printed cover, "Published: 19 March 2024" on the inspectorate's web pages (2025).
import type { EntityType } from '../../../core/schemas';
import { ParseError } from '../types';
import { isoDate } from '../parse/common';
import type { Section } from '../tree/types';

export interface Cover {
  title: string;
  /** The title as the cover prints it, and (a PDU's cover) the region's line under it. */
  coverTitle: string;
  coverSubtitle: string | null;
  entityName: string;
  entityType: EntityType;
  regionName: string;
  published: string | null;
}

/** The cover's lines of text: its paragraphs, in order. */
const coverTexts = (cover: Section) =>
  cover.children.flatMap((n) => (n.type === 'leaf' && n.block.type === 'paragraph' ? [{ text: n.finding.text, line: n.block.lines[0] }] : []));

function published(joined: string, texts: { text: string }[]): string | null {
  const m =
    /(?:HM Inspectorate of Probation,?|Published:?)\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]+ \d{4})\b/.exec(joined) ??
    texts.map((c) => /^([A-Za-z]+ \d{4})$/.exec(c.text)).find((x) => x && isoDate(x[1]!));
  return m ? isoDate(m[1]!) : null;
}

export function cover(section: Section): Cover {
  const texts = coverTexts(section);
  const joined = texts.map((c) => c.text).join(' \n ');
  const intro = /An inspection of probation services in:?/i.exec(joined);
  if (!intro) throw new ParseError(texts[0]?.line ?? 1, 'inspection report cover not found ("An inspection of probation services in:")');
  const after = joined.slice(intro.index + intro[0].length);
  const regionMatch = /The Probation Service\s*[–—-]\s*(.+?)\s+region\b/i.exec(after);
  if (!regionMatch) throw new ParseError(texts[0]!.line, 'cover names no region ("The Probation Service – … region")');
  const regionName = regionMatch[1]!.trim();
  const before = after.slice(0, regionMatch.index).replace(/\n/g, ' ').trim();
  const pdu = /^(.+?)\s+PDU$/i.exec(before);
  // As printed: a PDU's cover names the PDU, then the region under it; a region's cover names
  // the region in the same words ("The Probation Service – Kent, Surrey and Sussex region").
  const printed = (s: string) => s.replace(/\s+/g, ' ').trim();
  const regionLine = printed(regionMatch[0]);
  return {
    title: pdu ? `An inspection of probation services in: ${pdu[1]!.trim()} PDU` : `An inspection of probation services in: ${regionName} region`,
    coverTitle: pdu ? printed(`${intro[0]} ${before}`) : printed(`${intro[0]} ${regionLine}`),
    coverSubtitle: pdu ? regionLine : null,
    entityName: pdu ? pdu[1]!.trim() : regionName,
    entityType: pdu ? 'pdu' : 'region',
    regionName,
    published: published(joined, texts),
  };
}
