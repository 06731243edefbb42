// Atom feeds (RFC 4287) of the documents, newest first: one of every document and one per region
// and PDU. Pure: dates come from the documents, never the clock, so a feed is the same bytes for
// the same documents. Ids are name-based UUIDs of the document id, not URLs, so that they stay the
// same when the site moves to another address (RFC 4287 §4.2.6: an id must never change).
import { createHash } from 'node:crypto';
import type { Entity, Report } from '../../core/schemas';
import { entityDisplayName, formatDate, KIND_LABEL } from './format';
import { absoluteUrl, entityPath, reportPath } from './paths';

export const SITE_FEED_PATH = '/reports/feed.xml';
export const entityFeedPath = (e: Pick<Entity, 'id' | 'type'>) => `${entityPath(e.id, e.type)}feed.xml`;

/** RFC 4122 version 5 (SHA-1, name-based) UUID of a name in the URL namespace. */
export function uuidV5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** A document's date as an Atom date: YYYY-MM is the first of the month; no date is the epoch (and sorts last). */
export function atomDate(published: string | null): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3] ?? '01'}T00:00:00Z` : '1970-01-01T00:00:00Z';
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    // characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export interface FeedContext {
  entityById: ReadonlyMap<string, Entity>;
  /** The site's address (SITE_URL or the preview address): every link is absolute. */
  site: string | URL;
}

export interface FeedSpec {
  /** Stable name the feed's id is made from. */
  key: string;
  title: string;
  subtitle: string;
  selfPath: string;
  pagePath: string;
  /** Newest first. */
  reports: readonly Report[];
}

/** What an entry says about its document, in words (its summary). */
export function entrySummary(r: Report, ctx: FeedContext): string {
  const e = r.entity ? ctx.entityById.get(r.entity) : undefined;
  const region = r.region && r.region !== r.entity ? ctx.entityById.get(r.region) : undefined;
  return [
    KIND_LABEL[r.kind],
    e ? `${entityDisplayName(e.name, e.type)}${region ? ` (${entityDisplayName(region.name, region.type)})` : ''}` : null,
    r.published ? `published ${formatDate(r.published)}` : 'publication date not stated',
    r.overall_rating ? `overall rating: ${r.overall_rating}${r.score !== null && r.score_max !== null ? ` (score ${r.score}/${r.score_max})` : ''}` : null,
  ].filter(Boolean).join(' · ');
}

export function atomFeed(spec: FeedSpec, ctx: FeedContext): string {
  const url = (path: string) => escapeXml(absoluteUrl(path, ctx.site));
  const updated = spec.reports.length ? spec.reports.map((r) => atomDate(r.published)).sort().at(-1)! : '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${uuidV5(`probation-findings/feed/${spec.key}`)}</id>`,
    `  <title>${escapeXml(spec.title)}</title>`,
    `  <subtitle>${escapeXml(spec.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${url(spec.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(spec.pagePath)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Probation Findings</name></author>',
    '  <rights>Contains public sector information licensed under the Open Government Licence v3.0.</rights>',
  ];
  for (const r of spec.reports) {
    const e = r.entity ? ctx.entityById.get(r.entity) : undefined;
    const date = atomDate(r.published);
    lines.push(
      '  <entry>',
      `    <id>${uuidV5(`probation-findings/report/${r.id}`)}</id>`,
      `    <title>${escapeXml(r.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${url(reportPath(r.id))}"/>`,
      `    <published>${date}</published>`,
      `    <updated>${date}</updated>`,
      `    <author><name>${escapeXml(r.publisher)}</name></author>`,
      // The schemes name the column of /data/reports.csv the term comes from.
      `    <category scheme="${url('/data/reports.csv#kind')}" term="${r.kind}" label="${escapeXml(KIND_LABEL[r.kind])}"/>`,
      ...(r.entity
        ? [`    <category scheme="${url('/data/reports.csv#entity')}" term="${escapeXml(r.entity)}" label="${escapeXml(e ? entityDisplayName(e.name, e.type) : r.entity)}"/>`]
        : []),
      ...(r.overall_rating ? [`    <category scheme="${url('/data/reports.csv#overall_rating')}" term="${r.overall_rating}" label="Overall rating: ${r.overall_rating}"/>`] : []),
      `    <summary type="text">${escapeXml(entrySummary(r, ctx))}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function siteFeed(reports: readonly Report[], ctx: FeedContext): string {
  return atomFeed(
    { key: 'all', title: 'Probation Findings: new documents', subtitle: 'Probation inspection reports, regional letters and action plans, newest first.', selfPath: SITE_FEED_PATH, pagePath: '/reports/', reports },
    ctx,
  );
}

export function entityFeed(e: Entity, reports: readonly Report[], ctx: FeedContext): string {
  const name = entityDisplayName(e.name, e.type);
  return atomFeed(
    { key: `entity/${e.id}`, title: `Probation Findings: ${name}`, subtitle: `Documents about ${name}, newest first.`, selfPath: entityFeedPath(e), pagePath: entityPath(e.id, e.type), reports },
    ctx,
  );
}
