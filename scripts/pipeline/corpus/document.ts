// The document steps: one document alone becomes its records (ids, outline, records) and the
// DocLinks the corpus steps read of them. Nothing here reads another document, so each runs
// where the document is read (a worker of the ingest), and its findings, footnotes and Markdown
// can be written from there.
import { canonicalPduName, canonicalRegionName, entityId } from '../normalise/entities';
import { fragmentOf, orphanRows } from '../link/orphans';
import { DOCUMENT_CHECKS } from '../checks';
import type { Finding } from '../../../core/schemas';
import type { Lines } from '../types';
import { emptyDocumentCorpus, type DocLinks, type DocState, type DocumentCorpus, type SourceDoc, type Tagger } from './assembly';
import { docState } from './ids';
import { namesOf } from './entities';
import { outline } from './outline';
import { records } from './records';
import { ownStanding } from './standing';

export type { Tagger };

export interface DocumentRecords {
  id: string;
  corpus: DocumentCorpus;
  links: DocLinks;
}

/** The named document steps, in order (corpus/index.ts runs the corpus steps after them). */
export const DOCUMENT_STEPS = ['ids', 'outline', 'records'] as const;

export function documentRecords(source: SourceDoc, tagger: Tagger): DocumentRecords {
  const d = docState(source);
  const corpus = emptyDocumentCorpus();
  outline(d, corpus, tagger);
  records(d, corpus, tagger);
  return { id: d.id, corpus, links: linksOf(d, corpus) };
}

/** The fields of `data` named, in its own order (the order they are written in). */
function pick<T extends object, K extends keyof T>(data: T, keys: readonly K[]): Pick<T, K> {
  const wanted = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(data).filter(([k]) => wanted.has(k)).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])) as Pick<T, K>;
}

/** The lines of the first finding whose words hold `name`, or null. */
export function firstNaming(findings: Finding[], name: string): Lines | null {
  return findings.find((f) => f.text.includes(name))?.source_lines ?? null;
}

/** Where the document's findings first name each entity it mentions, under each name it registers for it. */
function namedAt(d: DocState, corpus: DocumentCorpus, mentioned: string[]): DocLinks['namedAt'] {
  const ids = new Set(mentioned);
  const names = new Set<string>();
  for (const n of namesOf(d)) {
    const canonical = n.type === 'region' ? canonicalRegionName(n.name) : canonicalPduName(n.name);
    if (ids.has(entityId(n.type, canonical))) names.add(canonical);
  }
  const findings = corpus.findings.map((f) => f.data);
  return [...names].map((name) => ({ name, lines: firstNaming(findings, name) }));
}

function linksOf(d: DocState, corpus: DocumentCorpus): DocLinks {
  const report = corpus.reports[0]!.data;
  const planTotals = new Map(d.source.doc.planTotals ? [[d.id, d.source.doc.planTotals]] : []);
  const rows = report.kind === 'action-plan' ? orphanRows(corpus.findings.map((f) => f.data), corpus.actionPlanItems.map((i) => i.data)) : [];
  return {
    id: d.id,
    regionName: d.regionName,
    names: namesOf(d),
    report: pick(report, ['id', 'kind', 'region', 'published', 'source_file', 'entities_mentioned']),
    recommendations: corpus.recommendations.map((r) => pick(r.data, ['id', 'report_id', 'number', 'addressee', 'addressee_entities', 'about_entity', 'text', 'response_item', 'match_score', 'source_lines'])),
    actionPlanItems: corpus.actionPlanItems.map((i) => pick(i.data, ['id', 'report_id', 'item', 'addressees', 'addressee_entities', 'recommendation', 'answers', 'source_lines'])),
    standing: ownStanding(corpus),
    orphanRows: rows.map((row) => ({ row: row.id, lines: row.source_lines, fragment: fragmentOf(row) })),
    namedAt: namedAt(d, corpus, report.entities_mentioned),
    issues: DOCUMENT_CHECKS.map((check) => check({ corpus, planTotals })),
  };
}
