// Reads the per-document content the ingest writes as YAML data (one file per entry, or one
// file of findings per report), for src/lib/data.ts. These are not Astro content collections:
// Astro loads its whole content store into memory for every page of a build, as a module
// source, the string in it and the values parsed from that (about three copies), besides the
// store its content sync built. Read here, each value is held once. They are validated by the
// same zod schemas the ingest writes them with.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { ZodType } from 'astro/zod';
import { ReportFindings, type Finding, type StoredFinding } from '../../core/schemas';
import { naturalCompare, sortBy } from './serialise';

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

/** The files of a folder of content/ with this ending, recursively, in a stable order. */
export function contentFiles(dir: string, ext: string): string[] {
  const root = join(contentDir(), dir);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(root, f));
}

/**
 * One instance of each repeated short string, so that a value repeated in every entry (a report
 * id, a kind, a section, a theme id) is held once, and one empty list for all.
 */
export class Interner {
  #strings = new Map<string, string>();
  readonly empty: never[] = Object.freeze([]) as unknown as never[];
  string<T extends string | null>(s: T): T {
    if (s === null || s.length > 120) return s;
    const had = this.#strings.get(s);
    if (had !== undefined) return had as T;
    this.#strings.set(s, s);
    return s;
  }
}

/** A YAML text's values, copied out of the text (see readYaml), repeated strings and empty lists shared. */
export function loadYamlCopy(text: string, shared: Interner): unknown {
  return JSON.parse(JSON.stringify(load(text)), (_key, v: unknown) =>
    typeof v === 'string' ? shared.string(v) : Array.isArray(v) && v.length === 0 ? shared.empty : v,
  );
}

/**
 * A YAML file's values, validated. js-yaml's strings are slices of the file's text, which V8
 * keeps whole while any slice lives, so the values are copied out (a JSON round trip, sharing
 * repeated strings and empty lists) and the text is let go. A bad file stops the build with its
 * path and the reason.
 */
export function readYaml<T>(file: string, schema: ZodType<T>, shared: Interner): T {
  let value: unknown;
  try {
    value = loadYamlCopy(readFileSync(file, 'utf8'), shared);
  } catch (e) {
    throw new Error(`${relative('.', file)}: not readable YAML: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${relative('.', file)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  // The value checked rather than zod's copy of it, which would not share the strings and lists
  // above. The same: the entry schemas transform nothing and set no defaults.
  return value as T;
}

/** Every entry of content/<dir>/, validated, in file order. */
export function readEntries<T>(dir: string, schema: ZodType<T>, shared: Interner): T[] {
  return contentFiles(dir, '.yaml').map((f) => readYaml(f, schema, shared));
}

/** A finding as the build holds it: without its Markdown, which only the report page renders. */
function slimFinding({ markdown: _, ...f }: StoredFinding): Finding {
  return f;
}

/** Every report's findings, without their Markdown, a list a report in file order. */
export function readFindings(shared: Interner): Finding[][] {
  return contentFiles('findings', '.yaml').map((f) => readYaml(f, ReportFindings, shared).findings.map(slimFinding));
}

/**
 * Every finding of content/, in the order of their ids, reading one report's file at a time: so
 * that the combined findings files are written without holding the archive's findings. A
 * finding's id is its report's id, "/", then its own, so the reports are taken in the order of
 * their ids followed by "/"; each id is checked to follow the one before.
 */
export function* findingsInIdOrder(): Generator<Finding> {
  const reportId = (file: string) => basename(file, '.yaml');
  const files = sortBy(contentFiles('findings', '.yaml'), (f) => `${reportId(f)}/`);
  let previous: string | null = null;
  for (const file of files) {
    for (const f of sortBy(readYaml(file, ReportFindings, new Interner()).findings, (x) => x.id)) {
      if (!f.id.startsWith(`${reportId(file)}/`) || (previous !== null && naturalCompare(previous, f.id) >= 0)) {
        throw new Error(`${relative('.', file)}: finding ${f.id} is out of the order of ids (after ${previous}): its id should be "${reportId(file)}/" and its own`);
      }
      previous = f.id;
      yield slimFinding(f);
    }
  }
}
