import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { reportsJson } from '../../lib/open-data';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(reportsJson(site.reports, site.entities), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
