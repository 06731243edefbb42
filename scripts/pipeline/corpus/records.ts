// Step "records": what each document states, as the site's records: key questions,
// recommendations, action-plan items, previous recommendations, and the report itself with its
// verdicts and ratings. Entities are named by id; links between records come later.
import type { Framework, RatedStandard } from '../../../core/schemas';
import { IdScope, shortHash, slugify } from '../normalise/ids';
import { findStandard, standardId } from '../normalise/standards';
import { entityId } from '../normalise/entities';
import { readTargetDate } from '../normalise/target-dates';
import { readOwners } from '../normalise/owners';
import type { DocFinding, ParsedDocument } from '../types';
import { entityKey } from './ids';
import { inlineMarkdown, type DocState, type DocumentCorpus } from './assembly';
import type { Tagger } from './assembly';

/** A document's framework, where its records name standards: a reader that gives them one gives the other. */
function programmeOf(framework: Framework | null, what: string): Framework {
  if (!framework) throw new Error(`a document with ${what} but no inspection framework`);
  return framework;
}

/** The entity a record is about: the document's own when it names it, else the PDU it names. */
const about = (d: DocState, name: string) => (name === d.source.doc.entityName && d.ownEntity ? d.ownEntity : entityKey('pdu', name));

function keyQuestions(d: DocState, out: DocumentCorpus): void {
  const kqIds = new IdScope();
  d.source.doc.keyQuestions.forEach((kq, order) => {
    out.keyQuestions.push({
      data: {
        id: `${d.id}/${kqIds.take(`kq-${slugify(kq.code)}`)}`,
        report_id: d.id,
        entity: about(d, kq.entityName),
        standard: standardId(programmeOf(d.source.doc.framework, 'key questions'), kq.code),
        standard_code: kq.code,
        question: kq.question,
        percent_yes: kq.percentYes,
        drives_rating: kq.drivesRating,
        finding_id: d.findingIdOf.get(kq.node)!,
        source_line: kq.line,
        order,
      },
      body: '',
    });
  });
}

function recommendations(d: DocState, out: DocumentCorpus, tagger: Tagger): void {
  const { doc } = d.source;
  const recIds = new IdScope();
  doc.recommendations.forEach((r, order) => {
    const base = r.number !== null ? `rec-${r.number}` : `rec-${slugify(r.aboutEntityName ?? 'x')}-${order + 1}`;
    const node = doc.nodes[r.node]!;
    out.recommendations.push({
      data: {
        id: `${d.id}/${recIds.take(base)}`,
        report_id: d.id,
        number: r.number,
        addressee: r.addressee,
        addressee_entities: [],
        about_entity: r.aboutEntityName ? about(d, r.aboutEntityName) : d.ownEntity,
        text: r.text,
        themes: tagger.tag(r.text),
        finding_id: d.findingIdOf.get(r.node)!,
        response_item: null,
        match_score: null,
        source_lines: r.lines,
        order,
      },
      body: inlineMarkdown(node.type === 'finding' ? (node as DocFinding).inline : []),
    });
  });
}

function planItems(d: DocState, out: DocumentCorpus): void {
  const items = d.source.doc.actionPlanItems;
  const itemNumbers = new Set(items.map((i) => i.item));
  for (const it of items) {
    out.actionPlanItems.push({
      data: {
        id: `${d.id}/item-${it.item}`,
        report_id: d.id,
        item: it.item,
        item_label: it.itemLabel,
        addressees: it.addressees,
        addressee_entities: [],
        recommendation: it.recommendation,
        status: it.status,
        actions: it.actions,
        owners: it.owners,
        owner_roles: it.owners.map(readOwners),
        target_dates: it.targetDates,
        targets: it.targetDates.map(readTargetDate),
        answers: [],
        cross_references: it.crossReferences.map((n) => ({ number: n, item: itemNumbers.has(n) ? `${d.id}/item-${n}` : null })),
        finding_ids: it.nodes.map((n) => d.findingIdOf.get(n)!).filter(Boolean),
        source_lines: it.lines,
      },
      body: it.actions.map((x) => x.trim()).filter(Boolean).map((x) => inlineMarkdown([{ type: 'text', value: x }])).join('\n'),
    });
  }
}

