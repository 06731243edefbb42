import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  ActionPlanItem,
  DataQualityIssue,
  Entity,
  Footnote,
  KeyQuestion,
  PreviousRecommendation,
  Recommendation,
  RefusedDocument,
  Report,
  Standard,
  Theme,
  REFUSED_FILE,
} from './schemas';

// Every collection is written by `npm run ingest` into content/<name>/; the frontmatter `id`
// is the entry id, so ids are the ingest's stable ids rather than file paths. CONTENT_DIR lets
// the benchmark build a synthetic corpus without touching the project's own content/.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
// Entries are YAML data, except footnotes, whose Markdown the report page renders (see
// scripts/pipeline/write.ts for why).
function collection<T extends import('astro/zod').ZodTypeAny>(name: string, schema: T, pattern = '**/*.yaml') {
  return defineCollection({
    loader: glob({
      pattern,
      base: `${CONTENT_DIR}/${name}`,
      generateId: ({ data }) => String(data.id),
    }),
    schema,
  });
}

export const collections = {
  reports: collection('reports', Report),
  entities: collection('entities', Entity),
  standards: collection('standards', Standard),
  // Findings (one YAML file per report, see ReportFindings) are not a collection: src/lib/data.ts
  // reads content/findings/ itself, so Astro's content store does not hold them too.
  keyQuestions: collection('key-questions', KeyQuestion),
  recommendations: collection('recommendations', Recommendation),
  actionPlanItems: collection('action-plan-items', ActionPlanItem),
  footnotes: collection('footnotes', Footnote, '**/*.md'),
  themes: collection('themes', Theme),
  dataQuality: collection('data-quality', DataQualityIssue),
  previousRecommendations: collection('previous-recommendations', PreviousRecommendation),
  // Written only when the ingest skipped refused documents (--skip-refused); usually absent.
  refused: defineCollection({
    loader: async () => {
      const file = `${CONTENT_DIR}/${REFUSED_FILE}`;
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RefusedDocument[]) : [];
    },
    schema: RefusedDocument,
  }),
};
