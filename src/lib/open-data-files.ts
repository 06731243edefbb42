// The combined findings files (findings.json, findings.csv): their endpoints write them and the
// data page states their sizes. Only the sizes are kept for the build: at 1,000 documents the
// two files are over 200 MB of bytes, which the build would otherwise hold to its end; making a
// file again for its endpoint costs a second or two.
import type { Site } from './data';
import { findingsCsvChunks, findingsJsonChunks } from './open-data';

export type FindingsFormat = 'json' | 'csv';

/** The combined findings file in a format, as byte chunks (never one string: see findingsJsonChunks). */
export function combinedFindings(s: Site, origin: URL | string, format: FindingsFormat): Buffer[] {
  return format === 'json' ? findingsJsonChunks(s.findings, origin) : findingsCsvChunks(s.findings, s.standards, origin);
}

const sizes = new WeakMap<Site, Map<string, number>>();

/** The size in bytes of the combined findings file in a format, made once a build. */
export function combinedFindingsBytes(s: Site, origin: URL | string, format: FindingsFormat): number {
  const key = `${format} ${String(origin)}`;
  const known = sizes.get(s) ?? new Map<string, number>();
  sizes.set(s, known);
  if (!known.has(key)) known.set(key, combinedFindings(s, origin, format).reduce((n, c) => n + c.length, 0));
  return known.get(key)!;
}

/** A file size for people: 1.2 MB, 340 kB, 900 bytes (SI units, as browsers show downloads). */
export function humanBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} bytes`;
}
