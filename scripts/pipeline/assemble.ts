// Normalise and link: parsed documents (names, node indexes) become the corpus the site
// reads. The pass is a list of named steps (corpus/index.ts) and the data-quality checks are
// one a file (checks/); this module keeps the names the rest of the project imports.
export { assemble, STEPS, type CorpusStep } from './corpus';
export { inlineMarkdown, type Corpus, type Entry, type SourceDoc } from './corpus/assembly';
export { reportId } from './corpus/ids';
export { addresseeKeyer } from './corpus/addressees';
