// The Atom feed of every document, newest first (src/lib/feeds.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { siteFeed } from '../../lib/feeds';
import { siteOf } from '../../lib/paths';
export const GET: APIRoute = async ({ site }) => {
  const s = await loadSite();
  return new Response(siteFeed(s.reports, { entityById: s.entityById, site: siteOf(site) }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
