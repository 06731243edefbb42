// The imprint a document prints about itself: where it says it is available ("This publication is
// available for download at: www.justiceinspectorates.gov.uk/hmiprobation") and where it was
// published (the town of the "Published by:" address). Citations need both, and only the
// document can say them: a document that prints neither gets neither, nothing is guessed.
// Pure: lines in, values out.
import { parseInline } from '../inline';

export interface Imprint {
  /** The address the document gives for itself, as an absolute URL; null when it prints none. */
  printedUrl: string | null;
  /** The town of the publisher's address under "Published by:"; null when it prints none. */
  place: string | null;
}

const AVAILABLE_AT = /\bThis publication is available (?:for download )?at:?\s*/i;
// A UK postcode, alone or after the town on its line ("Manchester M3 3FX").
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\s*$/;

const plainText = (raw: string) => parseInline(raw).text.replace(/\s+/g, ' ').trim();

/**
 * The address as printed, as a URL. Printed addresses carry no scheme ("www.…"): they are given
 * https, which every address of the inspectorate's sites uses; one printed with a scheme keeps it.
 */
export function printedAddressUrl(printed: string): string | null {
  const t = printed.trim().replace(/[.,;:)]+$/, '');
  if (!/^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)) return null;
  return /^https?:\/\//i.test(t) ? t : `https://${t}`;
}

/** Where the document says it can be downloaded, from its own words (the text of a link, not its target). */
export function printedUrl(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = AVAILABLE_AT.exec(line);
    if (!m) continue;
    const rest = plainText(line.slice(m.index + m[0].length)).split(' ')[0] ?? '';
    const url = printedAddressUrl(rest);
    if (url) return url;
  }
  return null;
}

/** The town of the address printed under "Published by:": the line ending in its postcode, or the line before a postcode alone. */
export function publishedPlace(lines: readonly string[]): string | null {
  // A cheap test first: only a line that names "Published by" is read as Markdown.
  const at = lines.findIndex((l) => /Published by/i.test(l) && /^(?:#+\s*)?Published by:?\s*$/i.test(plainText(l)));
  if (at < 0) return null;
  const block: string[] = [];
  for (let i = at + 1; i < lines.length && block.length < 8; i++) {
    const t = plainText(lines[i]!);
    if (t === '') {
      if (block.length) break;
      continue;
    }
    block.push(t);
  }
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const m = POSTCODE.exec(line);
    if (!m) continue;
    const town = line.slice(0, m.index).replace(/[\s,]+$/, '');
    if (town) return town.split(/\s*,\s*/).at(-1)!;
    const before = block[i - 1]?.replace(/[\s,]+$/, '');
    return before && i - 1 > 0 ? before : null;
  }
  return null;
}

export function readImprint(lines: readonly string[]): Imprint {
  return { printedUrl: printedUrl(lines), place: publishedPlace(lines) };
}
