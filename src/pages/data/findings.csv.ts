import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { combinedFindings } from '../../lib/open-data-files';
import { siteOf } from '../../lib/paths';
// Sent as bytes, never one string: see findingsCsvChunks.
export const GET: APIRoute = async ({ site }) =>
  new Response(Buffer.concat(combinedFindings(await loadSite(), siteOf(site), 'csv')), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
