import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { reportsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(reportsCsv((await loadSite()).reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
