// Reads back what write.ts wrote, for the search indexer and the tests: the data of each entry,
// and each report's findings flattened into one list (by report, then order).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { ReportFindings, StoredFinding } from '../core/schemas';
import { ENTRY_EXT, FINDINGS_DIR } from './pipeline/write';
import { Interner, loadYamlCopy } from '../src/lib/entries';

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

export function frontmatter<T>(file: string): T {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return load(m[1] ?? '') as T;
}

/** The data of every entry of content/<name>/ (recursively), by file path: YAML data, or a Markdown entry's frontmatter. */
export function readCollection<T>(contentDir: string, name: string, shared = new Interner()): T[] {
  const dir = join(contentDir, name);
  return [
    ...files(dir, ENTRY_EXT.data).map((f) => loadYamlCopy(readFileSync(f, 'utf8'), shared) as T),
    ...files(dir, ENTRY_EXT.markdown).map((f) => frontmatter<T>(f)),
  ];
}

/** One report's findings, with their Markdown, in the file's (document) order; none if it has no file. */
export function readReportFindings(contentDir: string, reportId: string, shared = new Interner()): StoredFinding[] {
  const file = join(contentDir, FINDINGS_DIR, `${reportId}.yaml`);
  return existsSync(file) ? (loadYamlCopy(readFileSync(file, 'utf8'), shared) as ReportFindings).findings : [];
}

/** Every finding, with its Markdown, ordered by report id and then document order. */
export function readFindings(contentDir: string, shared = new Interner()): StoredFinding[] {
  // Copied out of each file's text, which the values would otherwise keep whole (the search
  // index reads every finding of the archive).
  return files(join(contentDir, FINDINGS_DIR), '.yaml').flatMap((f) => (loadYamlCopy(readFileSync(f, 'utf8'), shared) as ReportFindings).findings);
}
