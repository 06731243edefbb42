// A document's records the corpus steps link (its report, recommendations and action-plan
// items): saved in its part as it is staged (stage.ts), and once the corpus steps have linked
// them, read back, patched and written as content files. The ingest's writers (link-worker.ts)
// do this with this module alone, so that they load none of the pipeline that reads documents.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { patchRecords } from './corpus/patch';
import type { DocLinks, DocumentCorpus, Entry } from './corpus/assembly';
import { linkedFiles, writeFiles } from './write';

/** Where a document's records the corpus steps link wait for them, inside its part. */
const LINKED = 'records.json';

type Linked = { [K in 'reports' | 'recommendations' | 'actionPlanItems']: DocumentCorpus[K][number]['data'][] };

/** Saves a document's records the corpus steps link into its part. */
export function saveLinked(part: string, { reports, recommendations, actionPlanItems }: Pick<DocumentCorpus, keyof Linked>): void {
  const data = <T>(xs: Entry<T>[]) => xs.map((x) => x.data);
  const saved: Linked = { reports: data(reports), recommendations: data(recommendations), actionPlanItems: data(actionPlanItems) };
  writeFileSync(join(part, LINKED), JSON.stringify(saved));
}

/** A document's linked records, read back from its part with the links the corpus steps made, as files. */
export function linkedRecords(part: string, links: DocLinks): Generator<[string, string]> {
  const saved = JSON.parse(readFileSync(join(part, LINKED), 'utf8')) as Linked;
  const entries = <T>(xs: T[]): Entry<T>[] => xs.map((data) => ({ data, body: '' }));
  const c = { reports: entries(saved.reports), recommendations: entries(saved.recommendations), actionPlanItems: entries(saved.actionPlanItems) };
  patchRecords(c, links);
  return linkedFiles(c);
}

/** A document's linked records to write into the staging folder `dir`, once the corpus steps have linked it. */
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
