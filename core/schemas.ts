// The one description of the data: the ingest scripts validate what they write with these
// schemas, and src/content.config.ts reads the same content back with them.
import { z } from 'astro/zod';

export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
export const Rating = z.enum(RATINGS);
export type Rating = z.infer<typeof Rating>;

/** Points a rating scores towards a report's total (3/2/1/0). */
export const RATING_POINTS: Record<Rating, number> = {
  Outstanding: 3,
  Good: 2,
  'Requires improvement': 1,
  Inadequate: 0,
};

export const Framework = z.enum(['2021', '2023']);
export type Framework = z.infer<typeof Framework>;

export const DOCUMENT_KINDS = ['regional-report', 'pdu-report', 'regional-letter', 'action-plan'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const EntityType = z.enum(['region', 'pdu']);
export type EntityType = z.infer<typeof EntityType>;

/** 1-based, inclusive line range in the source file. */
export const SourceLines = z.tuple([z.number().int().positive(), z.number().int().positive()]);
export type SourceLines = z.infer<typeof SourceLines>;

export const FINDING_KINDS = [
  'narrative',
  'strength',
  'area-for-improvement',
  'bullet',
  'testimonial',
  'recommendation',
  'action',
  'key-question',
  'table-row',
  'progress',
  'rating',
  'metadata',
] as const;
export const FindingKind = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKind>;

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  narrative: 'Paragraph',
  strength: 'Strength',
  'area-for-improvement': 'Area for improvement',
  bullet: 'List item',
  testimonial: 'Testimonial',
  recommendation: 'Recommendation',
  action: 'Action',
  'key-question': 'Key question',
  'table-row': 'Table row',
  progress: 'Progress on a previous recommendation',
  rating: 'Rating',
  metadata: 'Document information',
};

export const RatedStandard = z.object({
  entity: z.string(),
  framework: Framework,
  standard_code: z.string(),
  standard_name: z.string(),
  rating: Rating,
  source_line: z.number().int().positive(),
});
export type RatedStandard = z.infer<typeof RatedStandard>;

/** The overall verdict on one inspected entity within a document (a letter has several). */
export const EntityVerdict = z.object({
  entity: z.string(),
  framework: Framework,
  fieldwork_started: z.string().nullable(),
  score: z.number().int().nonnegative().nullable(),
  score_max: z.number().int().positive().nullable(),
  overall_rating: Rating.nullable(),
  source_line: z.number().int().positive(),
});
export type EntityVerdict = z.infer<typeof EntityVerdict>;

export const OutlineItem = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    id: z.string(),
    text: z.string(),
    level: z.number().int().min(1).max(6),
    line: z.number().int().positive(),
  }),
  z.object({ type: z.literal('finding'), id: z.string() }),
]);
export type OutlineItem = z.infer<typeof OutlineItem>;

/**
 * What a document's optional metadata file (`seeds/<name>.meta.yaml`, beside the document) says
 * about its publication that the text itself does not: the exact addresses of the publication and
 * of the publisher's press release about it. At least one address; each copied from the
 * publisher's site, never guessed.
 */
