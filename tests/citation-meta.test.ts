// One click in Zotero's browser connector saves a report page as the report it is: its Highwire
// Press tags read by the rules of Zotero's Embedded Metadata translator
// (tests/support/zotero-embedded-metadata.ts). The page also carries Dublin Core, and Open
// Graph for link previews, at absolute addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { zoteroItemFromPage } from './support/zotero-embedded-metadata.ts';
import { readCollection } from '../scripts/read-content.ts';
import { citationUrl, citedReport, citedTitle } from '../src/lib/cite.ts';
import type { Report } from '../core/schemas.ts';
import { siteUrl } from '../core/site-origin.mjs';

const reports = readCollection<Report>(join(ROOT_DIR, 'content'), 'reports');
const page = (r: Report) => readFileSync(join(DIST_DIR, 'reports', r.id, 'index.html'), 'utf8');
const pageUrl = (r: Report) => `${siteUrl()}/reports/${r.id}/`;
const metas = (html: string) => new Map([...html.matchAll(/<meta (name|property)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[2]!, m[3]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'")]));

describe('a report page saved by Zotero', () => {
  it('is a report: its title as printed, its publishing body as one author and as institution, its date and its own address', () => {
    expect(reports).toHaveLength(5);
    for (const r of reports) {
      const item = zoteroItemFromPage(page(r), pageUrl(r));
      const cited = citedReport(r);
      expect(item, r.id).toMatchObject({
        itemType: 'report',
        title: citedTitle(cited),
        creators: [{ lastName: r.publisher, creatorType: 'author' }],
        date: r.published!.replace(/-/g, '/'),
        publisher: r.publisher,
        institution: r.publisher,
        language: 'en-GB',
        url: citationUrl({ report: cited, permalink: pageUrl(r) }),
      });
      expect(item.creators[0]!.firstName, `${r.id}: the body is not split into given and family names`).toBeUndefined();
      // No PDF address is recorded for the seeds: Zotero keeps a snapshot of the page.
      expect(item.attachments).toEqual([{ title: 'Snapshot', mimeType: 'text/html' }]);
    }
    const surrey = zoteroItemFromPage(page(reports.find((r) => r.id === 'surrey-pdu-inspection-2024-03')!), '');
    expect(surrey.title).toBe('An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region');
    expect(surrey.url).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation');
  });

  it('would split the body\'s name without the comma that marks it as a family name alone', () => {
    const html = (author: string) => `<!doctype html><html><head><meta name="citation_title" content="T"><meta name="citation_author" content="${author}"></head><body></body></html>`;
    expect(zoteroItemFromPage(html('HM Inspectorate of Probation'), '').creators).toEqual([{ firstName: 'HM Inspectorate of', lastName: 'Probation', creatorType: 'author' }]);
    expect(zoteroItemFromPage(html('HM Inspectorate of Probation,'), '').creators).toEqual([{ lastName: 'HM Inspectorate of Probation', creatorType: 'author' }]);
  });

  it('carries Dublin Core and Open Graph, at absolute addresses', () => {
    for (const r of reports) {
      const m = metas(page(r));
      const title = citedTitle(citedReport(r));
      expect(m.get('DC.title')).toBe(title);
      expect(m.get('DC.creator')).toBe(r.publisher);
      expect(m.get('DC.date')).toBe(r.published);
      expect(m.get('og:title')).toBe(title);
      expect(m.get('og:type')).toBe('article');
      expect(m.get('og:url')).toBe(pageUrl(r));
      expect(m.get('DC.identifier')).toMatch(/^https?:\/\//);
    }
  });
});
