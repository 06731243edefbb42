import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { entitiesCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(entitiesCsv((await loadSite()).entities), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
