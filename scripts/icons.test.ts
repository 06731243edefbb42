// The committed icons are the ones scripts/icons.ts draws: the SVG byte for byte, the PNG pixel
// for pixel (its compressed bytes may differ between zlib builds; its pixels may not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { faviconSvg, PUBLIC_DIR, rasterise, touchIconPng } from './icons';

/** The size and pixels of an 8-bit RGB, non-interlaced PNG whose rows all use filter 0. */
function readPng(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([8, 2, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3 + 1;
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0);
    pixels.set(raw.subarray(y * stride + 1, (y + 1) * stride), y * width * 3);
  }
  return { width, height, pixels };
}

describe('site icons', () => {
  it('public/favicon.svg is the drawing', () => {
    expect(readFileSync(join(PUBLIC_DIR, 'favicon.svg'), 'utf8')).toBe(faviconSvg());
  });

  it('public/apple-touch-icon.png is the drawing at 180 px: a white page on green', () => {
    const png = readPng(readFileSync(join(PUBLIC_DIR, 'apple-touch-icon.png')));
    expect([png.width, png.height]).toEqual([180, 180]);
    expect(Buffer.from(png.pixels).equals(Buffer.from(rasterise(180)))).toBe(true);
    const at = (x: number, y: number) => [...png.pixels.subarray((y * 180 + x) * 3, (y * 180 + x) * 3 + 3)];
    expect(at(2, 2)).toEqual([0x2b, 0x5d, 0x3a]); // the green corner
    expect(at(90, 40)).toEqual([255, 255, 255]); // the page, above its first line
    expect(at(90, 62)).toEqual([0x2b, 0x5d, 0x3a]); // its first line
  });

  it('draws the same PNG twice', () => {
    expect(touchIconPng().equals(touchIconPng())).toBe(true);
  });
});
