// The ingest: every document of a seeds folder read, made into its records and written on its
// own (in worker threads, pool.ts, or in this thread), or refused; the corpus steps over their
// small links; and content/ swapped in whole (or left as it was). The command is scripts/ingest.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { DocumentKind, ReportFindings, ThemeDefinition } from '../../core/schemas';
import type { SourceDoc } from './assemble';
import { linkDocuments } from './corpus';
import { firstNaming } from './corpus/document';
import type { DocLinks } from './corpus/assembly';
import { corpusOwnFiles, FINDINGS_DIR, refusedFiles, Staging } from './write';
import { ParseError } from './types';
import { createTagger } from './link/themes';
import { loadThemes, THEMES } from './link/theme-data';
import { describeRefusal, type Refusal } from './refusal';
import { isMetaFile, metaFileFor } from './meta';
import { readDocument, stageDocument, type Input, type StageRequest, type StageResult } from './stage';
import { linkedRecords, type LinkRequest } from './linked';
import { IngestPool, workerCount } from './pool';

export type { Input } from './stage';

export class IngestError extends Error {
  /** Every refused document, the one the message names first; empty for other errors. */
  refusals: Refusal[] = [];
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

/** A document read (its id and kind), or refused, in input order: what taking each document once decides on. */
type Read = { id: string; kind: DocumentKind } | { refusal: Refusal };

/**
 * Which documents are taken: those read, each report id once. Two inputs with one report id:
 * the later one is refused, and an input the user named (--check) is refused before a seed, so
 * that the seed stands. Returns the indexes taken, in input order, and every refusal, in input order.
 */
export function takeOnce(inputs: Input[], read: Read[]): { taken: number[]; refused: Refusal[] } {
  const refusedAt = new Map<number, Refusal>();
  const ok: number[] = [];
  read.forEach((r, index) => ('refusal' in r ? refusedAt.set(index, r.refusal) : ok.push(index)));
  const byId = new Map<string, string>();
  for (const index of [...ok.filter((i) => !inputs[i]!.given), ...ok.filter((i) => inputs[i]!.given)]) {
    const { id, kind } = read[index] as { id: string; kind: DocumentKind };
    const other = byId.get(id);
    if (other) refusedAt.set(index, describeRefusal(inputs[index]!.shown, new ParseError(1, `duplicates ${other}: both are the ${kind} ${id}`), null));
    else byId.set(id, inputs[index]!.shown);
  }
  return { taken: ok.filter((i) => !refusedAt.has(i)), refused: [...refusedAt].sort(([a], [b]) => a - b).map(([, r]) => r) };
}

export interface ReadResult {
  sources: SourceDoc[];
  /** In input order. */
  refused: Refusal[];
}

/** Reads and parses every input in memory (for --check and the tests), refusing what cannot be read as a whole document, each report id once. */
export function readSources(inputs: Input[]): ReadResult {
  const read = inputs.map(readDocument);
  const { taken, refused } = takeOnce(inputs, read.map((r) => (r.refusal ? { refusal: r.refusal } : { id: r.id, kind: r.source.doc.kind })));
  return { sources: taken.map((i) => (read[i] as { source: SourceDoc }).source), refused };
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
  /** How many documents to read at once, each in a worker thread (1: in this thread); by default INGEST_WORKERS, else one a core. */
  workers?: number;
}

/** The staging requests of the inputs: each document's part is a folder of its own. */
const requestsOf = (inputs: Input[], staging: Staging): StageRequest[] => inputs.map((input, index) => ({ index, input, part: staging.partOf(index) }));

function stageInThread(requests: StageRequest[], themes: readonly ThemeDefinition[]): StageResult[] {
  const tagger = createTagger(themes);
  return requests.map((req) => stageDocument(req, tagger));
}

/** The theme taxonomy asked for, read (and so checked) before any document is. */
const themesOf = (options: IngestOptions) => (options.themesFile ? loadThemes(options.themesFile) : THEMES);

type Staged = Extract<StageResult, { outcome: 'staged' }>;

/** The documents taken, in input order: the first that failed to be read is thrown, then the refusals as the options say. */
function decide(inputs: Input[], results: StageResult[], options: IngestOptions): { taken: Staged[]; refused: Refusal[] } {
  const failed = results.find((r) => r.outcome === 'failed');
  if (failed) throw failed.error;
  const { taken, refused } = takeOnce(inputs, results.map((r) => (r.outcome === 'staged' ? { id: r.id, kind: r.kind } : { refusal: (r as { refusal: Refusal }).refusal })));
  if (refused.length && (!options.skipRefused || taken.length === 0)) throw refusalError(refused);
  const docs = taken.map((i) => results[i] as Staged);
  const unwritten = docs.find((d) => d.writeError !== undefined);
  if (unwritten) throw unwritten.writeError;
  return { taken: docs, refused };
}

/** Where a staged report's findings first name `name`, read from its findings file. */
function stagedNaming(staging: Staging): (report: string, name: string) => [number, number] | null {
  return (report, name) => {
    const file = join(staging.dir, FINDINGS_DIR, `${report}.yaml`);
    return firstNaming((load(readFileSync(file, 'utf8')) as ReportFindings).findings, name);
  };
}

export interface IngestResult {
  files: number;
  warnings: string[];
  refused: Refusal[];
}

/**
 * What the corpus steps make of the documents staged: those taken (moved into place), each with
 * its linked records to write (linked.ts); the refused; and the corpus's own records.
 */
function linkStaged(inputs: Input[], results: StageResult[], staging: Staging, themes: readonly ThemeDefinition[], options: IngestOptions) {
  const { taken, refused } = decide(inputs, results, options);
  for (const d of taken) staging.adopt(staging.partOf(d.index), d.files);
  const own = linkDocuments(taken.map((d) => d.links), themes, stagedNaming(staging));
  const requests: LinkRequest[] = taken.map((d) => ({ link: { index: d.index, part: staging.partOf(d.index), links: d.links, dir: staging.dir } }));
  return { requests, refused, own };
}

/** The corpus's own files and the refused documents' list written; the data-quality warnings. */
function writeOwn(staging: Staging, { refused, own }: Pick<ReturnType<typeof linkStaged>, 'refused' | 'own'>): string[] {
  staging.write(corpusOwnFiles(own));
  staging.write(refusedFiles(refused));
  return own.dataQuality.map(({ data: d }) => `${d.source_file ?? 'corpus'}${d.lines ? `:${d.lines[0]}` : ''}: ${d.check}: ${d.message}`);
}

/**
 * seeds/ → content/: every document read, made into its records and written on its own (in
 * worker threads, as many at once as options.workers, INGEST_WORKERS or the cores say), then
 * the corpus steps over their small links, and the records they link written last; content/
 * is swapped in whole, or left as it was.
 */
export async function ingest(seedsDir: string, outDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const inputs = listSeeds(seedsDir);
  const workers = workerCount(options.workers, inputs.length);
  if (workers === 1) return ingestInThread(seedsDir, outDir, options);
  const themes = themesOf(options);
  const staging = new Staging(outDir);
  let pool = IngestPool.readers(workers, { themesFile: options.themesFile });
  try {
    const results: StageResult[] = new Array(inputs.length);
    await pool.stage(requestsOf(inputs, staging), (r) => (results[r.index] = r));
    // Each document's linked records are written by workers too (on this thread they were most
    // of what two workers could not share): writers, a fresh set started while the corpus steps
    // run, which load only what writing them needs. Kept, the readers' heaps came on top of this
    // thread's links of every document (BENCHMARKS.md).
    await pool.close();
    pool = IngestPool.writers(workers);
    const { requests, refused, own } = linkStaged(inputs, results, staging, themes, options);
    // The corpus's own files are written while the writers start.
    const warnings = writeOwn(staging, { refused, own });
    staging.written += await pool.link(requests);
    await pool.close();
    staging.commit();
    return { files: staging.written, warnings, refused };
  } catch (e) {
    // The workers stopped before the staging folder is removed, so that none writes into it again.
    await pool.close();
    staging.abort();
    throw e;
  }
}

/** The same ingest with every document read in this thread, one after another (the hostile and fuzz suites' way: one document a case). */
export function ingestInThread(seedsDir: string, outDir: string, options: IngestOptions = {}): IngestResult {
  const inputs = listSeeds(seedsDir);
  const themes = themesOf(options);
  const staging = new Staging(outDir);
  try {
    const { requests, refused, own } = linkStaged(inputs, stageInThread(requestsOf(inputs, staging), themes), staging, themes, options);
    const warnings = writeOwn(staging, { refused, own });
    for (const { link } of requests) staging.write(linkedRecords(link.part, link.links));
    staging.commit();
    return { files: staging.written, warnings, refused };
  } catch (e) {
    staging.abort();
    throw e;
  }
}

/** Whether SKIP_REFUSED asks to skip refused documents ("1", "true", "yes"). */
export function skipRefusedFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.SKIP_REFUSED ?? '');
}
