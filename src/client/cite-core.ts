// What the report page and the citation page share to cite a paragraph in the browser: the
// document's citation data (the page's #pf-cite data block), a paragraph's source, today's date,
// copying and one-entry downloads. The citations themselves come from src/lib/cite.ts, the same
// functions the build writes the downloads with.
import { biblatex, ris, type CitedReport, type CiteSource } from '../lib/cite';
import { MONTHS } from '../lib/format';

export interface CiteData {
  report: CitedReport;
  /** The document's absolute address on this site; a paragraph's permalink is it with #anchor. */
  permalink: string;
  /** Names of the themes and codes of the standards the document's paragraphs are tagged with. */
  themes?: Record<string, string>;
  standards?: Record<string, string>;
}

export function readCiteData(): CiteData | null {
  const el = document.getElementById('pf-cite');
  if (!el?.textContent) return null;
  try {
    return JSON.parse(el.textContent) as CiteData;
  } catch {
    return null;
  }
}

export function paragraphSource(data: CiteData, anchor: string, locator: string): CiteSource {
  return { report: data.report, permalink: `${data.permalink}#${anchor}`, locator, anchor };
}

/** Today as the citations write an access date: "1 May 2025" (the reader's clock, never the build's). */
export function today(d = new Date()): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** Copies the text; where the clipboard cannot be written, selects the element's text for the reader to copy. */
export async function copyText(text: string, shown?: Element | null): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (shown) {
      const range = document.createRange();
      range.selectNodeContents(shown);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
    return false;
  }
}

/** One paragraph's citation as a file of its own, made in the page: no request, no file per paragraph on the server. */
export function downloadCitation(source: CiteSource, format: 'bib' | 'ris'): void {
  const text = format === 'bib' ? biblatex(source) : ris(source);
  const type = format === 'bib' ? 'application/x-bibtex' : 'application/x-research-info-systems';
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${source.report.id}-${source.anchor ?? 'document'}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
