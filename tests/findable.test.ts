// Findable (issue 12): schema.org JSON-LD on every report page, and, when the site's address is
// known (SITE_URL), a sitemap (Astro's @astrojs/sitemap), robots.txt naming it, and a canonical
// link on every page. The project's build has no SITE_URL (its links are site-relative), so this
// file builds the same content once more with SITE_URL set, into a temporary folder (Astro's
// cache there too: tests/support/astro.isolated.config.mjs), and checks both builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../scripts/read-content.ts';
import { entityDisplayName } from '../src/lib/format.ts';
import type { Entity, Report } from '../core/schemas.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { listPages } from './support/site-pages.ts';
import { siteUrl } from '../core/site-origin.mjs';

const SITE = 'https://findings.example.org';
const work = mkdtempSync(join(tmpdir(), 'pf-findable-'));
const siteDist = join(work, 'dist');
const contentDir = join(ROOT_DIR, 'content');
const reports = readCollection<Report>(contentDir, 'reports');
const entities = new Map(readCollection<Entity>(contentDir, 'entities').map((e) => [e.id, e]));

const html = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');
const head = (dist: string, file: string) => html(dist, file).split('</head>')[0]!;
const canonicals = (dist: string, file: string) => [...head(dist, file).matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
function jsonLd(dist: string, file: string): Record<string, unknown>[] {
  return [...html(dist, file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

beforeAll(() => {
  const started = Date.now();
  const r = spawnSync(join(ROOT_DIR, 'node_modules', '.bin', 'astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', siteDist, '--silent'], {
    cwd: ROOT_DIR,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: SITE, CONTENT_DIR: contentDir, SITE_TEST_CACHE_DIR: join(work, 'cache') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`astro build with SITE_URL failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  console.log(`[findable] built with SITE_URL=${SITE} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('schema.org JSON-LD', () => {
  it('every report page describes its document as a Report: publisher, datePublished, the entity it is about', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      const blocks = jsonLd(DIST_DIR, `reports/${r.id}/index.html`);
      expect(blocks.length, r.id).toBe(1);
      const ld = blocks[0]!;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Report');
      expect(ld.name).toBe(r.title);
      expect(ld.url).toBe(`${siteUrl()}/reports/${r.id}/`);
      expect(ld.publisher).toEqual({ '@type': 'GovernmentOrganization', name: r.publisher });
      expect(ld.datePublished).toBe(r.published ?? undefined);
      const about = ([] as { name: string }[]).concat((ld.about as { name: string }[]) ?? []).map((a) => a.name);
      const e = entities.get(r.entity!)!;
      expect(about, r.id).toContain(entityDisplayName(e.name, e.type));
      // after the policy (tests/csp.test.ts wants every <script> after it), though a data block
      // is never run, so the policy's script-src needs no hash for it
      expect(head(DIST_DIR, `reports/${r.id}/index.html`)).not.toContain('application/ld+json');
    }
  });

  it('with SITE_URL its addresses are absolute', () => {
    const r = reports[0]!;
    const ld = jsonLd(siteDist, `reports/${r.id}/index.html`)[0]!;
    expect(ld['@id']).toBe(`${SITE}/reports/${r.id}/`);
    expect(ld.url).toBe(`${SITE}/reports/${r.id}/`);
  });
});

describe('with SITE_URL: sitemap, robots.txt, canonical links', () => {
  it('the sitemap lists every page once, by its absolute address, and nothing else', () => {
    const index = readFileSync(join(siteDist, 'sitemap-index.xml'), 'utf8');
    const maps = locs(index);
    expect(maps).toEqual([`${SITE}/sitemap-0.xml`]);
    const urls = maps.flatMap((m) => locs(readFileSync(join(siteDist, new URL(m).pathname), 'utf8')));
    const pages = listPages(siteDist).filter((p) => p.path.endsWith('/') && p.path !== '/404/');
    expect(pages.length).toBeGreaterThan(50);
    expect([...urls].sort()).toEqual(pages.map((p) => `${SITE}${p.path}`).sort());
  });

  it('robots.txt allows everything and names the sitemap', () => {
    expect(readFileSync(join(siteDist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('every page has one canonical link, to its own absolute address (the 404 page none)', () => {
    for (const p of listPages(siteDist)) {
      expect(canonicals(siteDist, p.file), p.path).toEqual(p.path.endsWith('/') && p.path !== '/404/' ? [`${SITE}${p.path}`] : []);
    }
  });

  it('a printed page gives its canonical address (its path without SITE_URL)', () => {
    for (const p of listPages(siteDist)) {
      if (!p.path.endsWith('/') || p.path === '/404/') continue;
      expect(html(siteDist, p.file), p.path).toContain(`<p class="wrap print-address">This page: ${SITE}${p.path}</p>`);
      expect(html(DIST_DIR, p.file), p.path).toContain(`<p class="wrap print-address">This page: ${p.path}</p>`);
    }
  });

  it('feeds and the data package carry absolute addresses', () => {
    expect(readFileSync(join(siteDist, 'reports', 'feed.xml'), 'utf8')).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/reports/feed.xml"/>`);
    expect(JSON.parse(readFileSync(join(siteDist, 'data', 'datapackage.json'), 'utf8')).homepage).toBe(`${SITE}/data/`);
  });
});

describe('without SITE_URL (the project build)', () => {
  it('no sitemap, robots.txt without one, no canonical links (the preview address is no page\'s canonical address)', () => {
    expect(existsSync(join(DIST_DIR, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    for (const p of listPages()) expect(canonicals(DIST_DIR, p.file), p.path).toEqual([]);
  });
});
