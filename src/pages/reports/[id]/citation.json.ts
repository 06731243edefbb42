import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/data';
import { cslJson } from '../../../lib/cite';
import { reportPath } from '../../../lib/paths';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.reports.map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await loadSite();
  const report = site.reportById.get(params.id as string)!;
  const path = reportPath(report.id);
  const url = origin ? new URL(path, origin).href : path;
  return new Response(cslJson(report, url), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
