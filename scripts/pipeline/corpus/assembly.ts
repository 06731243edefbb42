// What the corpus steps share: the documents read, the corpus they build, the entities they
// name and what linking observed for the checks. Each step (corpus/index.ts) reads and adds to
// one Assembly, in order, as unified's transformers work on one tree.
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PhrasingContent, Root } from 'mdast';
import type {
  ActionPlanItem, DataQualityIssue, DocumentMeta, Entity, EntityType, Finding, Footnote, KeyQuestion, OutlineItem,
  PreviousRecommendation, Recommendation, Report, Standard, Theme, ThemeDefinition,
} from '../../../core/schemas';
import type { ParsedDocument, ParsedPlanTotals } from '../types';
import type { createTagger } from '../link/themes';

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

/** One document on its way into the corpus. */
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

/** What the link steps saw that a reader should know: the checks turn it into issues. */
export interface Observations {
  /** An item matched by its words alone, its addressee lost in the source. */
  addresseeMissing: { plan: string; item: string; recommendation: string; score: number; missingBefore: number[] }[];
  /** A row of a plan's items table that no item took, and the recommendations its words complete. */
  orphanRows: { plan: string; row: string; fragment: string; completes: string[] }[];
  /** An entity a document names but does not inspect, rate or address. */
  passingMentions: { report: string; entity: string; name: string; type: EntityType }[];
}

export interface Assembly {
  sources: SourceDoc[];
  themes: readonly ThemeDefinition[];
  tagger: ReturnType<typeof createTagger>;
  docs: DocState[];
  corpus: Corpus;
  /** Every region and PDU named, by id, before the standing step keeps those with a page. */
  entities: Map<string, Entity>;
  observed: Observations;
}

export const emptyCorpus = (): Corpus => ({
  reports: [], entities: [], standards: [], findings: [], keyQuestions: [], recommendations: [],
  actionPlanItems: [], footnotes: [], themes: [], previousRecommendations: [], dataQuality: [],
});

/** A plan's totals as the document states them, by plan id. */
export const planTotalsOf = (a: Assembly): Map<string, ParsedPlanTotals> =>
  new Map(a.docs.filter((d) => d.source.doc.planTotals).map((d) => [d.id, d.source.doc.planTotals!]));

export function inlineMarkdown(inline: PhrasingContent[]): string {
  if (inline.length === 0) return '';
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: inline }] };
  return toMarkdown(root).trim() + '\n';
}
