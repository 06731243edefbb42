// The judged query set (tests/data/judged-queries.yaml): queries with the paragraphs a researcher
// would expect first, and precision at 5 against them. Read and checked here, so that a judgement
// naming a paragraph or section the seeds no longer have fails loudly instead of quietly lowering
// the score.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { ROOT_DIR } from './paths.ts';

const ByDocument = z.record(z.string(), z.array(z.string()).min(1));

const JudgedFile = z.strictObject({
  version: z.literal(1),
  documents: z.record(z.string(), z.string()),
  queries: z
    .array(
      z.strictObject({
        query: z.string().min(1),
        paragraphs: ByDocument.optional(),
        sections: ByDocument.optional(),
        /** Precision at 5 before issue 20's search work (commit 32cc53e): the floor. */
        before: z.number().min(0).max(1).optional(),
      }),
    )
    .min(30),
});

/** A finding as the judgements need it. */
export interface JudgedFinding {
  report_id: string;
  anchor: string;
  kind: string;
  section: string;
}

export interface JudgedQuery {
  query: string;
  /** Permalinks (/reports/<id>/#<anchor>) of the paragraphs judged relevant. */
  relevant: Set<string>;
  before: number | undefined;
}

/** Kinds never relevant, even in a section judged relevant: they summarise or frame the text, they are not findings. */
const NEVER = new Set(['rating', 'table-row', 'metadata']);

export const JUDGED_FILE = join(ROOT_DIR, 'tests', 'data', 'judged-queries.yaml');

/** The judged queries, each with the permalinks of its relevant paragraphs; throws on a judgement the content does not have. */
export function readJudgedQueries(findings: readonly JudgedFinding[], file = JUDGED_FILE): JudgedQuery[] {
  const data = JudgedFile.parse(load(readFileSync(file, 'utf8')));
  const link = (f: JudgedFinding) => `/reports/${f.report_id}/#${f.anchor}`;
  const byDoc = new Map<string, JudgedFinding[]>();
  for (const f of findings) byDoc.set(f.report_id, [...(byDoc.get(f.report_id) ?? []), f]);
  const doc = (short: string, q: string) => {
    const id = data.documents[short];
    if (!id || !byDoc.has(id)) throw new Error(`${file}: "${q}" names the document ${short} (${id ?? 'not in documents'}), which content/ does not have`);
    return { id, findings: byDoc.get(id) as JudgedFinding[] };
  };
  return data.queries.map((q) => {
    const relevant = new Set<string>();
    for (const [short, anchors] of Object.entries(q.paragraphs ?? {})) {
      const d = doc(short, q.query);
      for (const a of anchors) {
        const f = d.findings.find((x) => x.anchor === a);
        if (!f) throw new Error(`${file}: "${q.query}" names ${short} #${a}, which ${d.id} does not have`);
        relevant.add(link(f));
      }
    }
    for (const [short, sections] of Object.entries(q.sections ?? {})) {
      const d = doc(short, q.query);
      for (const s of sections) {
        const under = d.findings.filter((f) => f.section === s || f.section.startsWith(`${s} ›`));
        if (!under.length) throw new Error(`${file}: "${q.query}" names the section "${s}" of ${short}, which has no paragraphs`);
        for (const f of under) if (!NEVER.has(f.kind)) relevant.add(link(f));
      }
    }
    if (!relevant.size) throw new Error(`${file}: "${q.query}" judges no paragraph relevant`);
    return { query: q.query, relevant, before: q.before };
  });
}

/**
 * Precision at 5: the share of the first five results (their permalinks, best bets apart) that
 * are relevant. When the search gives fewer than five results, the share of those it gives; when
 * fewer than five paragraphs are relevant, out of that number (so a query with two relevant
 * paragraphs that shows both first scores 1). A result is a passage of a few paragraphs, so a
 * search may give fewer results than there are relevant paragraphs; none scores 0.
 */
export function precisionAt5(results: readonly string[], relevant: ReadonlySet<string>): number {
  const first = results.slice(0, 5);
  const out = Math.min(first.length, relevant.size);
  return out === 0 ? 0 : first.filter((u) => relevant.has(u)).length / out;
}
