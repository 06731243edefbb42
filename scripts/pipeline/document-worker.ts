// A reader of the ingest (pool.ts): reads and stages the documents it is sent, one at a time
// (stage.ts), and answers each with its StageResult. Errors go as plain data (errors.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createTagger } from './link/themes';
import { loadThemes, THEMES } from './link/theme-data';
import { stageDocument, type StageRequest, type StageResult } from './stage';
import { toPlainError } from './errors';

export interface WorkerSetup {
  /** The theme taxonomy file to tag with, rather than data/themes.yaml. */
  themesFile?: string;
}

const setup = workerData as WorkerSetup;
const tagger = createTagger(setup.themesFile ? loadThemes(setup.themesFile) : THEMES);

parentPort!.on('message', (req: StageRequest) => {
  const r: StageResult = stageDocument(req, tagger);
  if (r.outcome === 'failed') r.error = toPlainError(r.error);
  if (r.outcome === 'staged' && r.writeError !== undefined) r.writeError = toPlainError(r.writeError);
  parentPort!.postMessage(r);
});
