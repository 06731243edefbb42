import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { ratingsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(ratingsCsv(site.reports, site.entities), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
