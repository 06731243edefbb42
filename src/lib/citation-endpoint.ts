// The per-report citation downloads (citation.bib, citation.json): one route per report,
// each rendering the report's citation in one format with its permalink.
import type { APIRoute } from 'astro';
import { loadSite } from './data';
import type { CiteTarget } from './cite';
import { reportPath } from './paths';

export async function reportCitationPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { id: r.id } }));
}

export function reportCitation(render: (report: CiteTarget['report'], url: string) => string, contentType: string): APIRoute {
  return async ({ params, site: origin }) => {
    const site = await loadSite();
    const report = site.reportById.get(params.id as string)!;
    const path = reportPath(report.id);
    const url = origin ? new URL(path, origin).href : path;
    return new Response(render(report, url), { headers: { 'Content-Type': contentType } });
  };
}
