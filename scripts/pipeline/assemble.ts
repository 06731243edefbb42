// Normalise and link: parsed documents (names, node indexes) become the corpus the site
// reads (ids, cross-references, themes, recommendation ↔ response links, checks).
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PhrasingContent, Root } from 'mdast';
import {
  type ActionPlanItem,
  type DataQualityIssue,
  type DocumentMeta,
  type Entity,
  type EntityType,
  type Finding,
  type Footnote,
  type Framework,
  type KeyQuestion,
  type OutlineItem,
  type PreviousRecommendation,
  type RatedStandard,
  type Recommendation,
  type Report,
  type Standard,
  type Theme,
  type ThemeDefinition,
} from '../../src/schemas';
import type { DocFinding, ParsedDocument } from './types';
import { IdScope, shortHash, slugify } from './normalise/ids';
import { canonicalPduName, canonicalRegionName, entityId, regionFinder } from './normalise/entities';
import { STANDARDS, findStandard, standardId } from './normalise/standards';
import { readTargetDate } from './normalise/target-dates';
import { readOwners } from './normalise/owners';
import { createTagger } from './link/themes';
import { THEMES } from './link/theme-data';
import { findAbbreviations } from './link/glossary';
import { matchResponses, uncertainAddressees, withinResponseWindow } from './link/responses';
import { completes, fragmentOf, orphanRows } from './link/orphans';
import { group } from '../../src/lib/group';
import { runChecks, type LinkNote } from './checks';

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

const KIND_SLUG: Record<ParsedDocument['kind'], string> = {
  'regional-report': 'regional-inspection',
  'pdu-report': 'pdu-inspection',
  'regional-letter': 'regional-letter',
  'action-plan': 'action-plan',
};

export function reportId(doc: ParsedDocument): string {
  const who = doc.entityType === 'pdu' ? `${canonicalPduName(doc.entityName ?? 'unknown')}` : canonicalRegionName(doc.entityName ?? 'unknown');
  return `${slugify(who)}-${KIND_SLUG[doc.kind]}-${doc.published ?? 'undated'}`;
}

export function inlineMarkdown(inline: PhrasingContent[]): string {
  if (inline.length === 0) return '';
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: inline }] };
  return toMarkdown(root).trim() + '\n';
}

function sortById<T extends { data: { id: string } }>(xs: T[]): T[] {
  return xs.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
}

