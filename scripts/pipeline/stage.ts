// One document's way from its file to its part of content/, alone: read and parsed (refused if
// it cannot be read as a whole document), made into its records (corpus/document.ts), and its
// files written into a folder of its own: those no corpus step changes as content files, the
// records the corpus steps link saved for them (linked.ts). What comes back is small: its
// DocLinks. The ingest runs this in its workers (document-worker.ts), or in its own thread.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentKind } from '../../core/schemas';
import { parseDocument } from './parse';
import { decodeSource } from './read';
import { readMeta } from './meta';
import { ParseError } from './types';
import { describeRefusal, type Refusal } from './refusal';
import { reportId } from './corpus/ids';
import { documentRecords, type Tagger } from './corpus/document';
import type { DocLinks, SourceDoc } from './corpus/assembly';
import { documentFiles, writeFiles } from './write';
import { saveLinked } from './linked';

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
    saveLinked(part, corpus);
  } catch (writeError) {
    return { ...staged, writeError };
  }
  return staged;
}
