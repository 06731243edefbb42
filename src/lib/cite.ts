// Citations for documents and for single findings, in a human-readable form, BibTeX and
// CSL-JSON. Pure and deterministic: no "accessed" date is baked into files.
import type { Report } from '../schemas';
import { dateParts, formatDate, yearOf } from './format';
import { toJson } from './serialise';

export interface CiteTarget {
  report: Pick<Report, 'id' | 'title' | 'publisher' | 'published' | 'isbn' | 'kind'>;
  /** Section heading the finding sits under, if citing a finding. */
  section?: string | null;
  /** Paragraph anchor, if citing a finding. */
  anchor?: string | null;
  /** Absolute or site-relative URL of the thing cited. */
  url: string;
}

/** "HM Inspectorate of Probation (2024) Title. Section: …, paragraph …. Available at: URL" */
export function citationText(t: CiteTarget): string {
  const year = yearOf(t.report.published) ?? 'n.d.';
  const parts = [`${t.report.publisher} (${year}) ${stripStop(t.report.title)}.`];
  if (t.report.published) parts.push(`Published ${formatDate(t.report.published)}.`);
  if (t.section) parts.push(`Section: ${stripStop(t.section)}.`);
  if (t.anchor) parts.push(`Paragraph ${t.anchor}.`);
  parts.push(`Available at: ${t.url}`);
  return parts.join(' ');
}

function stripStop(s: string): string {
  return s.trim().replace(/[.:]+$/, '');
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

const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtex(report: CiteTarget['report'], url: string): string {
  const parts = dateParts(report.published);
  const fields: [string, string][] = [
    ['title', `{${bibEscape(report.title)}}`],
    ['author', `{${bibEscape(report.publisher)}}`],
    ['institution', `{${bibEscape(report.publisher)}}`],
  ];
  if (parts?.[0]) fields.push(['year', `{${parts[0]}}`]);
  if (parts?.[1]) fields.push(['month', MONTH_ABBR[parts[1] - 1]]);
  if (report.isbn) fields.push(['isbn', `{${bibEscape(report.isbn)}}`]);
  fields.push(['url', `{${url.replace(/([{}\\])/g, '\\$1')}}`]);
  fields.push(['note', `{Contains public sector information licensed under the Open Government Licence v3.0}`]);
  const entry = report.kind === 'regional-letter' ? 'misc' : 'techreport';
  return `@${entry}{${bibKey(report.id)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

export function cslJson(report: CiteTarget['report'], url: string): string {
  const parts = dateParts(report.published);
  const item: Record<string, unknown> = {
    id: report.id,
    type: 'report',
    title: report.title,
    author: [{ literal: report.publisher }],
    publisher: report.publisher,
  };
  if (parts) item.issued = { 'date-parts': [parts] };
  if (report.isbn) item.ISBN = report.isbn;
  item.URL = url;
  item.genre = report.kind.replace(/-/g, ' ');
  return toJson([item]);
}
