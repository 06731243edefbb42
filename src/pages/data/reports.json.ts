import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { reportsJson } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(reportsJson((await loadSite()).reports), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
