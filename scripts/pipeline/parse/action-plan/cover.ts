// The plan's cover: when it was submitted, what it responds to, for which region and PDUs.
import { isoDate } from '../common';
import { plain, words } from './cells';

/** "Kent, Surrey, Sussex Region" / "KENT, SURREY, SUSSEX REGION" → "Kent, Surrey and Sussex". */
export function normaliseRegionName(raw: string): string {
  let t = plain(raw).replace(/\s+region$/i, '').trim();
  if (!/[a-z]/.test(t)) {
    t = t
      .toLowerCase()
      .split(/(\s+)/)
      .map((w, i) => (i > 0 && /^(and|of|the)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join('');
  }
  const parts = t.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length >= 2 && !/\band\b/i.test(parts[parts.length - 1]!)) {
    t = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  }
  return t;
}

const PROPER = /(HM Inspectorate of Probation|HM Prison and Probation Service|HM Prison & Probation Service|Probation Service|Ministry of Justice)/;
/** Sentence case that leaves proper names and acronyms alone. */
export function sentenceCase(phrase: string): string {
  return phrase
    .split(PROPER)
    .map((seg, i) => (i % 2 === 1 ? seg : seg.replace(/\b([A-Z])([a-z]+)\b/g, (_m, a: string, b: string) => a.toLowerCase() + b)))
    .join('');
}

export interface Cover {
  published: string | null;
  responseTo: string | null;
  /** The title as printed: what the plan responds to, and for whom ("A Response to … Recommendations: … – Kent, Surrey, Sussex Region"). */
  printedTitle: string | null;
  regionName: string | null;
  pdus: string[];
}

export function readCover(paragraphs: string[], fallbackHeadings: string[]): Cover {
  const cover: Cover = { published: null, responseTo: null, printedTitle: null, regionName: null, pdus: [] };
  let responseLine: string | null = null;
  for (const p of paragraphs) {
    const t = plain(p).replace(/\s+/g, ' ');
    if (!cover.published && /submitted/i.test(t)) cover.published = isoDate(p);
    const r = /^(?:an?\s+)?(response to\b.*?):?$/i.exec(t);
    if (r && !cover.responseTo) {
      cover.responseTo = r[1]!;
      responseLine = t;
    }
    const who = /^(.*?)\s+[–—-]\s+([^–—]*\bregion)$/i.exec(t);
    if (who && !cover.regionName) {
      if (responseLine) cover.printedTitle = `${responseLine} ${t}`;
      cover.regionName = normaliseRegionName(who[2]!);
      cover.pdus = who[1]!
        .split(/\s*,\s*/)
        .map((s) => s.replace(/\s+(PDUs?|Probation Delivery Units?)$/i, '').trim())
        .filter((s) => s !== '');
    }
  }
  if (!cover.regionName) {
    for (const h of fallbackHeadings) {
      const m = /[–—-]\s*([^–—]*\bregion)\s*$/i.exec(h);
      if (m) {
        cover.regionName = normaliseRegionName(m[1]!);
        break;
      }
    }
  }
  return cover;
}

/** A line standing as a heading although it is a plain line: "ACTION PLAN: PROBATION SERVICE – …". */
export function plainHeading(raw: string): boolean {
  const t = plain(raw);
  if (t.length > 150 || words(t) < 2) return false;
  // All capitals, as a table's title is set; a mixed-case line ("Action Plan Submitted: …") is not one.
  return /[A-Z]/.test(t) && !/[a-z]/.test(t);
}