const httpsUrl = z
  .string()
  .url()
  .refine((u) => /^https:\/\//.test(u), 'must be an https:// address');
export const DocumentMeta = z
  .object({
    /** The publication's own page on the publisher's site. */
    official_url: httpsUrl.optional(),
    /** The PDF itself, where it has an address of its own. */
    pdf_url: httpsUrl.optional(),
    /**
     * The publisher's press release or news item about the publication: a page about it, not the
     * publication, so it is never a citation's address; shown beside it and noted in citation data.
     */
    press_release: httpsUrl.optional(),
    /** Date of publication, YYYY-MM-DD (or YYYY-MM), when more precise than the document says. */
    published: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM')
      .optional(),
    notes: z.string().optional(),
  })
  .strict()
  .refine((m) => m.official_url || m.pdf_url || m.press_release, 'records no address: give official_url, pdf_url or press_release');
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Report = z.object({
  id: z.string(),
  kind: DocumentKind,
  title: z.string(),
  publisher: z.string(),
  entity: z.string().nullable(),
  entity_type: EntityType.nullable(),
  region: z.string().nullable(),
  published: z.string().nullable(),
  fieldwork_started: z.string().nullable(),
  score: z.number().int().nonnegative().nullable(),
  score_max: z.number().int().positive().nullable(),
  overall_rating: Rating.nullable(),
  framework: Framework.nullable(),
  lead_inspector: z.string().nullable(),
  chief_inspector: z.string().nullable(),
  isbn: z.string().nullable(),
  source_file: z.string(),
  source_sha256: z.string(),
  verdicts: z.array(EntityVerdict),
  ratings: z.array(RatedStandard),
  entities_mentioned: z.array(z.string()),
  outline: z.array(OutlineItem),
  /** The title as the cover prints it (a letter has none), and the line printed under it. */
  cover_title: z.string().nullable(),
  cover_subtitle: z.string().nullable(),
  /** The address the document prints as where it is available, as a URL (the publisher's publications page). */
  printed_url: z.string().url().nullable(),
  /** The town of the publisher's address the document prints ("Published by: …"). */
  publisher_place: z.string().nullable(),
  /** From the document's metadata file, when it has one. */
  official: DocumentMeta.optional(),
});
export type Report = z.infer<typeof Report>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  region: z.string().nullable(),
  aliases: z.array(z.string()),
  documents: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const Standard = z.object({
  id: z.string(),
  framework: Framework,
  level: EntityType,
  code: z.string(),
  name: z.string(),
  domain: z.string(),
  /** What the standard asks, word for word as a report prints it; null where none here does. */
  wording: z.string().nullable(),
  /** The key questions its cases are judged against, in the framework's order. */
  key_questions: z.array(z.string()),
  related: z.array(z.string()),
  order: z.number().int().nonnegative(),
});
export type Standard = z.infer<typeof Standard>;

/** One standard as the framework file (data/frameworks.yaml) writes it. */
export const StandardDefinition = z.strictObject({
  framework: Framework,
  level: EntityType,
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  domain: z.string().trim().min(1),
  wording: z.string().trim().min(1).optional(),
  key_questions: z.array(z.string().trim().min(1)).default([]),
  /** The subject it shares with other frameworks' standards, where its name differs from theirs. */
  subject: z.string().trim().min(1).optional(),
});
export type StandardDefinition = z.infer<typeof StandardDefinition>;

/** The framework file: standards with distinct codes within a framework. */
export const StandardDefinitions = z.array(StandardDefinition).min(1).superRefine((defs, ctx) => {
  const seen = new Set<string>();
  defs.forEach((d, i) => {
    const key = `${d.framework} ${d.code}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `a second standard ${d.code} in the ${d.framework} framework` });
    seen.add(key);
  });
});

export const Finding = z.object({
  id: z.string(),
  anchor: z.string(),
  report_id: z.string(),
  kind: FindingKind,
  section: z.string(),
  section_id: z.string().nullable(),
  entity: z.string().nullable(),
  standard: z.string().nullable(),
  standard_code: z.string().nullable(),
  text: z.string(),
  themes: z.array(z.string()),
  footnotes: z.array(z.number().int().positive()),
  source_lines: SourceLines,
  order: z.number().int().nonnegative(),
  /** Table cells, when the finding is a table row. */
  cells: z.array(z.string()).optional(),
  /** Glossary abbreviations whose first use in the document is in this finding. */
  first_abbreviations: z.array(z.string()),
});
export type Finding = z.infer<typeof Finding>;

/** A finding as stored: its record and its text as Markdown (inline markup only, never HTML). */
export const StoredFinding = Finding.extend({ markdown: z.string() });
export type StoredFinding = z.infer<typeof StoredFinding>;

/**
 * One report's findings, in document order: one file per report rather than per finding,
 * because a document has about 190 of them and the site's content store must hold an archive
 * of a thousand documents.
 */
export const ReportFindings = z.object({
  id: z.string(),
  report_id: z.string(),
  findings: z.array(StoredFinding),
});
export type ReportFindings = z.infer<typeof ReportFindings>;

export const KeyQuestion = z.object({
  id: z.string(),
  report_id: z.string(),
  entity: z.string(),
  standard: z.string(),
  standard_code: z.string(),
  question: z.string(),
  percent_yes: z.number().int().min(0).max(100),
  drives_rating: z.boolean(),
  finding_id: z.string(),
  source_line: z.number().int().positive(),
  order: z.number().int().nonnegative(),
});
export type KeyQuestion = z.infer<typeof KeyQuestion>;

export const Recommendation = z.object({
  id: z.string(),
  report_id: z.string(),
  /** The number as the document writes it; null where the document does not number them. */
  number: z.number().int().positive().nullable(),
  addressee: z.string(),
  addressee_entities: z.array(z.string()),
  /** The inspected entity whose inspection produced the recommendation. */
  about_entity: z.string().nullable(),
  text: z.string(),
  themes: z.array(z.string()),
  finding_id: z.string(),
  response_item: z.string().nullable(),
  match_score: z.number().min(0).max(1).nullable(),
  /** The answering item's addressee is missing in the source: matched by its words alone. */
  response_addressee_missing: z.literal(true).optional(),
  /**
   * Where the answering item is missing from the plan as published but a row of it survives
   * (its number and first row lost at a page break): that row's finding id, whose words
   * complete this recommendation. Set only when response_item is null.
   */
  response_row: z.string().optional(),
  source_lines: SourceLines,
  order: z.number().int().nonnegative(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const ACTION_PLAN_STATUSES = ['Agreed', 'Partly Agreed', 'Not Agreed'] as const;
export const ActionPlanStatus = z.enum(ACTION_PLAN_STATUSES);
export type ActionPlanStatus = z.infer<typeof ActionPlanStatus>;

/** A target date cell as read (scripts/pipeline/normalise/target-dates.ts). */
export const TargetDate = z.object({
  /** The last day the target allows (a month: its last day), where the cell names a date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The cell reports the action done ("Complete", "Completed and ongoing"). */
  complete: z.boolean(),
  /** The cell says the work goes on ("and ongoing", "with ongoing review"). */
  ongoing: z.boolean(),
});
export type TargetDate = z.infer<typeof TargetDate>;

/** One role an owner cell names, with the key its other spellings share (normalise/owners.ts). */
export const OwnerRole = z.object({ key: z.string().min(1), label: z.string().min(1) });
export type OwnerRole = z.infer<typeof OwnerRole>;

export const ActionPlanItem = z.object({
  id: z.string(),
  report_id: z.string(),
  item: z.number().int().positive(),
  item_label: z.string(),
  addressees: z.array(z.string()),
  addressee_entities: z.array(z.string()),
  recommendation: z.string(),
  status: ActionPlanStatus,
  actions: z.array(z.string()),
  owners: z.array(z.string()),
  /** One list per owner cell: the roles it names. */
  owner_roles: z.array(z.array(OwnerRole)),
  target_dates: z.array(z.string()),
  /** One per target date cell, read. */
  targets: z.array(TargetDate),
  answers: z.array(
    z.object({
      recommendation: z.string(),
      score: z.number().min(0).max(1),
      /** This item's addressee is missing in the source: matched by its words alone. */
      addressee_missing: z.literal(true).optional(),
    }),
  ),
  cross_references: z.array(z.object({ number: z.number().int().positive(), item: z.string().nullable() })),
  finding_ids: z.array(z.string()),
  source_lines: SourceLines,
});
export type ActionPlanItem = z.infer<typeof ActionPlanItem>;

export const Footnote = z.object({
  id: z.string(),
  report_id: z.string(),
  number: z.number().int().positive(),
  text: z.string(),
  referenced_by: z.array(z.string()),
  source_lines: SourceLines,
});
export type Footnote = z.infer<typeof Footnote>;

export const Theme = z.object({
  id: z.string(),
  name: z.string(),
  definition: z.string(),
  terms: z.array(z.string()),
  abbreviations: z.array(z.string()),
});
export type Theme = z.infer<typeof Theme>;

/** Phrases blanked out before one theme's terms are matched, with why (data/themes.yaml). */
export const ThemeExclusion = z.strictObject({
  reason: z.string().trim().min(1),
  phrases: z.array(z.string().trim().min(1)).min(1),
});
export type ThemeExclusion = z.infer<typeof ThemeExclusion>;

/** One theme as the taxonomy file writes it: the Theme the site shows, and its exclusions. */
export const ThemeDefinition = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  name: z.string().trim().min(1),
  definition: z.string().trim().min(1),
  terms: z.array(z.string().trim().min(1)),
  abbreviations: z.array(z.string().trim().min(1)).default([]),
  exclusions: z.array(ThemeExclusion).default([]),
});
export type ThemeDefinition = z.infer<typeof ThemeDefinition>;

/** The taxonomy file (data/themes.yaml): themes with distinct ids, each with something to match. */
export const ThemeTaxonomy = z.array(ThemeDefinition).min(1).superRefine((themes, ctx) => {
  const seen = new Set<string>();
  themes.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `a second theme with the id ${t.id}` });
    seen.add(t.id);
    if (t.terms.length + t.abbreviations.length === 0) ctx.addIssue({ code: 'custom', path: [i, 'terms'], message: 'no terms and no abbreviations: nothing would be tagged' });
  });
});
export type ThemeTaxonomy = z.infer<typeof ThemeTaxonomy>;

export const DATA_QUALITY_CHECKS = [
  'score-sum',
  'key-question-band',
  'action-plan-gap',
  'action-plan-totals',
  'recommendation-without-response',
  'item-without-recommendation',
  'cross-reference',
  'addressee-missing',
  'orphan-row',
  'passing-mention',
] as const;
export const DataQualityIssue = z.object({
  id: z.string(),
  check: z.enum(DATA_QUALITY_CHECKS),
  report_id: z.string().nullable(),
  source_file: z.string().nullable(),
  lines: SourceLines.nullable(),
  message: z.string(),
  subject: z.string().nullable(),
});
export type DataQualityIssue = z.infer<typeof DataQualityIssue>;

/**
 * A document the ingest refused, written only by a build that skips refused documents
 * (`npm run build -- --skip-refused`): the data-quality page lists it with its reason.
 */
export const RefusedDocument = z.object({
  /** The source file, as source_file. */
  id: z.string(),
  source_file: z.string(),
  line: z.number().int().nonnegative(),
  reason: z.string(),
  expected: z.string().nullable(),
  found: z.string().nullable(),
  hint: z.string().nullable(),
});
export type RefusedDocument = z.infer<typeof RefusedDocument>;
/** Where refused documents are written, relative to content/: one JSON array. */
export const REFUSED_FILE = 'refused.json';

export const PreviousRecommendation = z.object({
  id: z.string(),
  report_id: z.string(),
  recommendation: z.string(),
  action_taken: z.string(),
  categorisation: z.string(),
  improvement_required: z.string(),
  finding_id: z.string(),
  source_line: z.number().int().positive(),
});
export type PreviousRecommendation = z.infer<typeof PreviousRecommendation>;

/**
 * Word forms the search treats as one word (scripts/search/data/inflections.json): irregular
 * plurals and the like, which stemming does not join ("child" and "children").
 */
export const Inflections = z.object({
  about: z.string(),
  forms: z
    .array(z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word')).min(2))
    .refine((sets) => new Set(sets.flat()).size === sets.flat().length, 'a word in two sets'),
});
export type Inflections = z.infer<typeof Inflections>;
