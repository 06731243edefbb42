import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { combinedFindings } from '../../lib/open-data-files';
import { siteOf } from '../../lib/paths';
// Sent as bytes, never one string: see findingsJsonChunks.
export const GET: APIRoute = async ({ site }) =>
  new Response(Buffer.concat(combinedFindings(await loadSite(), siteOf(site), 'json')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
