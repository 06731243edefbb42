import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { keyQuestionsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(keyQuestionsCsv(site.keyQuestions, site.standards, site.entities), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
