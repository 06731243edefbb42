// What the corpus pass shares. It runs in two parts so that its memory does not grow with the
// archive: each document alone becomes its records (document.ts: ids, outline, records; its
// findings, footnotes and Markdown, the bulk of it, are written out from there), and the steps
// over all documents (index.ts: entities, addressees, responses, standing, checks) work on each
// document's small DocLinks: only what they read of it and the links they make, which are then
// put back into its records (patch.ts). Each step reads and adds to one Assembly, in order, as
// unified's transformers work on one tree.
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PhrasingContent, Root } from 'mdast';
import type {
  ActionPlanItem, DataQualityIssue, DocumentMeta, Entity, EntityType, Finding, Footnote, KeyQuestion, OutlineItem,
  PreviousRecommendation, Recommendation, Report, Standard, Theme, ThemeDefinition,
} from '../../../core/schemas';
import type { Lines, ParsedDocument } from '../types';
import type { createTagger } from '../link/themes';

/** One finding of a check; the corpus step gives it its id and source file (checks/check.ts). */
export type Issue = Omit<DataQualityIssue, 'id' | 'source_file'>;

/** The theme tagger a document's findings are tagged with (link/themes.ts). */
export type Tagger = ReturnType<typeof createTagger>;

export interface SourceDoc {
  file: string;
  sha256: string;
  doc: ParsedDocument;
  /** From the document's metadata file (seeds/<name>.meta.yaml), if it has one. */
  meta?: DocumentMeta;
}

export interface Entry<T> {
  data: T;
  body: string;
}

export interface Corpus {
  reports: Entry<Report>[];
  entities: Entry<Entity>[];
  standards: Entry<Standard>[];
  findings: Entry<Finding>[];
  keyQuestions: Entry<KeyQuestion>[];
  recommendations: Entry<Recommendation>[];
  actionPlanItems: Entry<ActionPlanItem>[];
  footnotes: Entry<Footnote>[];
  themes: Entry<Theme>[];
  previousRecommendations: Entry<PreviousRecommendation>[];
  dataQuality: Entry<DataQualityIssue>[];
}

/** The collections one document's records fill; the others are the corpus's. */
export type DocumentCorpus = Pick<Corpus, 'reports' | 'findings' | 'footnotes' | 'keyQuestions' | 'recommendations' | 'actionPlanItems' | 'previousRecommendations'>;

/** One document on its way to its records. */
export interface DocState {
  source: SourceDoc;
  /** The report id (ids step). */
  id: string;
  /** Its region's canonical name, if it has one. */
  regionName: string | null;
  /** The entity the document is about (its own, not one it names), as an entity id. */
  ownEntity: string | null;
  /** Finding ids by index into the parsed document's nodes (outline step). */
  findingIdOf: Map<number, string>;
  outline: OutlineItem[];
}

/** A region or PDU as a document names it, for the entities step to register. */
export interface NamedEntity {
  type: EntityType;
  name: string;
  region: string | null;
}

/** The fields of a record the corpus steps read, and those they set (patch.ts puts them back). */
export type RecommendationLink = Pick<Recommendation, 'id' | 'report_id' | 'number' | 'addressee' | 'addressee_entities' | 'about_entity' | 'text' | 'response_item' | 'match_score' | 'source_lines'> &
  Partial<Pick<Recommendation, 'response_addressee_missing' | 'response_row'>>;
export type ItemLink = Pick<ActionPlanItem, 'id' | 'report_id' | 'item' | 'addressees' | 'addressee_entities' | 'recommendation' | 'answers' | 'source_lines'>;
export type ReportLink = Pick<Report, 'id' | 'kind' | 'region' | 'published' | 'source_file' | 'entities_mentioned'>;

/**
 * What the corpus steps need of one document: a few kilobytes where its records are a few
 * hundred (its findings and their Markdown are not here at all).
 */
export interface DocLinks {
  id: string;
  regionName: string | null;
  /** Every region and PDU it names, in the order the entities step registers them, each once. */
  names: NamedEntity[];
  report: ReportLink;
  recommendations: RecommendationLink[];
  actionPlanItems: ItemLink[];
  /** The entities the document itself inspects, rates or is about (its findings' too); addressees come later. */
  standing: string[];
  /** Rows of a plan's items table that no item took (link/orphans.ts), with the words they carry on. */
  orphanRows: { row: string; lines: Lines; fragment: string }[];
  /** The lines of its first finding naming each entity it mentions (null: none does), by the names it gives them. */
  namedAt: { name: string; lines: Lines | null }[];
  /** The issues of the document checks (checks/index.ts: DOCUMENT_CHECKS), one list a check. */
  issues: Issue[][];
}

/** What the link steps saw that a reader should know: the checks turn it into issues. */
export interface Observations {
  /** An item matched by its words alone, its addressee lost in the source. */
  addresseeMissing: { plan: string; item: string; recommendation: string; score: number; missingBefore: number[] }[];
  /** A row of a plan's items table that no item took, and the recommendations its words complete. */
  orphanRows: { plan: string; row: string; lines: Lines; fragment: string; completes: string[] }[];
  /** An entity a document names but does not inspect, rate or address, and its first finding naming it. */
  passingMentions: { report: string; entity: string; name: string; type: EntityType; lines: Lines | null }[];
}

/** The corpus's own collections, made by the steps over all documents. */
export type CorpusOwn = Pick<Corpus, 'entities' | 'standards' | 'themes' | 'dataQuality'>;

export interface Assembly {
  themes: readonly ThemeDefinition[];
  docs: DocLinks[];
  /** Every region and PDU named, by id, before the standing step keeps those with a page. */
  entities: Map<string, Entity>;
  observed: Observations;
  /**
   * The lines of a report's first finding whose words hold `name`, for a name its DocLinks do
   * not list (another document gave the entity its name first): its findings are read again.
   */
  findingNaming: (report: string, name: string) => Lines | null;
  corpus: CorpusOwn;
}

export const emptyDocumentCorpus = (): DocumentCorpus => ({
  reports: [], findings: [], footnotes: [], keyQuestions: [], recommendations: [], actionPlanItems: [], previousRecommendations: [],
});

export function inlineMarkdown(inline: PhrasingContent[]): string {
  if (inline.length === 0) return '';
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: inline }] };
  return toMarkdown(root).trim() + '\n';
}
