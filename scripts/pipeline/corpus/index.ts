// The corpus pass: the documents read become the corpus the site reads. Each document alone
// goes through the document steps (document.ts: ids, outline, records), then the corpus steps
// run over all documents' DocLinks, in order (as unified runs its transformers over one tree),
// and what they linked is put back into each document's records (patch.ts). Each step is a
// module of this folder; the data-quality checks are one a file under ../checks/. The ingest
// runs the document steps in its workers and writes each document's records as it goes;
// `assemble` runs everything in memory, for the tests and `--check`.
import type { ThemeDefinition, Theme } from '../../../core/schemas';
import { STANDARDS } from '../normalise/standards';
import { createTagger } from '../link/themes';
import { THEMES } from '../link/theme-data';
import { CORPUS_CHECKS, DOCUMENT_CHECKS, identify } from '../checks';
import type { Lines } from '../types';
import { inlineMarkdown, type Assembly, type Corpus, type CorpusOwn, type DocLinks, type DocumentCorpus, type Entry, type SourceDoc } from './assembly';
import { documentRecords, firstNaming } from './document';
import { entities } from './entities';
import { addressees } from './addressees';
import { responses } from './responses';
import { standing } from './standing';
import { patchRecords } from './patch';

export interface CorpusStep {
  name: string;
  run: (a: Assembly) => void;
}

/** The framework's standards and the theme taxonomy, as the site's records. */
function framework(a: Assembly): void {
  a.corpus.standards = STANDARDS.map((data) => ({ data, body: '' }));
  a.corpus.themes = a.themes.map(({ id, name, definition, terms, abbreviations }): Entry<Theme> => ({
    data: { id, name, definition, terms, abbreviations },
    body: `${definition}\n`,
  }));
}

/** The document checks' issues (found with each document's records), then the corpus checks'. */
function checks(a: Assembly): void {
  const wrap = <T>(data: T): Entry<T> => ({ data, body: '' });
  const found = [
    ...DOCUMENT_CHECKS.flatMap((_, k) => a.docs.flatMap((d) => d.issues[k]!)),
    ...CORPUS_CHECKS.flatMap((check) =>
      check({
        corpus: {
          reports: a.docs.map((d) => wrap(d.report)),
          recommendations: a.docs.flatMap((d) => d.recommendations.map(wrap)),
          actionPlanItems: a.docs.flatMap((d) => d.actionPlanItems.map(wrap)),
        },
        observed: a.observed,
      }),
    ),
  ];
  // Messages quote the documents (a recommendation's words): written as Markdown text, escaped.
  a.corpus.dataQuality = identify(found, new Map(a.docs.map((d) => [d.id, d.report.source_file]))).map((data) => ({
    data,
    body: inlineMarkdown([{ type: 'text', value: data.message }]),
  }));
}

export const STEPS: readonly CorpusStep[] = [
  { name: 'entities', run: entities },
  { name: 'addressees', run: addressees },
  { name: 'responses', run: responses },
  { name: 'standing', run: standing },
  { name: 'framework', run: framework },
  { name: 'checks', run: checks },
];

/**
 * The corpus steps over the documents' links (which they change: patchRecords puts the links
 * into each document's records). `findingNaming` reads a report's findings again where its
 * links do not say where it names an entity (see Assembly).
 */
export function linkDocuments(docs: DocLinks[], themes: readonly ThemeDefinition[], findingNaming: Assembly['findingNaming']): CorpusOwn {
  const a: Assembly = {
    themes,
    docs,
    entities: new Map(),
    observed: { addresseeMissing: [], orphanRows: [], passingMentions: [] },
    findingNaming,
    corpus: { entities: [], standards: [], themes: [], dataQuality: [] },
  };
  for (const step of STEPS) step.run(a);
  return a.corpus;
}

const byId = (x: Entry<{ id: string }>, y: Entry<{ id: string }>) => (x.data.id < y.data.id ? -1 : x.data.id > y.data.id ? 1 : 0);

/** The corpus of the sources, in memory, tagged with `themes` (by default the project's, data/themes.yaml); every collection sorted by id. */
export function assemble(sources: SourceDoc[], themes: readonly ThemeDefinition[] = THEMES): Corpus {
  const tagger = createTagger(themes);
  const parts = sources.map((s) => documentRecords(s, tagger));
  const findingsOf = new Map(parts.map((p) => [p.id, p.corpus.findings]));
  const naming = (report: string, name: string): Lines | null => firstNaming((findingsOf.get(report) ?? []).map((f) => f.data), name);
  const own = linkDocuments(parts.map((p) => p.links), themes, naming);
  for (const p of parts) patchRecords(p.corpus, p.links);
  const all = <K extends keyof DocumentCorpus>(key: K) => parts.flatMap((p) => p.corpus[key] as Entry<unknown>[]) as DocumentCorpus[K];
  const corpus: Corpus = {
    reports: all('reports'), findings: all('findings'), footnotes: all('footnotes'), keyQuestions: all('keyQuestions'),
    recommendations: all('recommendations'), actionPlanItems: all('actionPlanItems'), previousRecommendations: all('previousRecommendations'),
    ...own,
  };
  for (const key of Object.keys(corpus) as (keyof Corpus)[]) (corpus[key] as Entry<{ id: string }>[]).sort(byId);
  return corpus;
}
