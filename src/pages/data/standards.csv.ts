import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { standardsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(standardsCsv((await loadSite()).standards), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
