// How Zotero's browser connector reads a page's Highwire Press tags into an item, by the rules of
// its "Embedded Metadata" translator (zotero/translators, Embedded Metadata.js, as of commit
// 2814370161d05d799086825fac8d499db3a33aa3, June 2026), written out here for the tags a report
// page carries, so that a test can say what one click in Zotero saves. The rules:
// - the item type is "report" when a citation_technical_report_institution tag is present
//   (journalArticle is only the fallback for a bare citation_title);
// - fields come from the first tag of each name: citation_title → title, citation_publication_date
//   (or citation_date) → date, citation_publisher → publisher, citation_technical_report_institution
//   → institution, citation_isbn → ISBN, citation_language → language, citation_public_url → url;
// - authors come from citation_author tags; one tag is split at ";" and, only when both sides of
//   a comma hold a space, at ","; each name is cleaned as Zotero's cleanAuthor does (leading and
//   trailing spaces, full stops, commas, slashes, brackets and colons dropped), then read as
//   "Last, First" when it held a comma, else split at its last space into first and last names;
// - citation_pdf_url becomes a PDF attachment, else the page is saved as a snapshot;
// - without citation_public_url, the url is the canonical link, else the page's own address.
// Item fields a report does not have (ISBN) are dropped when Zotero saves the item.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
  creatorType: 'author';
}
export interface ZoteroItem {
  itemType: string;
  title?: string;
  date?: string;
  publisher?: string;
  institution?: string;
  language?: string;
  url?: string;
  creators: ZoteroCreator[];
  attachments: { title: string; mimeType: string; url?: string }[];
}

function elements(node: Root | Element, tag: string, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tag) out.push(c);
    elements(c, tag, out);
  }
  return out;
}

function cleanAuthor(name: string, useComma: boolean): ZoteroCreator {
  const author = name.replace(/^[\s\u00A0.,/[\]:]+/, '').replace(/[\s\u00A0.,/[\]:]+$/, '').replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const parts = author.split(/[,،] ?/);
    return parts.length > 1 ? { lastName: parts[0]!, firstName: parts[1]!, creatorType: 'author' } : { lastName: author, creatorType: 'author' };
  }
  const space = author.lastIndexOf(' ');
  return space < 0 ? { lastName: author, firstName: '', creatorType: 'author' } : { firstName: author.slice(0, space), lastName: author.slice(space + 1), creatorType: 'author' };
}

export function zoteroItemFromPage(html: string, pageUrl: string): ZoteroItem {
  const tree = fromHtml(html);
  const head = elements(tree, 'head')[0]!;
  const metas = elements(head, 'meta').map((m) => ({ name: String(m.properties.name ?? ''), content: String(m.properties.content ?? '') })).filter((m) => m.name && m.content);
  const first = (name: string) => metas.find((m) => m.name === name)?.content.replace(/\s+/g, ' ').trim();
  const all = (name: string) => metas.filter((m) => m.name === name).map((m) => m.content);

  const itemType = first('citation_technical_report_institution') ? 'report' : first('citation_title') ? 'journalArticle' : 'webpage';
  const item: ZoteroItem = { itemType, creators: [], attachments: [] };
  item.title = first('citation_title');
  item.date = first('citation_publication_date') ?? first('citation_date');
  item.publisher = first('citation_publisher');
  item.institution = first('citation_technical_report_institution');
  item.language = first('citation_language');

  const authorTags = all('citation_author');
  let last: string | null = null;
  for (const tag of authorTags) {
    let names = tag.split(/\s*;\s*/);
    if (names.length === 1 && authorTags.length === 1) {
      const byComma = names[0]!.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) names = byComma;
    }
    for (const raw of names) {
      const name = raw.trim();
      if (!name || !/[^\s,-.;]/.test(name) || name === last) continue;
      last = name;
      item.creators.push(cleanAuthor(name, name.includes(',')));
    }
  }

  const pdf = first('citation_pdf_url');
  item.attachments.push(pdf ? { title: 'Full Text PDF', mimeType: 'application/pdf', url: pdf } : { title: 'Snapshot', mimeType: 'text/html' });
  const canonical = elements(head, 'link').find((l) => ([] as unknown[]).concat(l.properties.rel ?? []).includes('canonical'));
  item.url = first('citation_public_url') ?? (canonical ? String(canonical.properties.href) : pageUrl);
  return item;
}
