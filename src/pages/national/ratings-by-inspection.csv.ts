// Every inspection with its ratings, one a row (src/lib/national.ts): the national matrix as a
// table, and the data of the filter tool (/national/filter/).
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { inspectionsCsv, programmes, siteInspections } from '../../lib/national';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(inspectionsCsv(programmes(site), siteInspections(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
