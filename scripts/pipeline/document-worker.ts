// A worker thread of the ingest (pool.ts): reads and stages the documents it is sent, one at a
// time (stage.ts), and answers each with its StageResult; then, once the corpus steps have
// linked them, writes each document's linked records it is sent. Errors go as plain data (errors.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createTagger } from './link/themes';
import { loadThemes, THEMES } from './link/theme-data';
import { stageDocument, writeLinked, type LinkRequest, type StageRequest, type StageResult } from './stage';
import { toPlainError } from './errors';

export interface WorkerSetup {
  /** The theme taxonomy file to tag with, rather than data/themes.yaml. */
  themesFile?: string;
}

const setup = workerData as WorkerSetup;
const tagger = createTagger(setup.themesFile ? loadThemes(setup.themesFile) : THEMES);

parentPort!.on('message', (req: StageRequest | LinkRequest) => {
  if ('link' in req) {
    const done = writeLinked(req);
    if (done.error !== undefined) done.error = toPlainError(done.error);
    parentPort!.postMessage(done);
    return;
  }
  const r: StageResult = stageDocument(req, tagger);
  if (r.outcome === 'failed') r.error = toPlainError(r.error);
  if (r.outcome === 'staged' && r.writeError !== undefined) r.writeError = toPlainError(r.writeError);
  parentPort!.postMessage(r);
});
