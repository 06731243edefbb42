// Where a document is published, in one place for the report page, the citations and the
// meta tags: the publication's own page or PDF where its metadata file records them, else the
// address the document prints for itself (the inspectorate's publications page), else none. A
// press release is a page about the document, never its address.
import type { Report } from '../../core/schemas';

export interface Publication {
  /** The publication's address: its recorded page or PDF, else the address it prints; null when neither is known. */
  url: string | null;
  /** Where `url` comes from: the metadata file, or the document's own text. */
  from: 'recorded' | 'printed' | null;
  pdf: string | null;
  pressRelease: string | null;
}

export function publicationOf(r: Pick<Report, 'official' | 'printed_url'>): Publication {
  const o = r.official;
  const recorded = o?.official_url ?? o?.pdf_url ?? null;
  const url = recorded ?? r.printed_url ?? null;
  return { url, from: recorded ? 'recorded' : url ? 'printed' : null, pdf: o?.pdf_url ?? null, pressRelease: o?.press_release ?? null };
}

/** An address as a reader reads it in running text: without its scheme and "www.". */
export const bareAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
