import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { actionPlanJson } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(actionPlanJson((await loadSite()).items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
