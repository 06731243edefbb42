// What a data-quality check is: a pure function to its findings. Checks report what the
// documents say against each other; they never change a value, so a reader sees the source as
// it is and the doubt beside it. A document check reads one document's records (run with them,
// where the document is read); a corpus check reads the links between documents (DocLinks) and
// what linking observed.
import type { Corpus, Entry, Issue, ItemLink, Observations, RecommendationLink, ReportLink } from '../corpus/assembly';
import type { ParsedPlanTotals } from '../types';

export interface DocumentCheckInput {
  /** One document's records (or a whole corpus's: a document check's issues are each document's in turn). */
  corpus: Pick<Corpus, 'reports' | 'keyQuestions' | 'actionPlanItems'>;
  /** Each plan's totals as the document states them, by plan id. */
  planTotals: ReadonlyMap<string, ParsedPlanTotals>;
}

export interface CorpusCheckInput {
  corpus: { reports: Entry<ReportLink>[]; recommendations: Entry<RecommendationLink>[]; actionPlanItems: Entry<ItemLink>[] };
  observed: Observations;
}

/** Both: a whole corpus as the tests make it. */
export type CheckInput = DocumentCheckInput & CorpusCheckInput;

/** One finding of a check (defined with the corpus, which holds the document checks' issues). */
export type { Issue };

export type DocumentCheck = (input: DocumentCheckInput) => Issue[];
export type CorpusCheck = (input: CorpusCheckInput) => Issue[];
/** Either, as run over a whole corpus. */
export type Check = (input: CheckInput) => Issue[];

/** Records of one report, by report id. */
export function byReport<T extends { data: { report_id: string } }>(xs: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(x.data.report_id, [...(m.get(x.data.report_id) ?? []), x]);
  return m;
}
