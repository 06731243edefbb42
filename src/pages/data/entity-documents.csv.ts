import type { APIRoute } from 'astro';
import { documentsAbout, loadSite } from '../../lib/data';
import { entityDocumentsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const csv = entityDocumentsCsv(site.entities, (e) => documentsAbout(site, e));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
