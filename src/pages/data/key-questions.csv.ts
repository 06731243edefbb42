import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/data';
import { keyQuestionsCsv } from '../../lib/open-data';
export const GET: APIRoute = async () =>
  new Response(keyQuestionsCsv((await loadSite()).keyQuestions), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