/** Every entity a set of addressees names: PDUs by their names, the region, HMPPS. */
export function addresseeKeyer(regionOf: (addressee: string) => string | null, pdusOf: (region: string | null) => string[]) {
  return (addressees: string[]): Set<string> => {
    const keys = new Set<string>();
    for (const a of addressees) {
      if (/HMPPS|Prison and Probation Service/i.test(a)) keys.add('hmpps');
      const region = regionOf(a);
      let rest = a;
      if (/\bregion\b/i.test(a) && region) {
        keys.add(entityId('region', region));
        continue;
      }
      // Longest names first, so "West Kent" is taken before a shorter name inside it.
      for (const pdu of pdusOf(region).sort((x, y) => y.length - x.length)) {
        const re = new RegExp(`\\b${pdu.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        if (re.test(rest)) {
          keys.add(entityId('pdu', pdu));
          rest = rest.replace(re, ' ');
        }
      }
    }
    return keys;
  };
}

/** A document's framework, where its records name standards: a reader that gives them one gives the other. */
function programmeOf(framework: Framework | null, what: string): Framework {
  if (!framework) throw new Error(`a document with ${what} but no inspection framework`);
  return framework;
}

/** The corpus of the sources, tagged with `themes` (by default the project's, data/themes.yaml). */
export function assemble(sources: SourceDoc[], themes: readonly ThemeDefinition[] = THEMES): Corpus {
  const tagger = createTagger(themes);
  const entities = new Map<string, Entity>();
  const addEntity = (type: EntityType, name: string, region: string | null, doc: string | null) => {
    const canonical = type === 'region' ? canonicalRegionName(name) : canonicalPduName(name);
    const id = entityId(type, canonical);
    const regionId = type === 'pdu' && region ? entityId('region', region) : null;
    const e = entities.get(id) ?? { id, name: canonical, type, region: regionId, aliases: [], documents: [] };
    if (!e.region && regionId) e.region = regionId;
    if (name !== canonical && !e.aliases.includes(name)) e.aliases.push(name);
    if (doc && !e.documents.includes(doc)) e.documents.push(doc);
    entities.set(id, e);
    return id;
  };

  const corpus: Corpus = {
    reports: [], entities: [], standards: [], findings: [], keyQuestions: [], recommendations: [],
    actionPlanItems: [], footnotes: [], themes: [], previousRecommendations: [], dataQuality: [],
  };
  const regionOfReport = new Map<string, string | null>();

  for (const { file, sha256, doc, meta } of sources) {
    const rid = reportId(doc);
    const regionName = doc.regionName ? canonicalRegionName(doc.regionName) : null;
    regionOfReport.set(rid, regionName);
    const framework = doc.framework;
    const ownEntity = doc.entityName && doc.entityType ? addEntity(doc.entityType, doc.entityName, regionName, rid) : null;
    if (regionName) addEntity('region', regionName, null, rid);
    for (const m of doc.entitiesMentioned) addEntity(m.type, m.name, m.regionName ? canonicalRegionName(m.regionName) : regionName, rid);
    const pduEntity = (name: string) => addEntity('pdu', name, regionName, rid);

    // Findings and the outline, in document order.
    const findingsBefore = corpus.findings.length;
    const anchors = new IdScope();
    const headingIds = new IdScope();
    const outline: OutlineItem[] = [];
    const findingIdOf = new Map<number, string>();
    const headingStack: { level: number; text: string; id: string }[] = [];
    // Abbreviations are explained (<abbr>) where a document first uses them.
    const abbreviationsSeen = new Set<string>();
    doc.nodes.forEach((node, index) => {
      if (node.type === 'heading') {
        while (headingStack.length && headingStack[headingStack.length - 1]!.level >= node.level) headingStack.pop();
        const id = headingIds.take(slugify(node.text) || 'section');
        headingStack.push({ level: node.level, text: node.text, id });
        outline.push({ type: 'heading', id, text: node.text, level: node.level, line: node.line });
        return;
      }
      const f = node as DocFinding;
      const anchor = anchors.take(`p-${shortHash(f.text || `${f.kind}:${f.lines[0]}`)}`);
      const id = `${rid}/${anchor}`;
      findingIdOf.set(index, id);
      outline.push({ type: 'finding', id });
      const standard = f.standardCode && framework ? findStandard(framework, f.standardCode) : undefined;
      const entity = f.entityName ? pduEntity(f.entityName) : ownEntity;
      const section = headingStack.map((h) => h.text).join(' › ');
      const finding: Finding = {
        id,
        anchor,
        report_id: rid,
        kind: f.kind,
        section,
        section_id: headingStack.length ? headingStack[headingStack.length - 1]!.id : null,
        entity,
        standard: standard ? standard.id : null,
        standard_code: f.standardCode,
        text: f.text,
        themes: tagger.tag(f.text),
        footnotes: [...new Set(f.footnoteRefs)].sort((a, b) => a - b),
        source_lines: f.lines,
        order: index,
        ...(f.cells ? { cells: f.cells } : {}),
        first_abbreviations: findAbbreviations(f.text).filter((a) => !abbreviationsSeen.has(a)),
      };
      for (const a of finding.first_abbreviations) abbreviationsSeen.add(a);
      corpus.findings.push({ data: finding, body: inlineMarkdown(f.inline) });
    });

    const citing = new Map<number, string[]>();
    for (const f of corpus.findings.slice(findingsBefore)) {
      for (const n of f.data.footnotes) citing.set(n, [...(citing.get(n) ?? []), f.data.id]);
    }
    const fnIds = new IdScope();
    for (const fn of doc.footnotes) {
      const id = `${rid}/${fnIds.take(`fn-${fn.number}`)}`;
      corpus.footnotes.push({
        data: {
          id,
          report_id: rid,
          number: fn.number,
          text: fn.text,
          referenced_by: citing.get(fn.number) ?? [],
          source_lines: fn.lines,
        },
        body: inlineMarkdown(fn.inline),
      });
    }

    const kqIds = new IdScope();
    doc.keyQuestions.forEach((kq, order) => {
      const entity = kq.entityName === doc.entityName && ownEntity ? ownEntity : pduEntity(kq.entityName);
      corpus.keyQuestions.push({
        data: {
          id: `${rid}/${kqIds.take(`kq-${slugify(kq.code)}`)}`,
          report_id: rid,
          entity,
          standard: standardId(programmeOf(framework, 'key questions'), kq.code),
          standard_code: kq.code,
          question: kq.question,
          percent_yes: kq.percentYes,
          drives_rating: kq.drivesRating,
          finding_id: findingIdOf.get(kq.node)!,
          source_line: kq.line,
          order,
        },
        body: '',
      });
    });

    const recIds = new IdScope();
    doc.recommendations.forEach((r, order) => {
      const about = r.aboutEntityName
        ? r.aboutEntityName === doc.entityName && ownEntity
          ? ownEntity
          : pduEntity(r.aboutEntityName)
        : ownEntity;
      const base = r.number !== null ? `rec-${r.number}` : `rec-${slugify(r.aboutEntityName ?? 'x')}-${order + 1}`;
      const finding = findingIdOf.get(r.node)!;
      corpus.recommendations.push({
        data: {
          id: `${rid}/${recIds.take(base)}`,
          report_id: rid,
          number: r.number,
          addressee: r.addressee,
          addressee_entities: [],
          about_entity: about,
          text: r.text,
          themes: tagger.tag(r.text),
          finding_id: finding,
          response_item: null,
          match_score: null,
          source_lines: r.lines,
          order,
        },
        body: inlineMarkdown(doc.nodes[r.node]!.type === 'finding' ? (doc.nodes[r.node] as DocFinding).inline : []),
      });
    });

    const itemNumbers = new Set(doc.actionPlanItems.map((i) => i.item));
    for (const it of doc.actionPlanItems) {
      corpus.actionPlanItems.push({
        data: {
          id: `${rid}/item-${it.item}`,
          report_id: rid,
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
          cross_references: it.crossReferences.map((n) => ({ number: n, item: itemNumbers.has(n) ? `${rid}/item-${n}` : null })),
          finding_ids: it.nodes.map((n) => findingIdOf.get(n)!).filter(Boolean),
          source_lines: it.lines,
        },
        body: it.actions.map((a) => a.trim()).filter(Boolean).map((a) => inlineMarkdown([{ type: 'text', value: a }])).join('\n'),
      });
    }

    const prevIds = new IdScope();
    for (const p of doc.previousRecommendations) {
      corpus.previousRecommendations.push({
        data: {
          id: `${rid}/${prevIds.take(`prev-${shortHash(p.recommendation)}`)}`,
          report_id: rid,
          recommendation: p.recommendation,
          action_taken: p.actionTaken,
          categorisation: p.categorisation,
          improvement_required: p.improvementRequired,
          finding_id: findingIdOf.get(p.node)!,
          source_line: p.line,
        },
        body: '',
      });
    }

    const ratings: RatedStandard[] = doc.ratings.map((r) => ({
      entity: r.entityName === doc.entityName && ownEntity ? ownEntity : pduEntity(r.entityName),
      framework: r.framework,
      standard_code: r.code,
      standard_name: findStandard(r.framework, r.code)?.name ?? r.name,
      rating: r.rating,
      source_line: r.line,
    }));
    const verdicts = doc.verdicts.map((v) => ({
      entity: v.entityName === doc.entityName && ownEntity ? ownEntity : addEntity(v.entityType, v.entityName, regionName, rid),
      framework: v.framework,
      fieldwork_started: v.fieldworkStarted,
      score: v.score,
      score_max: v.scoreMax,
      overall_rating: v.overallRating,
      source_line: v.line,
    }));
    const own = verdicts.find((v) => v.entity === ownEntity) ?? null;
    const mentioned = new Set<string>();
    for (const m of doc.entitiesMentioned) mentioned.add(entityId(m.type, m.name));
    for (const v of verdicts) mentioned.add(v.entity);
    if (ownEntity) mentioned.add(ownEntity);

    corpus.reports.push({
      data: {
        id: rid,
        kind: doc.kind,
        title: doc.title,
        publisher: doc.publisher,
        entity: ownEntity,
        entity_type: doc.entityType,
        region: regionName ? entityId('region', regionName) : null,
        published: doc.published,
        fieldwork_started: own?.fieldwork_started ?? null,
        score: own?.score ?? null,
        score_max: own?.score_max ?? null,
        overall_rating: own?.overall_rating ?? null,
        framework: doc.framework,
        lead_inspector: doc.leadInspector,
        chief_inspector: doc.chiefInspector,
        isbn: doc.isbn,
        source_file: file,
        source_sha256: sha256,
        verdicts,
        ratings,
        entities_mentioned: [...mentioned].sort(),
        outline,
        ...(meta ? { official: meta } : {}),
      },
      body: reportMarkdown(doc),
    });
  }

  // Addressees → entities, then recommendation ↔ response links within each region.
  const allPdus = [...entities.values()].filter((e) => e.type === 'pdu');
  const pdusByRegion = new Map<string, string[]>();
  for (const e of allPdus) if (e.region) pdusByRegion.set(e.region, [...(pdusByRegion.get(e.region) ?? []), e.name]);
  const pdusOf = (region: string | null) => [...(region ? (pdusByRegion.get(entityId('region', region)) ?? []) : allPdus.map((e) => e.name))];
  const regionNames = [...entities.values()].filter((e) => e.type === 'region').map((e) => e.name);
  const regionOf = regionFinder(regionNames, allPdus.map((e) => e.name));
  const keyerFor = (region: string | null) => addresseeKeyer((a) => regionOf(a) ?? region, pdusOf);
  for (const rec of corpus.recommendations) {
    const region = regionOfReport.get(rec.data.report_id) ?? null;
    rec.data.addressee_entities = [...keyerFor(region)([rec.data.addressee])].filter((k) => entities.has(k)).sort();
  }
  for (const item of corpus.actionPlanItems) {
    const region = regionOfReport.get(item.data.report_id) ?? null;
    item.data.addressee_entities = [...keyerFor(region)(item.data.addressees)].filter((k) => entities.has(k)).sort();
  }
  const plans = corpus.reports.filter((r) => r.data.kind === 'action-plan');
  const planIds = new Set(plans.map((p) => p.data.id));
  const itemsByPlan = group(corpus.actionPlanItems, (i) => i.data.report_id);
  const recsByRegion = group(
    corpus.recommendations.filter((r) => !planIds.has(r.data.report_id)),
    (r) => regionOfReport.get(r.data.report_id) ?? null,
  );
  const publishedOf = new Map(corpus.reports.map((r) => [r.data.id, r.data.published]));
  const findingsByReport = group(corpus.findings, (f) => f.data.report_id);
  // What linking learnt about the documents, for the data-quality page.
  const linkNotes: LinkNote[] = [];
  for (const plan of plans) {
    const region = regionOfReport.get(plan.data.id) ?? null;
    const items = itemsByPlan.get(plan.data.id) ?? [];
    // Only the reports of the plan's region from its inspection round (see withinResponseWindow).
    const recs = (recsByRegion.get(region) ?? []).filter((r) => withinResponseWindow(plan.data.published, publishedOf.get(r.data.report_id) ?? null));
    const recById = new Map(recs.map((r) => [r.data.id, r]));
    const itemById = new Map(items.map((i) => [i.data.id, i]));
    const uncertain = uncertainAddressees(items.map((i) => i.data));
    const matches = matchResponses(recs.map((r) => r.data), items.map((i) => i.data), keyerFor(region), new Set(uncertain.keys()));
    for (const m of matches) {
      const rec = recById.get(m.recommendation)!;
      const item = itemById.get(m.item)!.data;
      rec.data.response_item = m.item;
      rec.data.match_score = m.score;
      if (m.addresseeMissing) rec.data.response_addressee_missing = true;
      item.answers.push({ recommendation: m.recommendation, score: m.score, ...(m.addresseeMissing ? { addressee_missing: true } : {}) });
      if (m.addresseeMissing) {
        const gap = uncertain.get(m.item)!.missingBefore;
        const why = gap.length
          ? `follows item${gap.length > 1 ? 's' : ''} ${gap.join(', ')}, missing from the document, and its addressee heading may be lost with ${gap.length > 1 ? 'them' : 'it'}`
          : 'names no addressee';
        linkNotes.push({
          check: 'addressee-missing',
          report_id: plan.data.id,
          lines: item.source_lines,
          subject: m.recommendation,
          message: `Addressee missing in the source: action plan item ${item.item} ${why}. It repeats recommendation ${rec.data.number ?? ''} to ${rec.data.addressee} nearly word for word (match ${Math.round(m.score * 100)}%), so it is linked to it by its words alone.`.replace('  ', ' '),
        });
      }
    }
    for (const row of orphanRows((findingsByReport.get(plan.data.id) ?? []).map((f) => f.data), items.map((i) => i.data))) {
      const fragment = fragmentOf(row);
      const completed = completes(fragment, recs.map((r) => r.data));
      // The row is what survives of the item answering these: the recommendation links to it.
      for (const r of completed) if (!r.response_item) r.response_row = row.id;
      const named = completed.map((r) => `recommendation ${r.number ?? ''} to ${r.addressee}`.replace('  ', ' '));
      linkNotes.push({
        check: 'orphan-row',
        report_id: plan.data.id,
        lines: row.source_lines,
        subject: row.id,
        message:
          `The row at line ${row.source_lines[0]} (“${fragment.slice(0, 80)}${fragment.length > 80 ? '…' : ''}”) continues an action plan item missing from the document; it is shown in place, as a row of no item. ` +
          (named.length ? `Its words complete ${named.join(' and ')}.` : 'Its words match the end of no recommendation in the collection.'),
      });
    }
  }
  for (const item of corpus.actionPlanItems) item.data.answers.sort((a, b) => (a.recommendation < b.recommendation ? -1 : 1));

  // A region or PDU has a page only when a document inspects, rates or addresses it (or is
  // addressed to it); one named in passing stays plain text, noted for the data-quality page.
  const standing = entitiesWithStanding(corpus);
  for (const r of corpus.reports) {
    for (const id of r.data.entities_mentioned.filter((x) => !standing.has(x))) {
      const e = entities.get(id);
      if (!e) continue;
      const name = e.type === 'region' ? `${e.name} region` : `${e.name} PDU`;
      const at = (findingsByReport.get(r.data.id) ?? []).find((f) => f.data.text.includes(e.name));
      linkNotes.push({
        check: 'passing-mention',
        report_id: r.data.id,
        lines: at ? at.data.source_lines : null,
        subject: r.data.id,
        message: `${name} is named${at ? ` at line ${at.data.source_lines[0]}` : ''} but not inspected, rated or addressed in this document, so it gets no page of its own.`,
      });
    }
    r.data.entities_mentioned = r.data.entities_mentioned.filter((x) => standing.has(x));
  }
  for (const id of [...entities.keys()]) if (!standing.has(id)) entities.delete(id);
  for (const e of entities.values()) e.documents.sort();
  corpus.entities = [...entities.values()].map((data) => ({ data: { ...data, aliases: [...data.aliases].sort() }, body: '' }));
  corpus.standards = STANDARDS.map((data) => ({ data, body: '' }));
  corpus.themes = themes.map(({ id, name, definition, terms, abbreviations }): Entry<Theme> => ({
    data: { id, name, definition, terms, abbreviations },
    body: `${definition}\n`,
  }));
  const planTotals = new Map(sources.filter((s) => s.doc.planTotals).map((s) => [reportId(s.doc), s.doc.planTotals!]));
  // Messages quote the documents (a recommendation's words): written as Markdown text, escaped.
  corpus.dataQuality = runChecks(corpus, planTotals, linkNotes).map((data) => ({ data, body: inlineMarkdown([{ type: 'text', value: data.message }]) }));

  for (const key of Object.keys(corpus) as (keyof Corpus)[]) sortById(corpus[key] as Entry<{ id: string }>[]);
  return corpus;
}

/** The regions and PDUs a document inspects, rates or addresses, or is about (its own and its region). */
function entitiesWithStanding(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const { data: r } of corpus.reports) {
    if (r.entity) out.add(r.entity);
    if (r.region) out.add(r.region);
    for (const v of r.verdicts) out.add(v.entity);
    for (const x of r.ratings) out.add(x.entity);
  }
  for (const { data: rec } of corpus.recommendations) {
    for (const e of rec.addressee_entities) out.add(e);
    if (rec.about_entity) out.add(rec.about_entity);
  }
  for (const { data: item } of corpus.actionPlanItems) for (const e of item.addressee_entities) out.add(e);
  for (const { data: f } of corpus.findings) if (f.entity) out.add(f.entity);
  return out;
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
