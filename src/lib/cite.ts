// Citations of a document or of one of its paragraphs. A citation names the original
// publication first (author, title, date, its official address where the document's metadata
// file records it) and this site's permalink as where it was read: Cite Them Right Harvard and
// OSCOLA as text, biblatex (@report) and CSL-JSON (type report) as data. Pure and deterministic:
// no "accessed" date is baked into files; the pages fill it in where the reader copies.
import type { Report } from '../schemas';
import { dateParts, formatDate, KIND_LABEL, yearOf } from './format';
import { toJson } from './serialise';

export const SITE_NAME = 'Probation Findings';

export interface CiteSource {
  report: Pick<Report, 'id' | 'title' | 'publisher' | 'published' | 'isbn' | 'kind' | 'official'>;
  /** This site's address for the document or paragraph (absolute where the site's origin is known). */
  permalink: string;
  /** The paragraph's locator ("P 1.1, para 3"), when citing a paragraph. */
  locator?: string | null;
  /** The paragraph's anchor, when citing a paragraph (for the entry's key). */
  anchor?: string | null;
}

/** A citation as text in three runs, so that a page can set the title in italics. */
export interface CitationText {
  before: string;
  title: string;
  after: string;
}
export const plainCitation = (c: CitationText) => `${c.before}${c.title}${c.after}`;

const stripStop = (s: string) => s.trim().replace(/[.:]+$/, '');
const published = (s: CiteSource) => s.report.official?.published ?? s.report.published;

/**
 * Cite Them Right Harvard: Author (Year) Title, locator. Available at: URL (Accessed: date).
 * The publisher is named after the title only when it is not the author.
 */
export function harvard(s: CiteSource, accessed: string): CitationText {
  const { report } = s;
  const year = yearOf(published(s)) ?? 'no date';
  const official = report.official?.official_url;
  let after = s.locator ? `, ${s.locator}.` : '.';
  after += official
    ? ` Available at: ${official} (Accessed: ${accessed}). Read in ${SITE_NAME}: ${s.permalink}.`
    : ` Official address not recorded; read in ${SITE_NAME}. Available at: ${s.permalink} (Accessed: ${accessed}).`;
  return { before: `${report.publisher} (${year}) `, title: stripStop(report.title), after };
}

/**
 * OSCOLA (reports by a body): Author, Title (Date) pinpoint <URL> accessed date — then where
 * it was read.
 */
export function oscola(s: CiteSource, accessed: string): CitationText {
  const { report } = s;
  const date = formatDate(published(s)) || 'undated';
  const official = report.official?.official_url;
  let after = ` (${date})`;
  if (s.locator) after += ` ${s.locator}`;
  after += official
    ? ` <${official}> accessed ${accessed}; read in ${SITE_NAME} <${s.permalink}>`
    : ` (official address not recorded) read in ${SITE_NAME} <${s.permalink}> accessed ${accessed}`;
  return { before: `${report.publisher}, `, title: stripStop(report.title), after };
}

/** Escape text for a BibTeX field value in braces. */
export function bibEscape(s: string): string {
  return s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A BibTeX key safe for every tool: letters, digits, hyphens. */
export function bibKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
}

const keyOf = (s: CiteSource) => bibKey(s.anchor ? `${s.report.id}-${s.anchor}` : s.report.id);
const verbatim = (url: string) => url.replace(/([{}\\])/g, '\\$1');

/** One biblatex @report entry: the corporate author in double braces, so it is not split as a name. */
export function biblatex(s: CiteSource): string {
  const { report } = s;
  const date = published(s);
  const official = report.official?.official_url;
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(report.publisher)}}}`],
    ['title', `{${bibEscape(stripStop(report.title))}}`],
    ['type', `{${KIND_LABEL[report.kind]}}`],
    ['institution', `{${bibEscape(report.publisher)}}`],
  ];
  if (date && dateParts(date)) fields.push(['date', `{${date}}`]);
  if (report.isbn) fields.push(['isbn', `{${bibEscape(report.isbn)}}`]);
  fields.push(['url', `{${verbatim(official ?? s.permalink)}}`]);
  if (s.locator) fields.push(['addendum', `{${bibEscape(s.locator)}}`]);
  fields.push(['note', `{${official ? '' : 'Official address not recorded. '}Read in ${SITE_NAME}: \\url{${verbatim(s.permalink)}}. Contains public sector information licensed under the Open Government Licence v3.0}`]);
  return `@report{${keyOf(s)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** One CSL-JSON item of type report. */
export function cslItem(s: CiteSource): Record<string, unknown> {
  const { report } = s;
  const parts = dateParts(published(s));
  const official = report.official?.official_url;
  const item: Record<string, unknown> = {
    id: keyOf(s),
    type: 'report',
    title: stripStop(report.title),
    author: [{ literal: report.publisher }],
    publisher: report.publisher,
    genre: KIND_LABEL[report.kind],
  };
  if (parts) item.issued = { 'date-parts': [parts] };
  if (report.isbn) item.ISBN = report.isbn;
  item.URL = official ?? s.permalink;
  if (s.locator) item.locator = s.locator;
  item.note = `${official ? '' : 'Official address not recorded. '}Read in ${SITE_NAME}: ${s.permalink}`;
  return item;
}

export const bibFile = (sources: CiteSource[]) => sources.map(biblatex).join('\n');
export const cslFile = (sources: CiteSource[]) => toJson(sources.map(cslItem));
