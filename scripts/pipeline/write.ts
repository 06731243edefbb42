// Serialises the corpus as YAML data entries (footnotes: Markdown, which the report page
// renders; findings: one YAML file per report), validated by the same zod schemas the site reads them with, and swaps the whole
// content/ folder in at once: a failed run leaves the previous content exactly as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import type { ZodType } from 'astro/zod';
import {
  ActionPlanItem, DataQualityIssue, Entity, Footnote, KeyQuestion, PreviousRecommendation,
  Recommendation, RefusedDocument, Report, ReportFindings, Standard, Theme, REFUSED_FILE, type Finding,
} from '../../core/schemas';
import { group } from '../../core/group';
import type { Corpus, CorpusOwn, DocumentCorpus, Entry } from './corpus/assembly';
import type { Refusal } from './refusal';

/** Where one report's findings are written, relative to content/. */
export const FINDINGS_DIR = 'findings';

/**
 * Where the whole of each document is written as Markdown, for people reading content/ itself,
 * relative to content/. Not a collection: the site renders a document from its findings, and as
 * the body of its report entry Astro's content store held every document a second time, rendered
 * to HTML (two thirds of the store at 1,000 documents), for no page.
 */
export const DOCUMENTS_DIR = 'documents';

/**
 * Each collection's folder and schema, and whether its entries are Markdown. Only footnotes are:
 * the report page renders their bodies. Every other entry is YAML data, because Astro renders a
 * Markdown entry's body to HTML and keeps body, HTML and a copy of the frontmatter in its content
 * store for the whole build, and no page used them (their bodies repeated a field: an item's
 * actions, a recommendation's text, a check's message): at 500 documents that was over half of
 * the store, held in memory by every build.
 */
const COLLECTIONS: { key: Exclude<keyof Corpus, 'findings'>; dir: string; schema: ZodType; markdown?: true }[] = [
  { key: 'reports', dir: 'reports', schema: Report },
  { key: 'entities', dir: 'entities', schema: Entity },
  { key: 'standards', dir: 'standards', schema: Standard },
  { key: 'keyQuestions', dir: 'key-questions', schema: KeyQuestion },
  { key: 'recommendations', dir: 'recommendations', schema: Recommendation },
  { key: 'actionPlanItems', dir: 'action-plan-items', schema: ActionPlanItem },
  { key: 'footnotes', dir: 'footnotes', schema: Footnote, markdown: true },
  { key: 'themes', dir: 'themes', schema: Theme },
  { key: 'previousRecommendations', dir: 'previous-recommendations', schema: PreviousRecommendation },
  { key: 'dataQuality', dir: 'data-quality', schema: DataQualityIssue },
];

/** The file name extension of each kind of entry: src/content.config.ts loads the same. */
export const ENTRY_EXT = { markdown: '.md', data: '.yaml' } as const;

export class ValidationError extends Error {}

function yaml(data: object): string {
  // js-yaml 5 has no default export and names the quote option quoteStyle.
  return dump(data, { lineWidth: -1, noRefs: true, sortKeys: false, quoteStyle: 'double' });
}

export function serialise(entry: Entry<object>): string {
  return `---\n${yaml(entry.data)}---\n${entry.body ? `\n${entry.body}` : ''}`;
}

