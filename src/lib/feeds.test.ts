import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { atomDate, entityFeed, siteFeed, uuidV5 } from './feeds';
import type { Entity, Report } from '../../core/schemas';

const report = (over: Partial<Report>): Report => ({
  id: 'r', kind: 'pdu-report', title: 'T', publisher: 'HM Inspectorate of Probation', entity: 'pdu-surrey', entity_type: 'pdu', region: 'region-kss', published: '2024-03',
  fieldwork_started: null, score: 3, score_max: 21, overall_rating: 'Inadequate', framework: '2023', lead_inspector: null, chief_inspector: null, isbn: null,
  cover_title: null, cover_subtitle: null, printed_url: null, publisher_place: null, source_file: 'f.txt', source_sha256: 'x', verdicts: [], ratings: [], entities_mentioned: [], outline: [], ...over,
});
const entities: Entity[] = [
  { id: 'region-kss', name: 'Kent, Surrey and Sussex', type: 'region', region: null, aliases: [], documents: [] },
  { id: 'pdu-surrey', name: 'Surrey', type: 'pdu', region: 'region-kss', aliases: [], documents: [] },
];
const ctx = { entityById: new Map(entities.map((e) => [e.id, e])), site: 'http://127.0.0.1:4321' };

describe('Atom feeds', () => {
  it('ids are RFC 4122 v5 UUIDs (as Python uuid.uuid5(NAMESPACE_URL, name) gives)', () => {
    expect(uuidV5('probation-findings/report/surrey-pdu-inspection-2024-03')).toBe('urn:uuid:053cb3b1-6de5-5530-87b2-16d6a9321655');
  });

  it('dates come from the document: a month is its first day, no date the epoch', () => {
    expect(atomDate('2024-03')).toBe('2024-03-01T00:00:00Z');
    expect(atomDate('2024-05-06')).toBe('2024-05-06T00:00:00Z');
    expect(atomDate(null)).toBe('1970-01-01T00:00:00Z');
  });

  it('document text stays text: markup and control characters in a title are escaped or dropped', () => {
    const xml = siteFeed([report({ title: 'A <b>bold</b> & "quoted" title\u0001' })], ctx);
    expect(xml).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title</title>');
    expect(parseAtomFeed(xml).entries?.[0]?.title?.value).toBe('A <b>bold</b> & "quoted" title');
  });

  it('links are absolute, at the site\'s address (SITE_URL or the preview address); the same input gives the same bytes', () => {
    const reports = [report({ id: 'b', published: '2024-05-06' }), report({ id: 'a', published: null, overall_rating: null })];
    const withSite = parseAtomFeed(siteFeed(reports, { ...ctx, site: 'https://findings.example.org' }));
    expect(withSite.entries?.map((e) => e.links?.[0]?.href)).toEqual(['https://findings.example.org/reports/b/', 'https://findings.example.org/reports/a/']);
    expect(withSite.updated).toBe('2024-05-06T00:00:00Z');
    expect(withSite.entries?.[1]?.categories?.map((c) => c.term)).toEqual(['pdu-report', 'pdu-surrey']);
    expect(entityFeed(entities[1]!, reports, ctx)).toBe(entityFeed(entities[1]!, reports, ctx));
    expect(parseAtomFeed(entityFeed(entities[1]!, reports, ctx)).links?.[0]?.href).toBe('http://127.0.0.1:4321/pdus/pdu-surrey/feed.xml');
  });
});
