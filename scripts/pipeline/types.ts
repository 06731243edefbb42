// The contract between the stages: a parser turns a document's text into a ParsedDocument
// (names, not ids; line numbers, not files); normalise/link/write turn that into content.
import type { PhrasingContent } from 'mdast';
import type { Imprint } from './parse/imprint';
import type { ActionPlanStatus, DocumentKind, EntityType, FindingKind, Framework, Rating } from '../../core/schemas';

export type Lines = [number, number];

export interface DocHeading {
  type: 'heading';
  text: string;
  level: number;
  line: number;
}

export interface DocFinding {
  type: 'finding';
  kind: FindingKind;
  /** Inline content, safe to serialise as Markdown: text from the document is only ever text nodes. */
  inline: PhrasingContent[];
  /** Plain text of the finding (markup removed, footnote markers removed). */
  text: string;
  footnoteRefs: number[];
  lines: Lines;
  /** Code of the standard the finding falls under, as written in the framework (`R 1.1`, `P 2.1`, `1.1`). */
  standardCode: string | null;
  /** Name of the entity the finding is about, where it differs from the document's own entity. */
  entityName: string | null;
  cells?: string[];
}

export type DocNode = DocHeading | DocFinding;

export interface ParsedVerdict {
  entityName: string;
  entityType: EntityType;
  framework: Framework;
  fieldworkStarted: string | null;
  score: number | null;
  scoreMax: number | null;
  overallRating: Rating | null;
  line: number;
}

export interface ParsedRating {
  entityName: string;
  framework: Framework;
  code: string;
  name: string;
  rating: Rating;
  line: number;
}

export interface ParsedKeyQuestion {
  entityName: string;
  code: string;
  question: string;
  percentYes: number;
  drivesRating: boolean;
  /** Index into ParsedDocument.nodes of the finding holding this table row. */
  node: number;
  line: number;
}

export interface ParsedRecommendation {
  number: number | null;
  /** The addressee as the heading writes it, without "should:" (e.g. "Kent, Surrey and Sussex region"). */
  addressee: string;
  /** The inspected entity whose inspection made the recommendation (the letter groups them per PDU). */
  aboutEntityName: string | null;
  text: string;
  node: number;
  lines: Lines;
}

export interface ParsedActionPlanItem {
  item: number;
  itemLabel: string;
  addressees: string[];
  recommendation: string;
  status: ActionPlanStatus;
  actions: string[];
  owners: string[];
  targetDates: string[];
  /** "recommendation 22" style references inside the response text, as written. */
  crossReferences: number[];
  /** Indexes into ParsedDocument.nodes of the findings made from this item. */
  nodes: number[];
  lines: Lines;
}

export interface ParsedPlanTotals {
  agreed: number | null;
  partlyAgreed: number | null;
  notAgreed: number | null;
  total: number | null;
  line: number;
}

export interface ParsedFootnote {
  number: number;
  text: string;
  inline: PhrasingContent[];
  lines: Lines;
}

export interface ParsedPreviousRecommendation {
  recommendation: string;
  actionTaken: string;
  categorisation: string;
  improvementRequired: string;
  node: number;
  line: number;
}

export interface ParsedDocument {
  kind: DocumentKind;
  title: string;
  /** The title as its cover prints it, and the line printed under it; null where the cover has none (a letter). */
  coverTitle: string | null;
  coverSubtitle: string | null;
  /** What the document prints about its own publication (parse/imprint.ts). */
  imprint: Imprint;
  publisher: string;
  entityName: string | null;
  entityType: EntityType | null;
  regionName: string | null;
  /** ISO `YYYY-MM` or `YYYY-MM-DD`. */
  published: string | null;
  leadInspector: string | null;
  chiefInspector: string | null;
  isbn: string | null;
  framework: Framework | null;
  verdicts: ParsedVerdict[];
  ratings: ParsedRating[];
  keyQuestions: ParsedKeyQuestion[];
  recommendations: ParsedRecommendation[];
  actionPlanItems: ParsedActionPlanItem[];
  planTotals: ParsedPlanTotals | null;
  footnotes: ParsedFootnote[];
  previousRecommendations: ParsedPreviousRecommendation[];
  /** Entities the document names (PDUs and regions), by name, including those only mentioned. */
  entitiesMentioned: { name: string; type: EntityType; regionName: string | null }[];
  nodes: DocNode[];
}

/** What a refusal can say beyond its reason (see pipeline/refusal.ts, which fills in the common ones). */
export interface RefusalDetails {
  /** What the ingest expected at the line. */
  expected?: string;
  /** What it found there instead. */
  found?: string;
  /** What the user can do about it. */
  hint?: string;
}

/** A parse failure that names the line and the reason; the CLI adds the file. */
export class ParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly details: RefusalDetails = {},
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'ParseError';
  }
}
