// Atom feeds (issue 12): every feed of the built site is parsed with a feed library (feedsmith,
// which reads Atom through fast-xml-parser), not with the code that writes it, and checked
// against the documents as /data/ publishes them: the site's feed lists every document, newest
// first; each region's and PDU's feed lists the documents about it (entity-documents.csv); each
// entry carries the document's title, date, kind, entity and overall rating. Every page links
// the site's feed from its <head>, and a region's or PDU's pages their own feed too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseCsv from 'csv-parse/lib/sync';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';
import { listFiles, listPages } from './support/site-pages.ts';
import { siteUrl } from '../core/site-origin.mjs';

interface Doc { id: string; kind: string; title: string; entity: string | null; published: string | null; overall_rating: string | null }
const docs = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'reports.json'), 'utf8')) as Doc[];
const docById = new Map(docs.map((d) => [d.id, d]));
// Read by their headers, as a re-user would: columns are added after the existing ones.
const csv = (file: string) => parseCsv(readFileSync(join(DIST_DIR, 'data', file)), { bom: true, columns: true }) as Record<string, string>[];
const entityDocs = csv('entity-documents.csv').map((r) => [r.entity!, r.report_id!] as [string, string]);
const entities = csv('entities.csv').map((r) => ({ id: r.id!, type: r.type! }));
const feedFiles = listFiles().filter((f) => f.endsWith('feed.xml'));
const read = (file: string) => parseAtomFeed(readFileSync(join(DIST_DIR, file), 'utf8'));

/** The document an entry is about, from its link. */
const docOf = (entry: { links?: { href?: string }[] }) => new RegExp(`^${siteUrl()}/reports/([^/]+)/$`).exec(entry.links?.[0]?.href ?? '')?.[1] ?? '';
const newestFirst = (ids: string[]) =>
  [...ids].sort((a, b) => {
    const pa = docById.get(a)?.published ?? '';
    const pb = docById.get(b)?.published ?? '';
    return pa !== pb ? (pa < pb ? 1 : -1) : a < b ? -1 : 1;
  });

describe('Atom feeds', () => {
  it('one for the site and one for every region and PDU, each parsed by feedsmith', () => {
    expect(feedFiles.sort()).toEqual(['reports/feed.xml', ...entities.map((e) => `${e.type === 'region' ? 'regions' : 'pdus'}/${e.id}/feed.xml`)].sort());
    for (const f of feedFiles) {
      const feed = read(f);
      expect(feed.id, f).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(feed.links?.find((l) => l.rel === 'self')?.href, f).toBe(`${siteUrl()}/${f}`);
      expect(feed.title?.value, f).toBeTruthy();
    }
  });

  it('the site feed lists every document, newest first, with title, date, kind, entity and overall rating', () => {
    const feed = read('reports/feed.xml');
    const ids = (feed.entries ?? []).map(docOf);
    expect(ids).toEqual(newestFirst(docs.map((d) => d.id)));
    expect(feed.updated).toBe(feed.entries?.[0]?.updated);
    for (const e of feed.entries ?? []) {
      const d = docById.get(docOf(e))!;
      expect(e.title?.value).toBe(d.title);
      expect(e.published?.slice(0, d.published?.length ?? 0)).toBe(d.published ?? '');
      const cat = (scheme: string) => e.categories?.find((c) => c.scheme?.endsWith(`#${scheme}`))?.term ?? null;
      expect(cat('kind')).toBe(d.kind);
      expect(cat('entity')).toBe(d.entity);
      expect(cat('overall_rating')).toBe(d.overall_rating);
      if (d.overall_rating) expect(e.summary?.value).toContain(`overall rating: ${d.overall_rating}`);
    }
    // a rated inspection as a reader sees it
    const surrey = feed.entries?.find((e) => docOf(e) === 'surrey-pdu-inspection-2024-03');
    expect(surrey?.summary?.value).toBe('PDU inspection report · Surrey PDU (Kent, Surrey and Sussex region) · published March 2024 · overall rating: Inadequate (score 3/21)');
  });

  it("a region's or PDU's feed lists the documents about it, newest first", () => {
    for (const e of entities) {
      const file = `${e.type === 'region' ? 'regions' : 'pdus'}/${e.id}/feed.xml`;
      const about = entityDocs.filter(([ent]) => ent === e.id).map(([, r]) => r);
      expect(about.length, e.id).toBeGreaterThan(0);
      expect((read(file).entries ?? []).map(docOf), file).toEqual(newestFirst(about));
    }
  });

  it("every page links the site's feed from its <head>; region and PDU pages their own as well", () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const p of pages) {
      const head = readFileSync(join(DIST_DIR, p.file), 'utf8').split('</head>')[0]!;
      const feeds = [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g)].map((m) => m[1]);
      const own = /^\/(regions|pdus)\/([^/]+)\//.exec(p.path);
      expect(feeds, p.path).toEqual(own ? ['/reports/feed.xml', `/${own[1]}/${own[2]}/feed.xml`] : ['/reports/feed.xml']);
    }
  });
});
