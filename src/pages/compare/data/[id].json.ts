// One region's or PDU's figures for the compare page (src/lib/compare.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/data';
import { compareData, standardRows } from '../../../lib/compare';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.entities.map((e) => ({ params: { id: e.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const entity = site.entityById.get(params.id!)!;
  return new Response(JSON.stringify(compareData(site, entity, standardRows(site.standards))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
