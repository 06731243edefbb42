// robots.txt: everything may be crawled; with SITE_URL set it names the sitemap (an absolute URL,
// as the sitemap itself needs the origin: astro.config.mjs).
import type { APIRoute } from 'astro';
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
