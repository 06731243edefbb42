// A writer of the ingest (pool.ts): once the corpus steps have linked the documents, writes
// each document's linked records it is sent (linked.ts) and answers with how many files it
// wrote. Errors go as plain data (errors.ts).
import { parentPort } from 'node:worker_threads';
import { writeLinked, type LinkRequest } from './linked';
import { toPlainError } from './errors';

parentPort!.on('message', (req: LinkRequest) => {
  const done = writeLinked(req);
  if (done.error !== undefined) done.error = toPlainError(done.error);
  parentPort!.postMessage(done);
});
