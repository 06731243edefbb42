import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { themesCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(themesCsv((await loadSite()).themes), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
