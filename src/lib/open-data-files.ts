// The combined findings file, made once a build: its endpoint writes it and the data page
// states its size.
import type { Site } from './data';
import { findingsJsonChunks } from './open-data';

let memo: { key: Site; site: string; chunks: Buffer[]; bytes: number } | null = null;

export function combinedFindings(s: Site, origin: URL | string): { chunks: Buffer[]; bytes: number } {
  const key = String(origin);
  if (!memo || memo.key !== s || memo.site !== key) {
    const chunks = findingsJsonChunks(s.findings, origin);
    memo = { key: s, site: key, chunks, bytes: chunks.reduce((n, c) => n + c.length, 0) };
  }
  return memo;
}

/** A file size for people: 1.2 MB, 340 kB, 900 bytes (SI units, as browsers show downloads). */
export function humanBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} bytes`;
}
