// The corpus pass: the documents read, one by one, become the corpus the site reads, through
// a list of named steps over one Assembly, in order (as unified runs its transformers over one
// tree). Each step is a module of this folder; the data-quality checks are one a file under
// ../checks/.
import type { Theme, ThemeDefinition } from '../../../core/schemas';
import { STANDARDS } from '../normalise/standards';
import { createTagger } from '../link/themes';
import { THEMES } from '../link/theme-data';
import { runChecks } from '../checks';
import { emptyCorpus, inlineMarkdown, planTotalsOf, type Assembly, type Corpus, type Entry, type SourceDoc } from './assembly';
import { ids } from './ids';
import { entities } from './entities';
import { outline } from './outline';
import { records } from './records';
import { addressees } from './addressees';
import { responses } from './responses';
import { standing } from './standing';

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

function checks(a: Assembly): void {
  // Messages quote the documents (a recommendation's words): written as Markdown text, escaped.
  a.corpus.dataQuality = runChecks({ corpus: a.corpus, planTotals: planTotalsOf(a), observed: a.observed }).map((data) => ({
    data,
    body: inlineMarkdown([{ type: 'text', value: data.message }]),
  }));
}

function order(a: Assembly): void {
  const byId = (x: Entry<{ id: string }>, y: Entry<{ id: string }>) => (x.data.id < y.data.id ? -1 : x.data.id > y.data.id ? 1 : 0);
  for (const key of Object.keys(a.corpus) as (keyof Corpus)[]) (a.corpus[key] as Entry<{ id: string }>[]).sort(byId);
}

export const STEPS: readonly CorpusStep[] = [
  { name: 'ids', run: ids },
  { name: 'entities', run: entities },
  { name: 'outline', run: outline },
  { name: 'records', run: records },
  { name: 'addressees', run: addressees },
  { name: 'responses', run: responses },
  { name: 'standing', run: standing },
  { name: 'framework', run: framework },
  { name: 'checks', run: checks },
  { name: 'order', run: order },
];

/** The corpus of the sources, tagged with `themes` (by default the project's, data/themes.yaml). */
export function assemble(sources: SourceDoc[], themes: readonly ThemeDefinition[] = THEMES): Corpus {
  const a: Assembly = {
    sources,
    themes,
    tagger: createTagger(themes),
    docs: [],
    corpus: emptyCorpus(),
    entities: new Map(),
    observed: { addresseeMissing: [], orphanRows: [], passingMentions: [] },
  };
  for (const step of STEPS) step.run(a);
  return a.corpus;
}
