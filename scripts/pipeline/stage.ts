// One document's way from its file to its part of content/, alone: read and parsed (refused if
// it cannot be read as a whole document), made into its records (corpus/document.ts), and its
// files written into a folder of its own: those no corpus step changes as content files, the
// records the corpus steps link as records.json. What comes back is small: its DocLinks. The
// ingest runs this in its workers (document-worker.ts), or in its own thread.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind } from '../../core/schemas';
import { parseDocument } from './parse';
import { decodeSource } from './read';
import { readMeta } from './meta';
import { ParseError } from './types';
import { describeRefusal, type Refusal } from './refusal';
import { reportId } from './corpus/ids';
import { documentRecords, type Tagger } from './corpus/document';
import { patchRecords } from './corpus/patch';
import type { DocLinks, DocumentCorpus, Entry, SourceDoc } from './corpus/assembly';
import { documentFiles, linkedFiles, writeFiles } from './write';

/** A file to read: where it is, how messages and content name it, whether the user named it (--check). */
export interface Input {
  path: string;
  shown: string;
  given?: boolean;
}

/** A document read, with its report id; or its refusal. Anything but a ParseError is thrown. */
export type ReadDocument = { source: SourceDoc; id: string; refusal?: undefined } | { refusal: Refusal };

export function readDocument(input: Input): ReadDocument {
  const bytes = readFileSync(input.path);
  let text: string[] | null = null;
  try {
    text = decodeSource(bytes).lines;
    const doc = parseDocument(text);
    const meta = readMeta(input.path, input.shown);
    return { id: reportId(doc), source: { file: input.shown, sha256: createHash('sha256').update(bytes).digest('hex'), doc, ...(meta ? { meta } : {}) } };
  } catch (e) {
    if (e instanceof ParseError) return { refusal: describeRefusal(input.shown, e, text) };
    throw e;
  }
}

/** Where a document's records the corpus steps link wait for them, inside its part. */
const LINKED = 'records.json';

export interface StageRequest {
  index: number;
  input: Input;
  /** The folder of its own to write its files in. */
  part: string;
}

export type StageResult =
  | {
      index: number;
      outcome: 'staged';
      id: string;
      kind: DocumentKind;
      /** How many content files its part holds. */
      files: number;
      links: DocLinks;
      /** Its files could not be written (an entry its schema refuses): raised only if the document is taken. */
      writeError?: unknown;
    }
  | { index: number; outcome: 'refused'; refusal: Refusal }
  | { index: number; outcome: 'failed'; error: unknown };

export function stageDocument({ index, input, part }: StageRequest, tagger: Tagger): StageResult {
  let read: ReadDocument;
  try {
    read = readDocument(input);
  } catch (error) {
    return { index, outcome: 'failed', error };
  }
  if (read.refusal) return { index, outcome: 'refused', refusal: read.refusal };
  const { id, corpus, links } = documentRecords(read.source, tagger);
  const staged = { index, outcome: 'staged' as const, id, kind: read.source.doc.kind, links, files: 0 };
  try {
    staged.files = writeFiles(part, documentFiles(corpus));
    const { reports, recommendations, actionPlanItems } = corpus;
    const data = <T>(xs: Entry<T>[]) => xs.map((x) => x.data);
    writeFileSync(join(part, LINKED), JSON.stringify({ reports: data(reports), recommendations: data(recommendations), actionPlanItems: data(actionPlanItems) }));
  } catch (writeError) {
    return { ...staged, writeError };
  }
  return staged;
}

/** A document's linked records, read back from its part with the links the corpus steps made, as files. */
export function linkedRecords(part: string, links: DocLinks): Generator<[string, string]> {
  type Linked = { [K in 'reports' | 'recommendations' | 'actionPlanItems']: DocumentCorpus[K][number]['data'][] };
  const saved = JSON.parse(readFileSync(join(part, LINKED), 'utf8')) as Linked;
  const entries = <T>(xs: T[]): Entry<T>[] => xs.map((data) => ({ data, body: '' }));
  const c = { reports: entries(saved.reports), recommendations: entries(saved.recommendations), actionPlanItems: entries(saved.actionPlanItems) };
  patchRecords(c, links);
  return linkedFiles(c);
}

/** A document's linked records to write into the staging folder, once the corpus steps have linked it. */
export interface LinkRequest {
  link: { index: number; part: string; links: DocLinks; dir: string };
}

/** How many files a LinkRequest wrote, or why it could not. */
export interface LinkResult {
  index: number;
  written: number;
  error?: unknown;
}

/** Writes a document's linked records (its report, recommendations and plan items) into the staging folder `dir`. */
export function writeLinked({ link: { index, part, links, dir } }: LinkRequest): LinkResult {
  try {
    return { index, written: writeFiles(dir, linkedRecords(part, links)) };
  } catch (error) {
    return { index, written: 0, error };
  }
}
