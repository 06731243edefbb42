// Turns a file's bytes into lines of text, refusing what is not UTF-8 text: a parser downstream
// only ever sees clean lines, numbered as an editor would number them.
import { ParseError } from './types';

export interface SourceText {
  lines: string[];
}

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_LINE = 100_000;

/** Line number (1-based) of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new ParseError(1, 'the file is empty');
  if (bytes.length > MAX_BYTES) {
    throw new ParseError(1, `the file is ${bytes.length} bytes; documents larger than ${MAX_BYTES} bytes are refused`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ParseError(lineOfByte(bytes, nul), 'not a text file: it contains NUL bytes (binary data)');
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new ParseError(lineOfByte(bytes, bad), `not UTF-8 text: invalid byte 0x${bytes[bad]!.toString(16)} (is it Latin-1 or binary?)`);
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A final newline leaves an empty last element that is not a line of the document.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((l, i) => {
    if (l.length > MAX_LINE) throw new ParseError(i + 1, `line is ${l.length} characters long; lines over ${MAX_LINE} are refused`);
    // eslint-disable-next-line no-control-regex
    const ctrl = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(l);
    if (ctrl) throw new ParseError(i + 1, `control character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, '0')} in text (binary data?)`);
  });
  return { lines };
}
