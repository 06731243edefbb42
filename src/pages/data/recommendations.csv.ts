import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { recommendationsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(recommendationsCsv(site.recommendations, site.themes, site.entities), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
