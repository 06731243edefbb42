// The Atom feed of the documents about one region, as its page lists them (src/lib/feeds.ts).
import type { APIRoute } from 'astro';
import { documentsAbout, loadSite } from '../../../lib/data';
import { entityFeed } from '../../../lib/feeds';
import { siteOf } from '../../../lib/paths';
export async function getStaticPaths() {
  const site = await loadSite();
  return site.entities.filter((e) => e.type === 'region').map((e) => ({ params: { id: e.id } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const s = await loadSite();
  const e = s.entityById.get(params.id as string)!;
  return new Response(entityFeed(e, documentsAbout(s, e), { entityById: s.entityById, site: siteOf(site) }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
