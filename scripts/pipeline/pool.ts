// The ingest's worker threads: each reads and stages one document at a time (document-worker.ts)
// and is sent the next when it answers, so that as many documents are read at once as there are
// workers, and no more are held. Results come back in whatever order the workers finish; the
// ingest keeps them by input index, so the output never depends on that order.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './document-worker';
import { fromPlainError } from './errors';
import type { StageRequest, StageResult } from './stage';

/**
 * How many workers to use: `asked` (--workers), else INGEST_WORKERS, else one a core; never
 * more than there are documents. 1 means the ingest's own thread, no worker.
 */
export function workerCount(asked: number | undefined, documents: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.INGEST_WORKERS ? Number(env.INGEST_WORKERS) : undefined;
  const n = asked ?? fromEnv ?? availableParallelism();
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`the number of ingest workers must be a whole number of at least 1, not ${asked ?? env.INGEST_WORKERS}`);
  return Math.max(1, Math.min(n, documents));
}

// The ingest runs under tsx, and so must its workers (as the fuzz suite's, scripts/hostile/fuzz.ts);
// tsx is found from this file, not from the working folder, which may be anywhere.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function start(setup: WorkerSetup): Worker {
  return new Worker(new URL('./document-worker.ts', import.meta.url), { execArgv: ['--import', TSX], workerData: setup });
}

/** Stages every request on `workers` threads; calls `done` with each result as it comes, its errors made again. */
export async function stageInWorkers(requests: StageRequest[], workers: number, setup: WorkerSetup, done: (r: StageResult) => void): Promise<void> {
  const pool = Array.from({ length: Math.min(workers, requests.length) }, () => start(setup));
  let next = 0;
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => (next < requests.length ? w.postMessage(requests[next++]) : resolve());
            w.on('message', (r: StageResult) => {
              if (r.outcome === 'failed') r.error = fromPlainError(r.error);
              if (r.outcome === 'staged' && r.writeError !== undefined) r.writeError = fromPlainError(r.writeError);
              done(r);
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => reject(new Error(`an ingest worker stopped (exit code ${code}) before its documents were read`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
