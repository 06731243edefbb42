// The Frictionless Data Package describing every file under /data/ (src/lib/data-package.ts).
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/data-package';
import { toJson } from '../../lib/serialise';
import { siteOf } from '../../lib/paths';
export const GET: APIRoute = ({ site }) =>
  new Response(toJson(dataPackage(siteOf(site))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
