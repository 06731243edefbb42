// The project's data files (data/*.yaml) are lists of records edited by people: themes,
// the inspection frameworks' standards. One reader for all of them: YAML, validated with the
// shared zod schema, and every problem reported at the file and line of the record it is in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';

/**
 * A file of the project's data/ folder, found from this module upward, else from the working
 * folder upward: the pipeline runs this module from core/, but the site's build runs it bundled
 * into a chunk of its output folder (which may be anywhere), so a path relative to the module's
 * own place would be right in one and wrong in the other.
 */
export function dataFile(name: string, from: string = fileURLToPath(import.meta.url), cwd = process.cwd()): string {
  for (const start of [dirname(from), cwd]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'data', name);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new DataFileError(`data/${name} not found above ${from} or ${cwd}`);
}

export class DataFileError extends Error {}

export interface DataListOptions<T> {
  /** The whole file's schema: a list of records (refinements across records welcome). */
  schema: z.ZodType<T[]>;
  /** How a message names a record: "theme 3 (mappa)", "standard 4 (2023 P 2.1)". */
  name: (raw: unknown, index: number) => string;
  /** What the file is, for an error about its shape: "a list of themes". */
  shape: string;
  error?: new (message: string) => Error;
}

/** 1-based line of the `index`-th top-level list item, and of its `field:` when given. */
function lineOf(lines: string[], index: number, field?: string): number {
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('- ')) continue;
    if (++seen < index) continue;
    if (field === undefined) return i + 1;
    for (let j = i; j < lines.length && (j === i || !lines[j]!.startsWith('- ')); j++) {
      if (new RegExp(`^(?:- |  )${field}:`).test(lines[j]!)) return j + 1;
    }
    return i + 1;
  }
  return 1;
}

/**
 * The records in `text` (YAML), validated. Errors name the file, the line and the reason:
 * "data/themes.yaml:40: theme 3 (mappa): terms.2: expected string".
 */
export function parseDataList<T>(text: string, shown: string, options: DataListOptions<T>): T[] {
  const Fail = options.error ?? DataFileError;
  let raw: unknown;
  try {
    raw = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message : String(e));
    throw new Fail(`${shown}:${(mark?.line ?? 0) + 1}: not valid YAML: ${reason}`);
  }
  const parsed = options.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const index = first.path[0];
  if (typeof index !== 'number') throw new Fail(`${shown}:1: ${first.message} (the file is ${options.shape})`);
  // Every problem of that record, at the line of the first: a misspelt field is both a missing
  // field and an unknown one, and the reader needs to see both.
  const problems = parsed.error.issues
    .filter((i) => i.path[0] === index)
    .map((i) => {
      if (i.code === 'unrecognized_keys') return { field: i.keys[0], text: `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}` };
      const path = i.path.slice(1).join('.');
      return { field: i.path[1], text: path ? `${path}: ${i.message}` : i.message };
    });
  const field = problems[0]!.field;
  const line = lineOf(text.split(/\r?\n/), index, typeof field === 'string' ? field : undefined);
  const record = Array.isArray(raw) ? raw[index] : undefined;
  throw new Fail(`${shown}:${line}: ${options.name(record, index)}: ${problems.map((p) => p.text).join('; ')}`);
}

/** The data file at `path`, validated; messages name it relative to `cwd`. */
export function loadDataList<T>(path: string, options: DataListOptions<T>, cwd = process.cwd()): T[] {
  return parseDataList(readFileSync(path, 'utf8'), relative(cwd, path) || path, options);
}
