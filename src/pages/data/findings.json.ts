import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { findingsJson } from '../../lib/open-data';
export const GET: APIRoute = async ({ site }) =>
  new Response(findingsJson((await loadSite()).findings, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
