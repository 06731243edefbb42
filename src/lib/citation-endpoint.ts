// The citation downloads: per document (/reports/<id>/citation.bib, .ris, .json) and every
// citable paragraph of a document with its locator (/cite/<id>/paragraphs.bib, .ris, .json). One
// paragraph's citation is composed in the browser from the report page (src/client/cite.ts), so
// that the build writes no file per paragraph.
import type { APIRoute } from 'astro';
import { loadSite, type Site } from './data';
import { citedReport, type CiteSource } from './cite';
import { absoluteUrl, findingPath, reportPath, siteOf } from './paths';
import type { Report } from '../../core/schemas';

export async function reportCitationPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { id: r.id } }));
}

const absolute = (path: string, origin: URL | undefined) => absoluteUrl(path, siteOf(origin));

/** The document itself as a citation source. */
export function documentSource(report: Report, origin: URL | undefined): CiteSource {
  return { report: citedReport(report), permalink: absolute(reportPath(report.id), origin) };
}

/** Every paragraph of the document that has a locator, in document order. */
export function paragraphSources(site: Site, report: Report, origin: URL | undefined): CiteSource[] {
  const st = site.structureByReport.get(report.id);
  const cited = citedReport(report);
  return [...(site.findingsByReport.get(report.id) ?? [])]
    .sort((a, b) => a.order - b.order)
    .filter((f) => st?.locators.has(f.id))
    .map((f) => ({ report: cited, permalink: absolute(findingPath(f), origin), locator: st!.locators.get(f.id)!, anchor: f.anchor }));
}

export function reportCitation(render: (sources: CiteSource[]) => string, contentType: string): APIRoute {
  return async ({ params, site: origin }) => {
    const site = await loadSite();
    const report = site.reportById.get(params.id as string)!;
    return new Response(render([documentSource(report, origin)]), { headers: { 'Content-Type': contentType } });
  };
}

export function paragraphCitations(render: (sources: CiteSource[]) => string, contentType: string): APIRoute {
  return async ({ params, site: origin }) => {
    const site = await loadSite();
    const report = site.reportById.get(params.report as string)!;
    return new Response(render(paragraphSources(site, report, origin)), { headers: { 'Content-Type': contentType } });
  };
}
