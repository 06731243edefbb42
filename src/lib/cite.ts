// Citations of a document or of one of its paragraphs, for people and for reference managers:
// Cite Them Right Harvard and OSCOLA as text; biblatex (@report), RIS (RPRT) and CSL-JSON (type
// report) as data. Every one cites the publication itself: its title as printed on its cover, its
// publishing body as the author (a corporate name, never split into given and family names), the
// date it gives (an action plan's is the date it was submitted, and says so) and the publication's
// own address: its recorded page or PDF, else the address it prints for itself, else this site's
// permalink where neither is known. A paragraph is cited by its locator ("P 1.1, para 4"), which
// the data formats carry in their note. Pure and deterministic: the access date is the caller's
// (the pages fill in today's in the browser), and the build writes none.
//
// The browser composes a paragraph's citation with these same functions (src/client/cite.ts),
// from the report page's document data and the paragraph's locator and anchor.
import type { Report } from '../../core/schemas';
import { dateParts, formatDate, yearOf } from './format';
import { publicationOf } from './publication';
import { toJson } from './serialise';

export const SITE_NAME = 'Probation Findings';
/** The access date as the build writes it on the citation page: its script puts today's date in its place. */
export const ACCESSED_PLACEHOLDER = '[date]';

/** What a citation needs of a report: small enough to ship to the browser with the report page. */
export type CitedReport = Pick<
  Report,
  'id' | 'kind' | 'title' | 'cover_title' | 'cover_subtitle' | 'publisher' | 'publisher_place' | 'published' | 'isbn' | 'printed_url' | 'official'
>;

export function citedReport(r: Report | CitedReport): CitedReport {
  const { id, kind, title, cover_title, cover_subtitle, publisher, publisher_place, published, isbn, printed_url, official } = r;
  return { id, kind, title, cover_title, cover_subtitle, publisher, publisher_place, published, isbn, printed_url, ...(official ? { official } : {}) };
}

export interface CiteSource {
  report: CitedReport;
  /** This site's absolute address for the document or paragraph. */
  permalink: string;
  /** The paragraph's locator ("P 1.1, para 4"), when citing a paragraph. */
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

/** The title as the cover prints it, with the line printed under it as its subtitle; the site's own title where the cover has none. */
export function citedTitle(r: CitedReport): string {
  if (!r.cover_title) return stripStop(r.title);
  return r.cover_subtitle ? `${stripStop(r.cover_title)}: ${stripStop(r.cover_subtitle)}` : stripStop(r.cover_title);
}

const dateOf = (r: CitedReport) => r.official?.published ?? r.published;

/**
 * What kind of document it is, where its title does not say and a reader needs it: an action
 * plan's date is the date it was submitted, not published, and the citation says so.
 */
export function genreOf(r: CitedReport): string | null {
  if (r.kind !== 'action-plan') return null;
  const d = dateOf(r);
  return d ? `Action plan submitted ${formatDate(d)}` : 'Action plan';
}

/** The address a citation gives: the publication's own, else this site's permalink. */
export const citationUrl = (s: CiteSource) => publicationOf(s.report).url ?? s.permalink;

const pressRelease = (r: CitedReport) => r.official?.press_release ?? null;

/**
 * Cite Them Right Harvard, the reference-list entry: Author (Year) *Title*. Genre. Place:
 * Publisher. Available at: URL (Accessed: date). A paragraph is the same entry (the reference
 * list names works, not their parts); its locator goes in the citation in the text.
 */
export function harvard(s: CiteSource, accessed: string): CitationText {
  const r = s.report;
  const genre = genreOf(r);
  const after =
    `.${genre ? ` ${genre}.` : ''} ${r.publisher_place ? `${r.publisher_place}: ` : ''}${r.publisher}.` +
    ` Available at: ${citationUrl(s)} (Accessed: ${accessed}).`;
  return { before: `${r.publisher} (${yearOf(dateOf(r)) ?? 'no date'}) `, title: citedTitle(r), after };
}

/** Cite Them Right Harvard, the citation in the text: (Author, Year, locator). */
export function harvardInText(s: CiteSource): string {
  return `(${s.report.publisher}, ${yearOf(dateOf(s.report)) ?? 'no date'}${s.locator ? `, ${s.locator}` : ''})`;
}

/**
 * OSCOLA, a report by a public body: Author, *Title* (additional information Year) pinpoint
 * <URL> accessed date. The body is not named again as publisher; the citation ends with its
 * full stop.
 */
export function oscola(s: CiteSource, accessed: string): CitationText {
  const r = s.report;
  const when = genreOf(r) ?? yearOf(dateOf(r)) ?? 'undated';
  const after = ` (${when})${s.locator ? ` ${s.locator}` : ''} <${citationUrl(s)}> accessed ${accessed}.`;
  return { before: `${r.publisher}, `, title: citedTitle(r), after };
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

/**
 * Text for a title field, each word with a capital letter braced ("{Surrey} {PDU}"): BibTeX styles
 * and importers that change a title's case (sentence case, as Zotero stores titles) leave those
 * words as the cover prints them.
 */
export function bibCased(s: string): string {
  return s
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => (/\p{Lu}/u.test(w) ? `{${bibEscape(w)}}` : bibEscape(w)))
    .join(' ');
}

/** A BibTeX key safe for every tool: letters, digits, hyphens. */
export function bibKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
}

