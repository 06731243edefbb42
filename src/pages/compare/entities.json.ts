// The regions and PDUs the compare page offers, read by its script: in the page itself, four
// lists of every region and PDU made it 647 KB at 1,000 documents, growing with the archive.
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { entityDisplayName } from '../../lib/format';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const of = (type: 'region' | 'pdu') => site.entities.filter((e) => e.type === type).map((e) => [e.id, entityDisplayName(e.name, e.type)]);
  return new Response(`${JSON.stringify({ regions: of('region'), pdus: of('pdu') })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
