// One report's findings, in the same format as /data/findings.json: a re-user can fetch one
// document's findings without the combined file (127 MB at 1,000 documents).
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/data';
import { findingsJson } from '../../../lib/open-data';
import { siteOf } from '../../../lib/paths';
export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { report: r.id } }));
}
export const GET: APIRoute = async ({ params, site }) =>
  new Response(findingsJson((await loadSite()).findingsByReport.get(params.report as string) ?? [], siteOf(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
