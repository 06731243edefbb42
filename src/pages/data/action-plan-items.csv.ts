import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { actionPlanItemsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(actionPlanItemsCsv((await loadSite()).items), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
