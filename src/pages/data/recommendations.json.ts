import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { recommendationsJson } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(recommendationsJson((await loadSite()).recommendations), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
