// The filter tool's reading of /national/ratings-by-inspection.csv and its choice of rows.
import { describe, expect, it } from 'vitest';
import { matches, parseCsv } from './national-filter';

describe('parseCsv', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks in a field, CRLF records', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n')).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'two\nlines', b: '' },
    ]);
  });
});

describe('matches', () => {
  const none = { programme: '', kind: '', region: '', year: '', from: '', to: '' };
  const row = { programme: '2023-pdu', entity_type: 'pdu', region: 'region-x', inspected: '2024-01-15' };
  it('keeps a row every chosen field allows, months compared as YYYY-MM', () => {
    expect(matches(row, none)).toBe(true);
    expect(matches(row, { ...none, programme: '2023', kind: 'pdu', region: 'region-x', year: '2024', from: '2024-01', to: '2024-01' })).toBe(true);
    expect(matches(row, { ...none, from: '2024-02' })).toBe(false);
    expect(matches(row, { ...none, to: '2023-12' })).toBe(false);
    expect(matches(row, { ...none, programme: '2021' })).toBe(false);
    expect(matches({ ...row, inspected: '' }, { ...none, from: '2020-01' })).toBe(false);
  });
});
