import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvList, naturalCompare, sortRows, toCsv, toCsvChunks, toJson, sortBy } from './serialise';

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Good')).toBe('Good');
    expect(csvField(24)).toBe('24');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });
  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes, CR and LF, doubling quotes', () => {
    expect(csvField('Kent, Surrey and Sussex')).toBe('"Kent, Surrey and Sussex"');
    expect(csvField('Percentage \'Yes\'')).toBe("Percentage 'Yes'");
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
  it('does not quote other characters', () => {
    expect(csvField('a;b\tc é')).toBe('a;b\tc é');
  });
});

describe('toCsv', () => {
  it('writes the byte-order mark, a header and rows with CRLF endings', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['2', null]])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n2,\r\n');
  });
  it('starts with exactly one byte-order mark, the UTF-8 bytes EF BB BF, so that Excel reads the file as UTF-8', () => {
    const bytes = Buffer.from(toCsv(['title'], [['Action plan — Kent, Surrey and Sussex']]), 'utf8');
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 't'.charCodeAt(0)]);
    expect(bytes.subarray(3).toString('utf8')).toBe('title\r\n"Action plan — Kent, Surrey and Sussex"\r\n');
  });
  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });
  it('refuses rows of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow();
  });
  it('round-trips a field with an embedded newline and quotes', () => {
    const out = toCsv(['q'], [['He said "no"\r\nthen left']]);
    expect(out).toBe('\uFEFFq\r\n"He said ""no""\r\nthen left"\r\n');
  });
});

describe('toCsvChunks', () => {
  const rows = [['1', 'x,y'], ['2', null], ['3', 'é — “ü”\nnext']] as const;
  it('joins, as bytes, to exactly the file toCsv writes: one chunk for the mark and header, then one a row', () => {
    const chunks = [...toCsvChunks(['a', 'b'], rows, (r) => r)];
    expect(chunks).toHaveLength(rows.length + 1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toCsv(['a', 'b'], rows));
    expect(Buffer.concat([...toCsvChunks(['a', 'b'], [], (r: string[]) => r)]).toString('utf8')).toBe(toCsv(['a', 'b'], []));
  });
  it('refuses rows of the wrong width', () => {
    expect(() => [...toCsvChunks(['a', 'b'], [['1']], (r) => r)]).toThrow();
  });
});

describe('csvList', () => {
  it('joins a list with "; " and writes an empty list as an empty (missing) field', () => {
    expect(csvList(['court-work', 'domestic-abuse'])).toBe('court-work; domestic-abuse');
    expect(csvField(csvList([]))).toBe('');
  });
});

describe('toJson', () => {
  it('pretty-prints with two spaces and a final newline, keeping key order', () => {
    expect(toJson([{ id: 'b', a: 1 }])).toBe('[\n  {\n    "id": "b",\n    "a": 1\n  }\n]\n');
  });
  it('keeps nulls', () => {
    expect(toJson({ x: null })).toBe('{\n  "x": null\n}\n');
  });
});

describe('naturalCompare', () => {
  it('orders digit runs numerically', () => {
    const xs = ['R 2.10', 'R 2.2', 'R 1.1', 'R 2.1'];
    expect([...xs].sort(naturalCompare)).toEqual(['R 1.1', 'R 2.1', 'R 2.2', 'R 2.10']);
  });
  it('is a total order consistent with equality', () => {
    expect(naturalCompare('a', 'a')).toBe(0);
    expect(naturalCompare('a1', 'a01')).toBe(-1);
    expect(naturalCompare('a01', 'a1')).toBe(1);
    expect(naturalCompare('a', 'ab')).toBe(-1);
    expect(naturalCompare('B', 'a')).toBe(-1);
  });
});

describe('sortRows / sortBy', () => {
  it('sorts rows by every field in turn without mutating input', () => {
    const rows: [string, string][] = [['b', '1'], ['a', '10'], ['a', '9']];
    const sorted = sortRows(rows);
    expect(sorted).toEqual([['a', '9'], ['a', '10'], ['b', '1']]);
    expect(rows[0]).toEqual(['b', '1']);
  });
  it('sorts records by key', () => {
    expect(sortBy([{ id: 'x-10' }, { id: 'x-2' }], (r) => r.id).map((r) => r.id)).toEqual(['x-2', 'x-10']);
  });
});
