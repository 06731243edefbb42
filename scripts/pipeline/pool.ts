// The ingest's worker threads: readers (document-worker.ts) each read and stage one document at
// a time and are sent the next when they answer, so that as many documents are read at once as
// there are workers, and no more are held; writers (link-worker.ts) write the linked records,
// one document at a time too. Answers come back in whatever order the workers finish; the
// ingest keeps them by input index, so the output never depends on that order.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './document-worker';
import { fromPlainError } from './errors';
import type { StageRequest, StageResult } from './stage';
import type { LinkRequest, LinkResult } from './linked';

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

/**
 * A set of the ingest's workers, each set up once for the jobs it is given: the documents to
 * read (`readers`), or, once the corpus steps have linked them, their linked records to write
 * (`writers`: a fresh set, which loads none of the pipeline that reads documents).
 */
export class IngestPool {
  private readonly workers: Worker[];
  private closing = false;

  static readers(workers: number, setup: WorkerSetup): IngestPool {
    return new IngestPool(workers, new URL('./document-worker.ts', import.meta.url), setup);
  }

  static writers(workers: number): IngestPool {
    return new IngestPool(workers, new URL('./link-worker.ts', import.meta.url));
  }

  private constructor(workers: number, entry: URL, setup?: WorkerSetup) {
    this.workers = Array.from({ length: workers }, () => {
      const w = new Worker(entry, { execArgv: ['--import', TSX], workerData: setup });
      // A worker that stops unasked fails the job it holds (an 'error' rejects the wait for its answer).
      w.on('exit', (code) => {
        if (!this.closing) w.emit('error', new Error(`an ingest worker stopped (exit code ${code}) before its documents were read`));
      });
      return w;
    });
  }

  /** Sends each job to the next free worker; calls `done` with each answer as it comes. */
  async run<Job, Answer>(jobs: readonly Job[], done: (answer: Answer) => void): Promise<void> {
    let next = 0;
    await Promise.all(
      this.workers.map(async (w) => {
        while (next < jobs.length) {
          const answered = once(w, 'message');
          w.postMessage(jobs[next++]);
          const [answer] = (await answered) as [Answer];
          done(answer);
        }
      }),
    );
  }

  /** Stages every request; calls `done` with each result as it comes, its errors made again. */
  stage(requests: readonly StageRequest[], done: (r: StageResult) => void): Promise<void> {
    return this.run<StageRequest, StageResult>(requests, (r) => {
      if (r.outcome === 'failed') r.error = fromPlainError(r.error);
      if (r.outcome === 'staged' && r.writeError !== undefined) r.writeError = fromPlainError(r.writeError);
      done(r);
    });
  }

  /** Writes every document's linked records; the number of files written, or the first error, made again. */
  async link(requests: readonly LinkRequest[]): Promise<number> {
    let written = 0;
    await this.run<LinkRequest, LinkResult>(requests, (r) => {
      if (r.error !== undefined) throw fromPlainError(r.error);
      written += r.written;
    });
    return written;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
