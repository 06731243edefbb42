// A report page's metadata for the tools that save or preview it: Highwire Press citation_* tags
// (Zotero's and Mendeley's browser connectors, Google Scholar), Dublin Core, and Open Graph for
// link previews. They describe the publication as its citations do (src/lib/cite.ts): its title
// as printed, its publishing body as author, its date, its own address and PDF where known.
import type { Report } from '../../core/schemas';
import { citationUrl, citedReport, citedTitle } from './cite';
import { publicationOf } from './publication';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for Open Graph. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** Highwire's date form: 2024/03/19, 2024/03 or 2024. */
const highwireDate = (iso: string) => iso.replace(/-/g, '/');

export function citationMetaTags(report: Report, pageUrl: string, description: string): MetaTag[] {
  const r = citedReport(report);
  const title = citedTitle(r);
  const date = r.official?.published ?? r.published;
  const publication = publicationOf(r);
  const url = citationUrl({ report: r, permalink: pageUrl });
  const tags: MetaTag[] = [];
  const name = (key: string, content: string | null | undefined) => content && tags.push({ attr: 'name', key, content });
  const property = (key: string, content: string | null | undefined) => content && tags.push({ attr: 'property', key, content });

  name('citation_title', title);
  // The body as one name: a reader of "Last, First" names (Zotero, Google Scholar) takes the whole
  // name before the comma as the family name, and splits nothing; without the comma Zotero would
  // save "HM Inspectorate of" as a given name and "Probation" as the family name.
  name('citation_author', `${r.publisher},`);
  if (date) name('citation_publication_date', highwireDate(date));
  name('citation_publisher', r.publisher);
  // A report, to Zotero: its institution is the publishing body.
  name('citation_technical_report_institution', r.publisher);
  name('citation_isbn', r.isbn);
  name('citation_language', 'en-GB');
  name('citation_public_url', url);
  name('citation_pdf_url', publication.pdf);

  name('DC.title', title);
  name('DC.creator', r.publisher);
  name('DC.publisher', r.publisher);
  name('DC.date', date);
  name('DC.type', 'Text');
  name('DC.format', 'text/html');
  name('DC.language', 'en-GB');
  name('DC.identifier', url);
  name('DC.rights', `Contains public sector information licensed under the Open Government Licence v3.0: ${OGL}`);

  property('og:type', 'article');
  property('og:title', title);
  property('og:description', description);
  property('og:url', pageUrl);
  property('og:site_name', 'Probation Findings');
  property('og:locale', 'en_GB');
  return tags;
}
