// Serialises the corpus as Markdown files with YAML frontmatter, validated by the same zod
// schemas the site reads them with, and swaps the whole content/ folder in at once: a failed
// run leaves the previous content exactly as it was.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import type { ZodType } from 'astro/zod';
import {
  ActionPlanItem, DataQualityIssue, Entity, Finding, Footnote, KeyQuestion, PreviousRecommendation,
  Recommendation, Report, Standard, Theme,
} from '../../src/schemas';
import type { Corpus, Entry } from './assemble';

const COLLECTIONS: { key: keyof Corpus; dir: string; schema: ZodType }[] = [
  { key: 'reports', dir: 'reports', schema: Report },
  { key: 'entities', dir: 'entities', schema: Entity },
  { key: 'standards', dir: 'standards', schema: Standard },
  { key: 'findings', dir: 'findings', schema: Finding },
  { key: 'keyQuestions', dir: 'key-questions', schema: KeyQuestion },
  { key: 'recommendations', dir: 'recommendations', schema: Recommendation },
  { key: 'actionPlanItems', dir: 'action-plan-items', schema: ActionPlanItem },
  { key: 'footnotes', dir: 'footnotes', schema: Footnote },
  { key: 'themes', dir: 'themes', schema: Theme },
  { key: 'previousRecommendations', dir: 'previous-recommendations', schema: PreviousRecommendation },
  { key: 'dataQuality', dir: 'data-quality', schema: DataQualityIssue },
];

export class ValidationError extends Error {}

export function serialise(entry: Entry<object>): string {
  // js-yaml 5 has no default export and names the quote option quoteStyle.
  const front = dump(entry.data, { lineWidth: -1, noRefs: true, sortKeys: false, quoteStyle: 'double' });
  return `---\n${front}---\n${entry.body ? `\n${entry.body}` : ''}`;
}

/** All files of the corpus, path → text, validated. */
export function renderCorpus(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>();
  for (const { key, dir, schema } of COLLECTIONS) {
    for (const entry of corpus[key] as Entry<{ id: string }>[]) {
      const parsed = schema.safeParse(entry.data);
      if (!parsed.success) {
        throw new ValidationError(`${dir}/${entry.data.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      // Ids may hold "/" (report/anchor): that is the folder layout too.
      const path = join(dir, `${entry.data.id}.md`);
      if (files.has(path)) throw new ValidationError(`two ${dir} entries share the id ${entry.data.id}`);
      files.set(path, serialise(entry));
    }
  }
  return files;
}

export function writeAtomically(outDir: string, files: Map<string, string>): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const full = join(tmp, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}