function previousRecommendations(d: DocState, out: DocumentCorpus): void {
  const prevIds = new IdScope();
  for (const p of d.source.doc.previousRecommendations) {
    out.previousRecommendations.push({
      data: {
        id: `${d.id}/${prevIds.take(`prev-${shortHash(p.recommendation)}`)}`,
        report_id: d.id,
        recommendation: p.recommendation,
        action_taken: p.actionTaken,
        categorisation: p.categorisation,
        improvement_required: p.improvementRequired,
        finding_id: d.findingIdOf.get(p.node)!,
        source_line: p.line,
      },
      body: '',
    });
  }
}

function verdicts(d: DocState) {
  const { doc } = d.source;
  return doc.verdicts.map((v) => ({
    entity: v.entityName === doc.entityName && d.ownEntity ? d.ownEntity : entityKey(v.entityType, v.entityName),
    framework: v.framework,
    fieldwork_started: v.fieldworkStarted,
    score: v.score,
    score_max: v.scoreMax,
    overall_rating: v.overallRating,
    source_line: v.line,
  }));
}

function report(d: DocState, out: DocumentCorpus): void {
  const { doc, file, sha256, meta } = d.source;
  const ratings: RatedStandard[] = doc.ratings.map((r) => ({
    entity: about(d, r.entityName),
    framework: r.framework,
    standard_code: r.code,
    standard_name: findStandard(r.framework, r.code)?.name ?? r.name,
    rating: r.rating,
    source_line: r.line,
  }));
  const vs = verdicts(d);
  const own = vs.find((v) => v.entity === d.ownEntity) ?? null;
  const mentioned = new Set<string>([...doc.entitiesMentioned.map((m) => entityId(m.type, m.name)), ...vs.map((v) => v.entity)]);
  if (d.ownEntity) mentioned.add(d.ownEntity);
  out.reports.push({
    data: {
      id: d.id, kind: doc.kind, title: doc.title, publisher: doc.publisher,
      entity: d.ownEntity, entity_type: doc.entityType,
      region: d.regionName ? entityId('region', d.regionName) : null,
      published: doc.published,
      fieldwork_started: own?.fieldwork_started ?? null, score: own?.score ?? null, score_max: own?.score_max ?? null, overall_rating: own?.overall_rating ?? null,
      framework: doc.framework, lead_inspector: doc.leadInspector, chief_inspector: doc.chiefInspector, isbn: doc.isbn,
      cover_title: doc.coverTitle, cover_subtitle: doc.coverSubtitle, printed_url: doc.imprint.printedUrl, publisher_place: doc.imprint.place,
      source_file: file, source_sha256: sha256,
      verdicts: vs, ratings,
      entities_mentioned: [...mentioned].sort(),
      outline: d.outline,
      ...(meta ? { official: meta } : {}),
    },
    body: reportMarkdown(doc),
  });
}

/** The whole document as Markdown, for reading the content files themselves. */
function reportMarkdown(doc: ParsedDocument): string {
  const parts: string[] = [];
  for (const n of doc.nodes) {
    if (n.type === 'heading') parts.push(`${'#'.repeat(Math.min(6, n.level))} ${inlineMarkdown([{ type: 'text', value: n.text }]).trim()}`);
    else parts.push(inlineMarkdown(n.inline).trim());
  }
  for (const fn of doc.footnotes) parts.push(`${fn.number}. ${inlineMarkdown(fn.inline).trim()}`);
  return parts.filter(Boolean).join('\n\n') + '\n';
}

export function records(d: DocState, out: DocumentCorpus, tagger: Tagger): void {
  keyQuestions(d, out);
  recommendations(d, out, tagger);
  planItems(d, out);
  previousRecommendations(d, out);
  report(d, out);
}
