// The meta tags of a report with a recorded publication: its page is the address, its PDF the
// citation_pdf_url (Zotero then saves the PDF rather than a snapshot), never the press release.
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/pipeline/ingest';
import { assemble } from '../../scripts/pipeline/assemble';
import { citationMetaTags } from './citation-meta';

describe('citationMetaTags', () => {
  const surrey = assemble(readSeeds('seeds')).reports.map((r) => r.data).find((r) => r.id === 'surrey-pdu-inspection-2024-03')!;
  const tags = (official: typeof surrey.official) => new Map(citationMetaTags({ ...surrey, official }, 'https://site.test/reports/surrey-pdu-inspection-2024-03/', 'D').map((t) => [t.key, t.content]));

  it('give the recorded page and PDF, the date the metadata file records, and the page itself as og:url', () => {
    const m = tags({ official_url: 'https://www.example.org/surrey/', pdf_url: 'https://www.example.org/surrey.pdf', published: '2024-03-19', press_release: 'https://www.example.org/news/' });
    expect(m.get('citation_public_url')).toBe('https://www.example.org/surrey/');
    expect(m.get('citation_pdf_url')).toBe('https://www.example.org/surrey.pdf');
    expect(m.get('citation_publication_date')).toBe('2024/03/19');
    expect(m.get('og:url')).toBe('https://site.test/reports/surrey-pdu-inspection-2024-03/');
    expect([...m.values()].join(' ')).not.toContain('/news/');
  });

  it('give no PDF where none is recorded, and the printed address', () => {
    const m = tags(undefined);
    expect(m.has('citation_pdf_url')).toBe(false);
    expect(m.get('citation_public_url')).toBe('https://www.justiceinspectorates.gov.uk/hmiprobation');
    expect(m.get('citation_author')).toBe('HM Inspectorate of Probation,');
  });
});
