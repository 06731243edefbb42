// The site's icons, drawn from one description: public/favicon.svg (the browser tab) and
// public/apple-touch-icon.png (180 × 180, a phone's home screen). The PNG is rasterised here,
// without a graphics library, so the same code always writes the same bytes.
//   npm run icons      rewrites both files (commit them); scripts/icons.test.ts checks they match.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/** A page with three lines of text on the site's green, on a grid of 32 units. */
const GRID = 32;
const GREEN = [0x2b, 0x5d, 0x3a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
type Rgb = readonly [number, number, number];
interface Rect { x: number; y: number; w: number; h: number; fill: Rgb }
const SHAPES: readonly Rect[] = [
  { x: 8, y: 5, w: 16, h: 22, fill: WHITE },
  { x: 11, y: 10, w: 10, h: 2, fill: GREEN },
  { x: 11, y: 15, w: 10, h: 2, fill: GREEN },
  { x: 11, y: 20, w: 6, h: 2, fill: GREEN },
];
const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function faviconSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}">`,
    `<rect width="${GRID}" height="${GRID}" rx="6" fill="${hex(GREEN)}"/>`,
    ...SHAPES.map((s) => `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${hex(s.fill)}"/>`),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The shapes at `size` pixels square on a full green square (the phone rounds the corners
 * itself), each pixel the mean of 4 × 4 samples so that edges between pixels are smooth.
 */
export function rasterise(size: number): Uint8Array {
  const SUB = 4;
  const out = new Uint8Array(size * size * 3);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const gx = ((px + (sx + 0.5) / SUB) * GRID) / size;
          const gy = ((py + (sy + 0.5) / SUB) * GRID) / size;
          let c: Rgb = GREEN;
          for (const s of SHAPES) if (gx >= s.x && gx < s.x + s.w && gy >= s.y && gy < s.y + s.h) c = s.fill;
          for (let i = 0; i < 3; i++) sum[i]! += c[i]!;
        }
      }
      for (let i = 0; i < 3; i++) out[(py * size + px) * 3 + i] = Math.round(sum[i]! / (SUB * SUB));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGB PNG of the icon, `size` pixels square. */
export function touchIconPng(size = 180): Buffer {
  const pixels = rasterise(size);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter choice, no interlace
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) raw.set(pixels.subarray(y * size * 3, (y + 1) * size * 3), y * (size * 3 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export const PUBLIC_DIR = resolve(import.meta.dirname, '..', 'public');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(join(PUBLIC_DIR, 'favicon.svg'), faviconSvg());
  writeFileSync(join(PUBLIC_DIR, 'apple-touch-icon.png'), touchIconPng());
  console.log(`icons: wrote ${join('public', 'favicon.svg')} and ${join('public', 'apple-touch-icon.png')}`);
}
