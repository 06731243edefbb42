import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from './read';

const bytes = readFileSync(new URL('../../seeds/001_9532c6c7ee9a86e4.txt', import.meta.url));

describe('decodeSource', () => {
  it('reads CRLF and a byte-order mark exactly as LF without one', () => {
    const plain = decodeSource(bytes).lines;
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'))]);
    expect(decodeSource(crlf).lines).toEqual(plain);
    expect(plain[9]).toBe('Surrey PDU');
  });
  it('refuses binary data, naming the line', () => {
    const bin = Buffer.concat([Buffer.from('line one\nline two\n'), Buffer.from([0, 1, 2, 3])]);
    expect(() => decodeSource(bin)).toThrow(/line 3: not a text file/);
  });
  it('refuses Latin-1, naming the line of the first invalid byte', () => {
    const latin1 = Buffer.from('first\nsecond caf\xe9\n', 'latin1');
    expect(() => decodeSource(latin1)).toThrow(/line 2: not UTF-8 text/);
  });
  it('refuses an empty file', () => {
    expect(() => decodeSource(Buffer.alloc(0))).toThrow(/empty/);
  });
});
