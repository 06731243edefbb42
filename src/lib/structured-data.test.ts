import { describe, expect, it } from 'vitest';
import { reportJsonLd, scriptJson } from './structured-data';
import type { Entity, Report } from '../../core/schemas';

const entities = new Map<string, Entity>([['pdu-surrey', { id: 'pdu-surrey', name: 'Surrey', type: 'pdu', region: null, aliases: [], documents: [] }]]);
const report = {
  id: 'surrey', kind: 'pdu-report', title: 'An inspection </script><script>alert(1)</script>', publisher: 'HM Inspectorate of Probation', entity: 'pdu-surrey',
  published: '2024-03', overall_rating: 'Inadequate', verdicts: [],
} as unknown as Report;

describe('report JSON-LD', () => {
  it('is a schema.org Report with publisher, datePublished and the entity it is about', () => {
    const ld = reportJsonLd(report, entities, 'https://findings.example.org');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Report', url: 'https://findings.example.org/reports/surrey/', datePublished: '2024-03',
      publisher: { '@type': 'GovernmentOrganization', name: 'HM Inspectorate of Probation' },
      about: { '@type': 'GovernmentOrganization', name: 'Surrey PDU', url: 'https://findings.example.org/pdus/pdu-surrey/' },
    });
  });
  it('cannot end its <script> element or open a comment, whatever the title', () => {
    const json = scriptJson(reportJsonLd(report, entities, 'https://findings.example.org'));
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json).name).toBe(report.title);
  });
});
