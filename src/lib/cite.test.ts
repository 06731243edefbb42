import { describe, expect, it } from 'vitest';
import { bibEscape, bibKey, bibtex, citationText, cslJson } from './cite';

const report = {
  id: 'kss-region-2024',
  title: 'An inspection of probation services in: Kent, Surrey & Sussex region',
  publisher: 'HM Inspectorate of Probation',
  published: '2024-05',
  isbn: '978-1-916621-11-4',
  kind: 'regional-report' as const,
};

describe('citationText', () => {
  it('names publisher, year, title, section, anchor and URL', () => {
    expect(
      citationText({ report, section: 'R1.1 Leadership', anchor: 'p-1', url: 'https://x.test/reports/kss-region-2024/#p-1' }),
    ).toBe(
      'HM Inspectorate of Probation (2024) An inspection of probation services in: Kent, Surrey & Sussex region. Published May 2024. Section: R1.1 Leadership. Paragraph p-1. Available at: https://x.test/reports/kss-region-2024/#p-1',
    );
  });
  it('copes with an undated document', () => {
    expect(citationText({ report: { ...report, published: null }, url: '/r/' })).toContain('(n.d.)');
  });
});

describe('bibtex', () => {
  it('escapes special characters and writes a stable entry', () => {
    expect(bibEscape('A & B_1 {x} 50%')).toBe('A \\& B\\_1 \\{x\\} 50\\%');
    expect(bibKey('kss/region 2024')).toBe('kss-region-2024');
    const out = bibtex(report, 'https://x.test/reports/kss-region-2024/');
    expect(out.startsWith('@techreport{kss-region-2024,\n')).toBe(true);
    expect(out).toContain('  year = {2024}');
    expect(out).toContain('  month = may');
    expect(out).toContain('Kent, Surrey \\& Sussex');
    expect(out.endsWith('}\n')).toBe(true);
  });
});

describe('cslJson', () => {
  it('writes a one-item CSL-JSON array', () => {
    const item = JSON.parse(cslJson(report, '/reports/kss-region-2024/'))[0];
    expect(item.type).toBe('report');
    expect(item.issued).toEqual({ 'date-parts': [[2024, 5]] });
    expect(item.ISBN).toBe('978-1-916621-11-4');
  });
});