function validate<T>(schema: ZodType<T>, data: unknown, where: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ValidationError(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** findings/<report id>.yaml for each report, its findings in document order. */
function* findingFiles(entries: Entry<Finding>[]): Generator<[string, string]> {
  for (const [reportId, list] of group(entries, (e) => e.data.report_id)) {
    const seen = new Set<string>();
    for (const e of list) {
      if (seen.has(e.data.id)) throw new ValidationError(`two findings share the id ${e.data.id}`);
      seen.add(e.data.id);
    }
    const data: ReportFindings = {
      id: reportId,
      report_id: reportId,
      findings: [...list].sort((a, b) => a.data.order - b.data.order).map((e) => ({ ...e.data, markdown: e.body })),
    };
    validate(ReportFindings, data, `${FINDINGS_DIR}/${reportId}`);
    yield [join(FINDINGS_DIR, `${reportId}.yaml`), yaml(data)];
  }
}

type CollectionKey = (typeof COLLECTIONS)[number]['key'];

/** The entries of some collections as files, each validated; `paths` holds those made so far, so that two entries never share one. */
function* entryFiles(corpus: Partial<Pick<Corpus, CollectionKey>>, keys: readonly CollectionKey[], paths = new Set<string>()): Generator<[string, string]> {
  for (const { key, dir, schema, markdown } of COLLECTIONS.filter((c) => keys.includes(c.key))) {
    for (const entry of (corpus[key] ?? []) as Entry<{ id: string }>[]) {
      validate(schema, entry.data, `${dir}/${entry.data.id}`);
      // Ids may hold "/" (report/anchor): that is the folder layout too.
      const path = join(dir, `${entry.data.id}${markdown ? ENTRY_EXT.markdown : ENTRY_EXT.data}`);
      if (paths.has(path)) throw new ValidationError(`two ${dir} entries share the id ${entry.data.id}`);
      paths.add(path);
      yield [path, markdown ? serialise(entry) : yaml(entry.data)];
    }
  }
}

/**
 * One document's files that no corpus step changes, made as its records are: its findings, key
 * questions, footnotes, previous recommendations and its whole text as Markdown (the bulk of
 * what the ingest writes; held for the corpus, they were most of the ingest's memory).
 */
export function* documentFiles(c: DocumentCorpus): Generator<[string, string]> {
  yield* entryFiles(c, ['keyQuestions', 'footnotes', 'previousRecommendations']);
  for (const report of c.reports) {
    yield [join(DOCUMENTS_DIR, `${report.data.id}.md`), serialise({ data: { id: report.data.id, report_id: report.data.id }, body: report.body })];
  }
  yield* findingFiles(c.findings);
}

/** One document's records the corpus steps link (its report, recommendations and action-plan items), once linked. */
export function* linkedFiles(c: Pick<DocumentCorpus, 'reports' | 'recommendations' | 'actionPlanItems'>): Generator<[string, string]> {
  yield* entryFiles(c, ['reports', 'recommendations', 'actionPlanItems']);
}

/** The corpus's own files: entities, standards, themes, data-quality issues. */
export function* corpusOwnFiles(own: CorpusOwn): Generator<[string, string]> {
  yield* entryFiles(own, ['entities', 'standards', 'themes', 'dataQuality']);
}

/** content/refused.json: the documents a --skip-refused ingest left out, by file; none, no file. */
export function* refusedFiles(refused: Refusal[]): Generator<[string, string]> {
  if (refused.length === 0) return;
  const data = [...refused]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((r) => validate(RefusedDocument, { id: r.file, source_file: r.file, line: r.line, reason: r.reason, expected: r.expected, found: r.found, hint: r.hint }, `${REFUSED_FILE}: ${r.file}`));
  yield [REFUSED_FILE, `${JSON.stringify(data, null, 2)}\n`];
}

/** Writes the files under `root`, never two at one path; returns how many it wrote. */
export function writeFiles(root: string, files: Iterable<[string, string]>): number {
  let written = 0;
  for (const [path, text] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text, { flag: 'wx' }); // never two files at one path
    written++;
  }
  return written;
}

/**
 * A folder filled beside outDir and swapped in for it whole once every file is written
 * (commit); a failure removes it (abort), leaving outDir exactly as it was. Documents read in
 * workers are written each in a folder of its own inside it (partOf), and moved into place
 * (adopt) once the ingest knows which documents it takes.
 */
export class Staging {
  readonly dir: string;
  written = 0;

  constructor(readonly outDir: string) {
    this.dir = `${outDir}.tmp-${process.pid}`;
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  write(files: Iterable<[string, string]>): void {
    this.written += writeFiles(this.dir, files);
  }

  /** The folder of the index-th document's own files. */
  partOf(index: number): string {
    return join(this.dir, PARTS_DIR, String(index));
  }

  /** Moves the files a document's part holds ("<collection>/<name>", `files` of them) into place. */
  adopt(part: string, files: number): void {
    for (const collection of readdirSync(part, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      mkdirSync(join(this.dir, collection.name), { recursive: true });
      for (const name of readdirSync(join(part, collection.name))) {
        const to = join(this.dir, collection.name, name);
        if (existsSync(to)) throw new ValidationError(`two ${collection.name} entries share the name ${name}`);
        renameSync(join(part, collection.name, name), to);
      }
    }
    this.written += files;
  }

  commit(): void {
    rmSync(join(this.dir, PARTS_DIR), { recursive: true, force: true });
    const old = `${this.outDir}.old-${process.pid}`;
    if (existsSync(this.outDir)) renameSync(this.outDir, old);
    renameSync(this.dir, this.outDir);
    rmSync(old, { recursive: true, force: true });
  }

  abort(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The folder of the staging folder holding each document's part until it is adopted. */
const PARTS_DIR = '.parts';

/** Writes the files into a new folder and swaps it in for outDir; returns how many it wrote. */
export function writeAtomically(outDir: string, files: Iterable<[string, string]>): number {
  const staging = new Staging(outDir);
  try {
    staging.write(files);
  } catch (e) {
    staging.abort();
    throw e;
  }
  staging.commit();
  return staging.written;
}
