// robots.txt: everything may be crawled; with SITE_URL set it names the sitemap, which only the
// deployed address has (astro.config.mjs).
import type { APIRoute } from 'astro';
import { siteConfigured } from '../../core/site-origin.mjs';
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${siteConfigured() && site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
