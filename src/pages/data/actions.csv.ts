import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { actionsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(actionsCsv((await loadSite()).items), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
