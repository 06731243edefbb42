// What a data-quality check is: a pure function from the corpus (and what linking observed)
// to its findings. Checks report what the documents say against each other; they never change
// a value, so a reader sees the source as it is and the doubt beside it.
import type { DataQualityIssue } from '../../../core/schemas';
import type { Corpus, Observations } from '../corpus/assembly';
import type { ParsedPlanTotals } from '../types';

export interface CheckInput {
  corpus: Corpus;
  /** Each plan's totals as the document states them, by plan id. */
  planTotals: ReadonlyMap<string, ParsedPlanTotals>;
  observed: Observations;
}

/** One finding of a check; the corpus step gives it its id and source file. */
export type Issue = Omit<DataQualityIssue, 'id' | 'source_file'>;

export type Check = (input: CheckInput) => Issue[];

/** Records of one report, by report id. */
export function byReport<T extends { data: { report_id: string } }>(xs: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(x.data.report_id, [...(m.get(x.data.report_id) ?? []), x]);
  return m;
}
