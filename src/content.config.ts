import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Entity, Footnote, RefusedDocument, Standard, Theme, REFUSED_FILE } from '../core/schemas';

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

// The per-document content (reports, findings, key questions, recommendations, action plan items,
// previous recommendations, data-quality checks), which grows with the archive, is not a
// collection: src/lib/entries.ts reads and validates it for src/lib/data.ts, because Astro's
// content store is held in memory whole for every page of a build, about three times over.
export const collections = {
  entities: collection('entities', Entity),
  standards: collection('standards', Standard),
  footnotes: collection('footnotes', Footnote, '**/*.md'),
  themes: collection('themes', Theme),
  // Written only when the ingest skipped refused documents (--skip-refused); usually absent.
  refused: defineCollection({
    loader: async () => {
      const file = `${CONTENT_DIR}/${REFUSED_FILE}`;
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RefusedDocument[]) : [];
    },
    schema: RefusedDocument,
  }),
};