const keyOf = (s: CiteSource) => bibKey(s.anchor ? `${s.report.id}-${s.anchor}` : s.report.id);
// biblatex's url field is verbatim (only braces and backslashes to escape); a \url{} inside
// another field is a macro's argument, where % and # must be escaped too.
const verbatim = (url: string) => url.replace(/([{}\\])/g, '\\$1');
const urlArgument = (url: string) => url.replace(/([{}\\%#])/g, '\\$1');

/**
 * One biblatex @report entry. Corporate names in double braces (author, institution), so that
 * no tool splits "HM Prison and Probation Service" at its "and" or into given and family names;
 * in titles, every word with a capital in braces, so that no style or importer lowercases it.
 * A paragraph's locator is the entry's note (Zotero and citation-js keep it); a press release is
 * its addendum.
 */
export function biblatex(s: CiteSource): string {
  const r = s.report;
  const date = dateOf(r);
  const genre = genreOf(r);
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(r.publisher)}}}`],
    ['title', `{${bibCased(r.cover_title ? stripStop(r.cover_title) : citedTitle(r))}}`],
  ];
  if (r.cover_title && r.cover_subtitle) fields.push(['subtitle', `{${bibCased(stripStop(r.cover_subtitle))}}`]);
  if (genre) fields.push(['type', `{${bibCased(genre)}}`]);
  fields.push(['institution', `{{${bibEscape(r.publisher)}}}`]);
  if (r.publisher_place) fields.push(['location', `{{${bibEscape(r.publisher_place)}}}`]);
  if (date && dateParts(date)) fields.push(['date', `{${date}}`]);
  if (r.isbn) fields.push(['isbn', `{${bibEscape(r.isbn)}}`]);
  fields.push(['url', `{${verbatim(citationUrl(s))}}`]);
  if (s.locator) fields.push(['note', `{${bibEscape(s.locator)}}`]);
  const pr = pressRelease(r);
  if (pr) fields.push(['addendum', `{Press release: \\url{${urlArgument(pr)}}}`]);
  return `@report{${keyOf(s)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** The lines of a note: the paragraph's locator, then the press release about the document. */
const noteLines = (s: CiteSource) => [s.locator ?? null, pressRelease(s.report) ? `Press release: ${pressRelease(s.report)}` : null].filter((x): x is string => !!x);

/** One CSL-JSON item of type report. */
export function cslItem(s: CiteSource): Record<string, unknown> {
  const r = s.report;
  const parts = dateParts(dateOf(r));
  const genre = genreOf(r);
  const item: Record<string, unknown> = {
    id: keyOf(s),
    type: 'report',
    title: citedTitle(r),
    author: [{ literal: r.publisher }],
    publisher: r.publisher,
  };
  if (r.publisher_place) item['publisher-place'] = r.publisher_place;
  if (genre) item.genre = genre;
  if (parts) item.issued = { 'date-parts': [parts] };
  if (r.isbn) item.ISBN = r.isbn;
  item.URL = citationUrl(s);
  item.language = 'en-GB';
  const note = noteLines(s);
  if (note.length) item.note = note.join('\n');
  return item;
}

/**
 * One RIS record (RPRT), as Zotero, EndNote and Mendeley import it: the author without a comma,
 * which they read as one corporate name; the locator and the press release as notes (N1).
 */
export function ris(s: CiteSource): string {
  const r = s.report;
  const date = dateOf(r);
  const parts = dateParts(date);
  const genre = genreOf(r);
  const one = (v: string) => v.replace(/\s+/g, ' ').trim();
  const tags: [string, string | null | undefined][] = [
    ['TY', 'RPRT'],
    ['AU', r.publisher],
    ['TI', citedTitle(r)],
    ['PY', parts ? String(parts[0]) : null],
    ['DA', parts ? `${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/` : null],
    ['M3', genre],
    ['PB', r.publisher],
    ['CY', r.publisher_place],
    ['UR', citationUrl(s)],
    ['LA', 'en-GB'],
    ...noteLines(s).map((n): [string, string] => ['N1', n]),
    ['ID', keyOf(s)],
  ];
  return `${tags.filter(([, v]) => v).map(([t, v]) => `${t}  - ${one(v!)}`).join('\r\n')}\r\nER  - \r\n`;
}

export const bibFile = (sources: CiteSource[]) => sources.map(biblatex).join('\n');
export const cslFile = (sources: CiteSource[]) => toJson(sources.map(cslItem));
export const risFile = (sources: CiteSource[]) => sources.map(ris).join('\r\n');

export const BIB_TYPE = 'application/x-bibtex; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';
export const CSL_TYPE = 'application/vnd.citationstyles.csl+json; charset=utf-8';
