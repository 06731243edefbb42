// The combined findings files (findings.json, findings.csv): written after the pages, a report's
// findings at a time (src/integrations/combined-findings.ts), and their sizes stated on the data
// page. At 1,000 documents the two files are 240 MB of bytes; as the response of an endpoint
// Astro would hold each whole, twice (about 0.27 MB a document at the build's peak), so neither
// is ever held, nor all the findings they are made of.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Standard } from '../../core/schemas';
import { findingsCsvChunks, findingsCsvInOrder, findingsJsonChunks, findingsJsonInOrder } from './open-data';

export type FindingsFormat = 'json' | 'csv';

/** The files, by their path under the site's /data/. */
export const COMBINED_FINDINGS: Readonly<Record<string, FindingsFormat>> = { 'findings.json': 'json', 'findings.csv': 'csv' };

export const CONTENT_TYPES: Readonly<Record<FindingsFormat, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

interface Corpus {
  findings: readonly Finding[];
  standards: readonly Standard[];
}

/** The combined findings file in a format, as byte chunks made one at a time (see findingsJsonChunks). */
export function combinedFindings(s: Corpus, origin: URL | string, format: FindingsFormat): Generator<Buffer> {
  return format === 'json' ? findingsJsonChunks(s.findings, origin) : findingsCsvChunks(s.findings, s.standards, origin);
}

/** The same, of findings already in the files' order (by id), taken one at a time. */
export function combinedFindingsInOrder(ordered: Iterable<Finding>, standards: readonly Standard[], origin: URL | string, format: FindingsFormat): Generator<Buffer> {
  return format === 'json' ? findingsJsonInOrder(ordered, origin) : findingsCsvInOrder(ordered, standards, origin);
}

const sizes = new WeakMap<Corpus, Map<string, number>>();

/** The size in bytes of the combined findings file in a format, counted once a build. */
export function combinedFindingsBytes(s: Corpus, origin: URL | string, format: FindingsFormat): number {
  const key = `${format} ${String(origin)}`;
  const known = sizes.get(s) ?? new Map<string, number>();
  sizes.set(s, known);
  if (!known.has(key)) {
    let n = 0;
    for (const chunk of combinedFindings(s, origin, format)) n += chunk.length;
    known.set(key, n);
  }
  return known.get(key)!;
}

/**
 * Writes both files into `dataDir` (the site's data/ folder) from `ordered`, the findings in
 * the files' order, each finding taken once and each chunk written as it is made: the two
 * files' chunks are made in step, so that neither waits for the other's findings.
 */
export function writeCombinedFindings(ordered: Iterable<Finding>, standards: readonly Standard[], origin: URL | string, dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const [forJson, forCsv] = inStep(ordered[Symbol.iterator]());
  const files = [
    { path: 'findings.json', chunks: combinedFindingsInOrder(forJson, standards, origin, 'json') },
    { path: 'findings.csv', chunks: combinedFindingsInOrder(forCsv, standards, origin, 'csv') },
  ].map((f) => ({ ...f, fd: openSync(join(dataDir, f.path), 'w'), done: false }));
  try {
    while (files.some((f) => !f.done)) {
      for (const f of files.filter((x) => !x.done)) {
        const next = f.chunks.next();
        if (next.done) f.done = true;
        else for (let at = 0; at < next.value.length; ) at += writeSync(f.fd, next.value, at);
      }
    }
  } finally {
    for (const f of files) closeSync(f.fd);
  }
}

/** Two iterables of one iterator's values, each value taken from it once and kept only until both have had it. */
function inStep<T>(source: Iterator<T>): [Iterable<T>, Iterable<T>] {
  const waiting: [T[], T[]] = [[], []];
  const side = (i: 0 | 1): Iterable<T> => ({
    *[Symbol.iterator]() {
      for (;;) {
        if (waiting[i].length) {
          yield waiting[i].shift()!;
          continue;
        }
        const n = source.next();
        if (n.done) return;
        waiting[1 - i].push(n.value);
        yield n.value;
      }
    },
  });
  return [side(0), side(1)];
}

/** A file size for people: 1.2 MB, 340 kB, 900 bytes (SI units, as browsers show downloads). */
export function humanBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} bytes`;
}
