// The ingest: every document of a seeds folder read, refused or assembled into the corpus, and
// content/ written whole (or left as it was). The command is scripts/ingest.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from './parse';
import { decodeSource } from './read';
import { assemble, reportId, type SourceDoc } from './assemble';
import { corpusFiles, refusedFiles, writeAtomically } from './write';
import { ParseError } from './types';
import { loadThemes } from './link/theme-data';
import { describeRefusal, formatRefusal, type Refusal } from './refusal';
import { isMetaFile, metaFileFor, readMeta } from './meta';

export class IngestError extends Error {
  /** Every refused document, the one the message names first; empty for other errors. */
  refusals: Refusal[] = [];
}

/** A file to read: where it is, how messages and content name it, whether the user named it (--check). */
export interface Input {
  path: string;
  shown: string;
  given?: boolean;
}

/** The documents of a seeds folder, in name order. */
export function listSeeds(seedsDir: string, cwd = process.cwd()): Input[] {
  const all = readdirSync(seedsDir).filter((n) => !n.startsWith('.')).sort();
  // A metadata file is read with its document (readSources), never as a document of its own.
  const names = all.filter((n) => !isMetaFile(n));
  const documents = new Set(names.map((n) => metaFileFor(n)));
  const stray = all.find((n) => isMetaFile(n) && !documents.has(n));
  if (stray) throw new IngestError(`${relative(cwd, join(seedsDir, stray)) || stray}: a metadata file with no document beside it (expected the document it describes, with the same name before .meta.yaml)`);
  const inputs = names
    .map((name) => join(seedsDir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, shown: relative(cwd, path) || path }));
  if (names.length === 0) throw new IngestError(`${relative(cwd, seedsDir) || seedsDir}: no documents found`);
  return inputs;
}

export interface ReadResult {
  sources: SourceDoc[];
  /** In input order. */
  refused: Refusal[];
  /** Each readable input's lines, by its shown name (for messages quoting them). */
  lines: Map<string, string[]>;
}

/**
 * Reads and parses every input, refusing what cannot be read as a whole document. Two inputs
 * with one report id: the later one is refused, and an input the user named (--check) is
 * refused before a seed, so that the seed stands.
 */
export function readSources(inputs: Input[]): ReadResult {
  const lines = new Map<string, string[]>();
  const refusedAt = new Map<number, Refusal>();
  const parsed: { index: number; input: Input; source: SourceDoc; id: string }[] = [];
  inputs.forEach((input, index) => {
    const bytes = readFileSync(input.path);
    let text: string[] | null = null;
    try {
      text = decodeSource(bytes).lines;
      lines.set(input.shown, text);
      const doc = parseDocument(text);
      const meta = readMeta(input.path, input.shown);
      parsed.push({ index, input, id: reportId(doc), source: { file: input.shown, sha256: createHash('sha256').update(bytes).digest('hex'), doc, ...(meta ? { meta } : {}) } });
    } catch (e) {
      if (e instanceof ParseError) refusedAt.set(index, describeRefusal(input.shown, e, text));
      else throw e;
    }
  });
  const byId = new Map<string, string>();
  const order = [...parsed.filter((p) => !p.input.given), ...parsed.filter((p) => p.input.given)];
  for (const p of order) {
    const other = byId.get(p.id);
    if (other) {
      const e = new ParseError(1, `duplicates ${other}: both are the ${p.source.doc.kind} ${p.id}`);
      refusedAt.set(p.index, describeRefusal(p.input.shown, e, lines.get(p.input.shown) ?? null));
    } else byId.set(p.id, p.input.shown);
  }
  return {
    sources: parsed.filter((p) => !refusedAt.has(p.index)).map((p) => p.source),
    refused: [...refusedAt].sort(([a], [b]) => a - b).map(([, r]) => r),
    lines,
  };
}

function refusalError(refused: Refusal[]): IngestError {
  const first = refused[0]!;
  const e = new IngestError(`${first.file}:${first.line}: ${first.reason}`);
  e.refusals = refused;
  return e;
}

/** The seeds as sources; any refused document is an IngestError naming the first. */
export function readSeeds(seedsDir: string, cwd = process.cwd()): SourceDoc[] {
  const { sources, refused } = readSources(listSeeds(seedsDir, cwd));
  if (refused.length) throw refusalError(refused);
  return sources;
}

export interface IngestOptions {
  /** Write the documents that can be read and list the refused ones, rather than write nothing. */
  skipRefused?: boolean;
  /** The theme taxonomy file to tag with, rather than data/themes.yaml. */
  themesFile?: string;
}

export function ingest(seedsDir: string, outDir: string, options: IngestOptions = {}): { files: number; warnings: string[]; refused: Refusal[] } {
  const { sources, refused } = readSources(listSeeds(seedsDir));
  if (refused.length && (!options.skipRefused || sources.length === 0)) throw refusalError(refused);
  const corpus = options.themesFile ? assemble(sources, loadThemes(options.themesFile)) : assemble(sources);
  const files = writeAtomically(outDir, (function* () {
    yield* corpusFiles(corpus);
    yield* refusedFiles(refused);
  })());
  const warnings = corpus.dataQuality.map(
    ({ data: d }) => `${d.source_file ?? 'corpus'}${d.lines ? `:${d.lines[0]}` : ''}: ${d.check}: ${d.message}`,
  );
  return { files, warnings, refused };
}

/** Whether SKIP_REFUSED asks to skip refused documents ("1", "true", "yes"). */
export function skipRefusedFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.SKIP_REFUSED ?? '');
}
