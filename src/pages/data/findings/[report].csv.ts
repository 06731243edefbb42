// One report's findings, with the columns of /data/findings.csv: a re-user can open one
// document's findings in a spreadsheet without the combined file.
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/data';
import { findingsCsv } from '../../../lib/open-data';
import { siteOf } from '../../../lib/paths';
export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { report: r.id } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const s = await loadSite();
  return new Response(findingsCsv(s.findingsByReport.get(params.report as string) ?? [], s.standards, siteOf(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
