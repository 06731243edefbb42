// Every address a build writes for use outside the site is absolute: citations (their pages, the
// BibTeX, RIS and CSL-JSON downloads, the report pages' citation meta tags and data blocks),
// feeds, calendars, sitemaps, robots.txt and the open data files under /data/. Without SITE_URL
// the build gives them at the preview address (core/site-origin.mjs), never site-relative.
// (The compare page's per-entity files and the search index are read by the site's own scripts
// on the site's own pages, where a relative link is the right one; they are not scanned.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';
import { listFiles, listPages } from './support/site-pages.ts';
import { PREVIEW_ORIGIN } from '../core/site-origin.mjs';

// A path of this site standing alone, not after a host: "/reports/…" but not "https://x/reports/…",
// nor a pattern of paths in a description ("used in /standards/<id>/").
const SECTIONS = 'reports|recommendations|regions|pdus|themes|standards|data|cite|actions|entities|search|glossary|about|ratings|compare|data-quality';
const RELATIVE = new RegExp(`(?<![\\w.:/%-])/(?:${SECTIONS})/(?!<)[^\\s"'<>,)}]*`, 'g');
const ABSOLUTE = new RegExp(`https?://[^\\s"'<>]+/(?:${SECTIONS})/`, 'g');

const EXPORTED = /^(data\/.+\.(json|csv)|.+\.(xml|ics|bib|ris)|reports\/[^/]+\/citation\.json|cite\/[^/]+\/paragraphs\.json|robots\.txt)$/;

/** What a page says to the outside in its head and data blocks, and the citations it prints. */
function pageCitationText(html: string): string {
  const parts = [
    ...[...html.matchAll(/<meta\s[^>]*content="([^"]*)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<span class="cite">([\s\S]*?)<\/span><\/(?:p|li|div)>/g)].map((m) => m[1]!),
  ];
  return parts.join('\n');
}

describe('no relative URL leaves the site', () => {
  const files = listFiles().filter((f) => EXPORTED.test(f));
  const pages = listPages().filter((p) => /^\/(reports|cite)\/[^/]+\/$/.test(p.path));

  it('covers the citation downloads, feeds, calendars and open data of every document', () => {
    const names = files.join('\n');
    for (const want of [/reports\/feed\.xml/, /\.ics$/m, /citation\.bib/, /citation\.ris/, /paragraphs\.ris/, /data\/findings\.json/, /data\/datapackage\.json/]) expect(names).toMatch(want);
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('every such file and page gives its addresses at the site\'s address, absolute', () => {
    let absolute = 0;
    for (const f of files) {
      // An iCalendar file folds its long lines (RFC 5545, 3.1): read them unfolded.
      const raw = readFileSync(join(DIST_DIR, f), 'utf8');
      const text = f.endsWith('.ics') ? raw.replace(/\r?\n[ \t]/g, '') : raw;
      expect(text.match(RELATIVE) ?? [], f).toEqual([]);
      absolute += (text.match(ABSOLUTE) ?? []).length;
    }
    for (const p of pages) {
      const text = pageCitationText(readFileSync(join(DIST_DIR, p.file), 'utf8'));
      expect(text.match(RELATIVE) ?? [], p.path).toEqual([]);
      absolute += (text.match(ABSOLUTE) ?? []).length;
    }
    // The scan finds the addresses it checks (so it would see a relative one): thousands of them.
    expect(absolute).toBeGreaterThan(1000);
  });

  it('without SITE_URL, the address is the preview address', () => {
    if (process.env.SITE_URL) return;
    const feed = readFileSync(join(DIST_DIR, 'reports', 'feed.xml'), 'utf8');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${PREVIEW_ORIGIN}/reports/feed.xml"/>`);
  });
});
