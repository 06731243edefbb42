// Builds the site's search index with Pagefind's Node API (run by scripts/index-search.mjs, the
// last step of `npm run build`, after `astro build`):
//
// - A record is a passage: consecutive findings of one document, up to about PASSAGE_WORDS words
//   (src/client/search-passage.ts says why: Pagefind's metadata, loaded by every search, grows
//   with the number of records). Each finding's text is exactly as the report page renders it
//   (read from the built HTML, so the text fragment the search page adds to a link matches the
//   page), followed by a synonym tail that is indexed but never shown; the record's metadata
//   says where each finding's words are and what its permalink is, so a result opens at the
//   paragraph that matched.
// - Filters per finding (a passage has those of its findings together): document kind, region,
//   PDU, standard, theme, finding kind, rating.
// - A passage of an action plan has a filter `group` (response) that the search page never
//   shows: it ranks those passages after the inspectorate's findings; a passage of front matter
//   and ratings tables only is indexed with a low weight, so that it ranks below the sections
//   (src/client/search-passage.ts).
// - The theme, standard, region and PDU pages are not indexed: they are best bets, matched on
//   their names (src/client/search-bets.ts), in dist/search/bets/<first two letters>.json.
//   Report pages are not indexed as HTML either: their findings are the records above.
// - Parts: a large archive's index is built as several Pagefind indexes, each of at most
//   PART_WORDS indexed words of whole documents, one after another (so Pagefind's memory is that
//   of one part, not of the archive); dist/search/parts.json lists them, and the search page
//   merges them into one search (Pagefind's mergeIndex).
// - dist/search/synonyms.json: the synonym table (glossary and themes), which the search page
//   uses to highlight the terms a query stands for.
// - dist/search/facets.json: every filter's values with the number of passages that have each,
//   which the search page shows when a filter is opened with nothing searched, so that it need
//   not load (and Pagefind then count) the filters before the reader asks for them.
//
// The records reach Pagefind as small HTML files, one per passage, each added by a call of its
// own to addDirectory, not by addCustomRecord: Pagefind's service looks each added custom record's
// URL up among all the records added before it (a linear search in fossick_one, see
// Pagefind/pagefind#976), so adding n records took ~n²/2 comparisons (389 s of a 459 s index at
// 1,000 documents); pages added from a directory are appended without that lookup. A file is
// named after its first finding's anchor, reports/<report>/#<anchor>, so Pagefind gives it the URL
// /reports/<report>/%23<anchor> (the '#' escaped), which the search page turns back into the
// permalink. The record's text is the body, inside <main> (which, unlike <div> or <p>, Pagefind
// does not end with a full stop), escaped; its metadata and filters are <meta> elements; Pagefind
// reads the same words and content from it as from the custom record.
//
// Deterministic: records are added one at a time in a fixed order (one file per call, so the
// order never depends on how the file system lists a folder), and nothing depends on time.
//
//   node scripts/index-search.mjs [--site dist]          (CONTENT_DIR as for astro build)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { GLOSSARY, type GlossaryEntry } from '../../core/glossary';
import { readCollection, readReportFindings } from '../read-content';
import { THEMES } from '../pipeline/link/theme-data';
import {
  FINDING_KIND_LABELS,
  Inflections,
  type ActionPlanItem,
  type Entity,
  type Finding,
  type Recommendation,
  type Report,
  type Standard,
  type Theme,
} from '../../core/schemas';
import { entityDisplayName, formatDate, KIND_LABEL } from '../../src/lib/format';
import { entityPath, standardPath, themePath } from '../../src/lib/paths';
import { documentStructure } from '../../src/lib/structure';
import { FILTERS, type FilterKey } from '../../src/client/search-filters';
import { FRONT_WEIGHT, GROUP_FILTER, PASSAGE_WORDS, paragraphMark, TAIL_MARK, type PassageGroup, type Paragraph } from '../../src/client/search-passage';
import { commonWords, hubKeys, type Hub, type HubFile } from '../../src/client/search-bets';
import { VocabularyCounter } from '../../src/client/search-suggest';
import {
  contextRange,
  normalise,
  synonymTail,
  tokenize,
  windowKey,
  type SynonymGroup,
  type SynonymTable,
} from '../../src/client/search-core';

// ---------------------------------------------------------------------------------------------
// Content

/** What a finding's record draws on besides the finding; findings are read a report at a time (readReportFindings). */
export interface Corpus {
  reports: Report[];
  entities: Map<string, Entity>;
  standards: Map<string, Standard>;
  themes: Map<string, Theme>;
  items: ActionPlanItem[];
  recommendations: Recommendation[];
}

const INFLECTIONS_FILE = fileURLToPath(new URL('./data/inflections.json', import.meta.url));

/** The irregular word forms the search joins, validated. */
export function readInflections(file = INFLECTIONS_FILE): Inflections {
  const parsed = Inflections.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function readCorpus(contentDir: string): Corpus {
  const load = <T>(name: string) => readCollection<T>(contentDir, name);
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    reports: load<Report>('reports').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    entities: byId(load<Entity>('entities')),
    standards: byId(load<Standard>('standards')),
    themes: byId(load<Theme>('themes')),
    items: load<ActionPlanItem>('action-plan-items'),
    recommendations: load<Recommendation>('recommendations'),
  };
}

// ---------------------------------------------------------------------------------------------
// Synonyms

const STOP = new Set(['and', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'with']);

/** Initials of a phrase, with and without its small words: "engaging people on probation" → epop, epp. */
function initials(phrase: string): string[] {
  const words = normalise(phrase).split(/[\s']+/).filter(Boolean);
  const all = words.map((w) => w[0]).join('');
  const some = words.filter((w) => !STOP.has(w)).map((w) => w[0]).join('');
  return [...new Set([all, some])];
}

/**
 * Synonym groups: each glossary abbreviation with its expansion (abbreviations sharing an
 * expansion in one group; parenthetical notes dropped), plus, for each theme abbreviation
 * without digits, the theme's name or terms whose initials spell it ("EM" and "electronic
 * monitoring", "RAR" and "rehabilitation activity requirement").
 */
export function buildSynonymTable(glossary: readonly GlossaryEntry[], themes: readonly Theme[], inflections: readonly (readonly string[])[] = []): SynonymTable {
  const groups: SynonymGroup[] = [];
  const byPhrase = new Map<string, SynonymGroup>();
  const byAbbr = new Map<string, SynonymGroup>();
  const addPhrase = (g: SynonymGroup, p: string) => {
    const key = normalise(p);
    if (!key || g.phrases.some((x) => normalise(x) === key)) return;
    g.phrases.push(p);
    byPhrase.set(key, g);
  };
  for (const e of glossary) {
    const expansion = e.expansion.replace(/\s*\([^)]*\)/g, '').trim();
    if (!expansion) continue;
    let g = byAbbr.get(e.abbr) ?? byPhrase.get(normalise(expansion));
    if (!g) {
      g = { abbr: [], phrases: [] };
      groups.push(g);
    }
    if (!g.abbr.includes(e.abbr)) g.abbr.push(e.abbr);
    byAbbr.set(e.abbr, g);
    addPhrase(g, expansion);
  }
  for (const t of themes) {
    for (const a of t.abbreviations) {
      if (/\d/.test(a)) continue; // CAS1/CAS2/CAS3 would all spell "community accommodation service"
      const letters = a.replace(/[^A-Za-z]/g, '').toLowerCase();
      const matches = [t.name, ...t.terms].filter((p) => initials(p).includes(letters) && normalise(p).includes(' '));
      if (matches.length === 0) continue;
      let g = byAbbr.get(a) ?? matches.map((p) => byPhrase.get(normalise(p))).find((x) => x !== undefined);
      if (!g) {
        g = { abbr: [], phrases: [] };
        groups.push(g);
      }
      if (!g.abbr.includes(a)) g.abbr.push(a);
      byAbbr.set(a, g);
      for (const p of matches) addPhrase(g, p.toLowerCase() === p ? p : p.charAt(0).toLowerCase() + p.slice(1));
    }
  }
  // irregular forms ("child", "children"): a group each, matched as whole words like a phrase
  for (const forms of inflections) groups.push({ abbr: [], phrases: [...forms] });
  return { version: 1, groups };
}

// ---------------------------------------------------------------------------------------------
// Rendered text of the report pages

type Node = Root | RootContent;

function isElement(n: Node): n is Element {
  return n.type === 'element';
}

function hasClass(e: Element, c: string): boolean {
  const cls = e.properties.className;
  return Array.isArray(cls) && cls.includes(c);
}

/**
 * A copy of the tree without [data-pagefind-ignore] elements (dropIgnored) or with them kept, and
 * with the elements the site's CSS displays as blocks (`.k`) made blocks here too, so the text
 * breaks where the browser's does.
 */
function prepare<T extends Node>(node: T, dropIgnored: boolean): T | null {
  if (!isElement(node) && node.type !== 'root') return node;
  if (isElement(node) && dropIgnored && node.properties.dataPagefindIgnore !== undefined) return null;
  const children = (node.children as Node[]).map((c) => prepare(c, dropIgnored)).filter((c): c is Node => c !== null);
  const copy = { ...node, children } as T;
  if (isElement(copy) && hasClass(copy, 'k')) (copy as Element).tagName = 'div';
  return copy;
}

function collectIds(node: Node, out: Map<string, Element>): void {
  if (isElement(node)) {
    const id = node.properties.id;
    if (typeof id === 'string' && !out.has(id)) out.set(id, node);
  }
  if ('children' in node) for (const c of node.children as Node[]) collectIds(c, out);
}

function findBody(node: Node): Element | null {
  if (isElement(node) && node.tagName === 'body') return node;
  if ('children' in node) {
    for (const c of node.children as Node[]) {
      const b = findBody(c);
      if (b) return b;
    }
  }
  return null;
}

export interface RenderedFinding {
  /** The finding's visible text, whitespace as the browser lays it out (tabs between cells, newlines between blocks). */
  text: string;
  /** Token indices where a new line or table cell starts. */
  segStarts: number[];
  /** Token indices whose text-fragment window also occurs earlier on the page. */
  ambiguous: number[];
}

/**
 * The rendered text of each finding on a report page (by anchor), and which text-fragment windows
 * would be ambiguous on that page: the browser highlights the first occurrence of a directive's
 * text in the document, so a window that also occurs earlier on the page would open the reader
 * at the wrong paragraph.
 */
export function renderedFindings(html: string, anchors: readonly string[]): Map<string, RenderedFinding> {
  const tree = fromHtml(html);
  const ids = new Map<string, Element>();
  collectIds(prepare(tree, true) as Root, ids);

  // The page's text as the browser lays it out, with a marker token at the start of each
  // finding, so that we know which occurrences of a window come before the finding's own.
  const kept = prepare(tree, false) as Root;
  const keptIds = new Map<string, Element>();
  collectIds(kept, keptIds);
  anchors.forEach((anchor, n) => {
    let el = keptIds.get(anchor);
    while (el && ['tr', 'thead', 'tbody', 'table'].includes(el.tagName)) {
      const first = el.children.find((c): c is Element => c.type === 'element');
      if (!first) break;
      el = first;
    }
    el?.children.unshift({ type: 'text', value: `${MARK}${n}${MARK} ` });
  });
  const body = findBody(kept);
  const pageTokens: string[] = [];
  const markerAt = new Map<number, number>(); // finding index → position in pageTokens
  for (const t of body ? tokenize(toText(body)) : []) {
    const m = MARKER.exec(t.text);
    if (m) markerAt.set(Number(m[1]), pageTokens.length);
    else pageTokens.push(t.text.toLowerCase());
  }

  interface Pending extends RenderedFinding {
    at: number;
    windows: [string, number][];
  }
  const pending = new Map<string, Pending>();
  const wanted = new Map<number, Set<string>>(); // window length → keys
  anchors.forEach((anchor, n) => {
    const el = ids.get(anchor);
    if (!el) return;
    const text = toText(el).replace(/[^\S\n\t]+/g, ' ').trim();
    const tokens = tokenize(text);
    const segStarts: number[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const gap = text.slice((tokens[i - 1] as { end: number }).end, (tokens[i] as { start: number }).start);
      if (/[\n\t]/.test(gap)) segStarts.push(i);
    }
    const lower = tokens.map((t) => t.text.toLowerCase());
    const windows: [string, number][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const [from, to] = contextRange(i, i, tokens.length, segStarts);
      const key = windowKey(lower, from, to);
      windows.push([key, i]);
      const len = to - from + 1;
      if (!wanted.has(len)) wanted.set(len, new Set());
      (wanted.get(len) as Set<string>).add(key);
    }
    pending.set(anchor, { text, segStarts, ambiguous: [], at: markerAt.get(n) ?? Number.MAX_SAFE_INTEGER, windows });
  });
  // the first position of every wanted window in the page's text
  const first = new Map<string, number>();
  for (const [len, keys] of wanted) {
    for (let p = 0; p + len <= pageTokens.length; p++) {
      const key = pageTokens.slice(p, p + len).join(' ');
      if (keys.has(key) && !first.has(key)) first.set(key, p);
    }
  }
  const result = new Map<string, RenderedFinding>();
  for (const [anchor, f] of pending) {
    // A window that occurs before the finding starts would be highlighted there instead.
    const ambiguous = f.windows.filter(([key]) => (first.get(key) ?? f.at) < f.at).map(([, i]) => i);
    result.set(anchor, { text: f.text, segStarts: f.segStarts, ambiguous });
  }
  return result;
}

const MARK = '\uE000';
const MARKER = /^\uE000(\d+)\uE000$/;

// ---------------------------------------------------------------------------------------------
// Records

export interface FindingRecord {
  url: string;
  content: string;
  /** The body to index, as HTML, where it is more than the content escaped (a passage's markers). */
  html?: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Which group of results it ranks in, when not the inspectorate's findings (src/client/search-passage.ts). */
  group?: PassageGroup;
}

/** A finding's part of a passage: its record, and where in the document it is. */
export interface FindingEntry {
  record: FindingRecord;
  anchor: string;
  /** "P 2.1 Assessment › Strengths", "Item 3". */
  label: string;
  /** The first part of its section path: passages prefer to end where it changes. */
  chapter: string;
  /** Front matter or a ratings table (summarySet): in passages of their own, ranked last. */
  summary: boolean;
  /** The action plan item it belongs to: a passage never splits an item (unless it is longer than a passage). */
  unit: string | null;
  /** Tokens of its visible text. */
  visible: number;
  /** Tokens of its record's content, synonym tail included: the words the index holds for it. */
  words: number;
  segStarts: number[];
  ambiguous: number[];
}

const codeKey = (framework: string, code: string) => `${framework}|${code.replace(/[^A-Za-z0-9]+/g, '').toUpperCase()}`;

function shortTitle(r: Report, entities: Map<string, Entity>): string {
  const e = r.entity ? entities.get(r.entity) : undefined;
  if (!e) return r.title;
  const kind = { 'regional-report': 'inspection', 'pdu-report': 'inspection', 'regional-letter': 'regional letter', 'action-plan': 'action plan' }[r.kind];
  const m = /^(\d{4})-(\d{2})/.exec(r.published ?? '');
  return `${entityDisplayName(e.name, e.type)} ${kind}${m ? `, ${formatDate(`${m[1]}-${m[2]}`)}` : ''}`;
}

const GENERIC_SECTION = /^(key )?(strengths|areas for improvement)$/i;

/** A section path's last part (with its parent when it is just "Strengths" and the like), without numbering or a trailing colon. */
export function sectionLabel(section: string): string {
  const parts = section
    .split('›')
    .map((s) => s.trim().replace(/:$/, '').replace(/^\d+(\.\d+)*\.?\s+/, '').trim())
    .filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return '';
  const parent = parts[parts.length - 2];
  return GENERIC_SECTION.test(last) && parent ? `${parent} › ${last}` : last;
}

export function standardLabel(s: Standard): string {
  return `${s.code} ${s.name} (${s.framework})`;
}

/** A function making the search record of a finding of report r, shown on its page as `shown`. */
export function recordMaker(corpus: Corpus, synonyms: SynonymTable) {
  const itemByFinding = new Map<string, ActionPlanItem>();
  for (const it of corpus.items) for (const f of it.finding_ids) itemByFinding.set(f, it);
  const recByFinding = new Map(corpus.recommendations.map((r) => [r.finding_id, r]));

  return (r: Report, f: Finding, shown: RenderedFinding, summary = false): FindingEntry => {
    const entity = f.entity ? corpus.entities.get(f.entity) : r.entity ? corpus.entities.get(r.entity) : undefined;

    // Regions and PDUs the finding is about: its entity, and whom its recommendation or action plan item addresses.
    const about = new Set<string>();
    if (entity) about.add(entity.id);
    const item = itemByFinding.get(f.id);
    const rec = recByFinding.get(f.id);
    for (const id of [...(item?.addressee_entities ?? []), ...(rec?.addressee_entities ?? [])]) about.add(id);
    if (rec?.about_entity) about.add(rec.about_entity);
    const pdus = new Set<string>();
    const regions = new Set<string>();
    for (const id of about) {
      const e = corpus.entities.get(id);
      if (!e) continue;
      if (e.type === 'pdu') {
        pdus.add(entityDisplayName(e.name, e.type));
        const reg = e.region ? corpus.entities.get(e.region) : undefined;
        if (reg) regions.add(entityDisplayName(reg.name, reg.type));
      } else regions.add(entityDisplayName(e.name, e.type));
    }
    if (regions.size === 0 && r.region) {
      const reg = corpus.entities.get(r.region);
      if (reg) regions.add(entityDisplayName(reg.name, reg.type));
    }

    // Rating: of the finding's standard for its entity in this document, else the overall rating.
    const standard = f.standard ? corpus.standards.get(f.standard) : undefined;
    let rating: string | null = null;
    if (standard) {
      const ratedEntity = entity?.id ?? r.entity;
      const key = codeKey(standard.framework, standard.code);
      rating = r.ratings.find((x) => x.entity === ratedEntity && codeKey(x.framework, x.standard_code) === key)?.rating ?? null;
    }
    if (!rating) {
      const v = r.verdicts.find((x) => x.entity === (entity?.id ?? r.entity));
      rating = v?.overall_rating ?? (entity?.id === r.entity || !entity ? r.overall_rating : null);
    }

    const filters: Partial<Record<FilterKey, string[]>> = {
      document: [KIND_LABEL[r.kind]],
      finding: [FINDING_KIND_LABELS[f.kind]],
    };
    if (regions.size) filters.region = [...regions].sort();
    if (pdus.size) filters.pdu = [...pdus].sort();
    if (standard) filters.standard = [standardLabel(standard)];
    const themes = f.themes.map((t) => corpus.themes.get(t)?.name).filter((x): x is string => !!x);
    if (themes.length) filters.theme = [...new Set(themes)].sort();
    if (rating) filters.rating = [rating];

    const tokens = tokenize(shown.text);
    const tail = synonymTail(shown.text, synonyms);
    const section = item ? `Item ${item.item_label.replace(/\.\s*$/, '').trim() || item.item}` : sectionLabel(f.section);
    const record: FindingRecord = {
      url: `/reports/${f.report_id}/#${f.anchor}`,
      content: tail ? `${shown.text} ${tail}` : shown.text,
      language: 'en',
      meta: { title: shortTitle(r, corpus.entities) },
      filters,
    };
    return {
      record,
      anchor: f.anchor,
      label: section,
      chapter: item ? 'action plan' : (f.section.split('›')[0] ?? '').trim(),
      summary,
      unit: item?.id ?? null,
      visible: tokens.length,
      words: tokenize(record.content).length,
      segStarts: shown.segStarts,
      ambiguous: shown.ambiguous,
    };
  };
}

/**
 * A document's findings (in order) in passages of about PASSAGE_WORDS visible words, a finding
 * never split: a passage ends before a finding that would take it past that, or, once it is half
 * full, where the document's top-level section changes. An action plan item is kept whole (so a
 * search never lists one item twice), unless it alone is longer than a passage. Front matter,
 * boilerplate and ratings tables (`summary`) go together in passages of their own after the
 * others, wherever they are in the document, so that they rank below the sections they
 * summarise without adding a record for each place they occur.
 */
export function packPassages(entries: readonly FindingEntry[], words = PASSAGE_WORDS): FindingEntry[][] {
  return [...pack(entries.filter((e) => !e.summary), words), ...pack(entries.filter((e) => e.summary), words)];
}

function pack(entries: readonly FindingEntry[], words: number): FindingEntry[][] {
  const unitWords = new Map<string, number>();
  for (const e of entries) if (e.unit) unitWords.set(e.unit, (unitWords.get(e.unit) ?? 0) + e.visible);
  const passages: FindingEntry[][] = [];
  let current: FindingEntry[] = [];
  let size = 0;
  for (const e of entries) {
    const prev = current[current.length - 1];
    const sameUnit = !!prev && e.unit !== null && prev.unit === e.unit;
    // an item's first finding brings the whole item with it; an item longer than a passage is
    // split where it must be
    const adds = e.unit && !sameUnit ? (unitWords.get(e.unit) as number) : e.visible;
    const full = size + adds > words && !(sameUnit && (unitWords.get(e.unit as string) as number) <= words);
    if (prev && (full || (!sameUnit && e.chapter !== prev.chapter && size >= words / 2))) {
      passages.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += e.visible;
  }
  if (current.length) passages.push(current);
  return passages;
}

/** A heading's name for the index: "P 1.2. Staffing › Areas for improvement" → "Staffing"; "Foreword" → "Foreword". */
export function headingName(label: string): string {
  const parts = label.split('›').map((x) => x.trim()).filter((x) => x && !GENERIC_SECTION.test(x));
  return (parts[parts.length - 1] ?? '').replace(/^(?:[A-Z]\s?)?\d+(?:\.\d+)*\.?\s+/, '').replace(/:$/, '').trim();
}

/**
 * A passage with the name of each section it holds added, once, to the synonym tail of the
 * section's first finding in it (indexed, never shown): a section's findings rarely repeat its
 * heading ("Public protection", "Planning"), so without it a search for a standard's name finds
 * every paragraph that mentions the words before the section about them. Not for action plans
 * (an item's label is "Item 3") or front matter.
 */
export function withSectionHeadings(passage: readonly FindingEntry[]): FindingEntry[] {
  return passage.map((e, i) => {
    if (e.unit || e.summary || (i > 0 && passage[i - 1]?.label === e.label)) return e;
    const name = headingName(e.label);
    if (!name) return e;
    const content = `${e.record.content} ${name}`;
    return { ...e, record: { ...e.record, content }, words: tokenize(content).length };
  });
}

/** Kinds of finding that summarise rather than report: a rating, document information, a table row. */
const SUMMARY_KINDS = new Set(['rating', 'table-row', 'metadata']);
/** Chapters every inspection report prints the same: who did the work and what the inspectorate is. */
const BOILERPLATE = /^(acknowledgements|the role of hm inspectorate of probation)$/i;

/**
 * The findings of a report that frame or summarise it rather than report what was found: its
 * printed front matter (cover, contents page, copyright and publisher blocks, as
 * src/lib/structure.ts reads them), its boilerplate chapters, every rating and piece of document
 * information (a standard's rating line, a signature), and the chapters (top-level sections) of
 * ratings tables: three quarters or more of their findings ratings, table rows and document
 * information.
 */
export function summarySet(r: Report, findings: readonly Finding[]): Set<string> {
  const st = documentStructure({ kind: r.kind, outline: r.outline, findingById: new Map(findings.map((f) => [f.id, f])) });
  const chapter = (f: Finding) => (f.section.split('›')[0] ?? '').trim();
  const out = new Set<string>(findings.filter((f) => st.frontIds.has(f.id) || BOILERPLATE.test(chapter(f)) || f.kind === 'rating' || f.kind === 'metadata').map((f) => f.id));
  const counts = new Map<string, { all: number; summary: number }>();
  for (const f of findings) {
    const c = counts.get(chapter(f)) ?? { all: 0, summary: 0 };
    c.all++;
    if (out.has(f.id) || SUMMARY_KINDS.has(f.kind)) c.summary++;
    counts.set(chapter(f), c);
  }
  for (const f of findings) {
    const c = counts.get(chapter(f)) as { all: number; summary: number };
    if (c.summary >= c.all * 0.75) out.add(f.id);
  }
  return out;
}

const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** One search record of a passage: its findings' content in order, their filters together, and where each is (meta `p`). */
export function passageRecord(entries: readonly FindingEntry[]): FindingRecord {
  const first = entries[0];
  if (!first) throw new Error('passageRecord: an empty passage');
  const values: [FilterKey, string][] = [];
  const valueIndex = new Map<string, number>();
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const e of entries) {
    const own: number[] = [];
    for (const key of FILTER_KEYS) {
      for (const v of e.record.filters[key] ?? []) {
        const k = `${key}\u0000${v}`;
        let i = valueIndex.get(k);
        if (i === undefined) {
          i = values.length;
          values.push([key, v]);
          valueIndex.set(k, i);
        }
        own.push(i);
      }
    }
    const total = e.words;
    paragraphs.push({ anchor: e.anchor, label: e.label, start, visible: e.visible, tail: total - e.visible, seg: e.segStarts, amb: compressRanges(e.ambiguous), values: own });
    start += total;
  }
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const vs = [...new Set(values.filter(([k]) => k === key).map(([, v]) => v))].sort();
    if (vs.length) filters[key] = vs;
  }
  const meta = { values, paragraphs };
  // each finding's text after its marker, and its synonym tail after another
  const html = entries
    .map((e, i) => {
      const tokens = tokenize(e.record.content);
      const cut = tokens[e.visible - 1]?.end ?? 0;
      const text = e.record.content.slice(0, cut);
      const tail = e.record.content.slice(cut).trim();
      const mark = `<span id="${escapeHtml(paragraphMark(meta, paragraphs[i] as Paragraph))}"></span>${escapeHtml(text)}`;
      return tail ? `${mark} <span id="${TAIL_MARK}"></span>${escapeHtml(tail)}` : mark;
    })
    .join(' ');
  const group: PassageGroup | undefined = entries.every((e) => e.summary)
    ? 'front'
    : first.record.filters.document?.includes(KIND_LABEL['action-plan'])
      ? 'response'
      : undefined;
  return {
    url: first.record.url,
    content: entries.map((e) => e.record.content).join(' '),
    html,
    language: 'en',
    meta: { title: first.record.meta.title ?? '' },
    filters,
    ...(group ? { group } : {}),
  };
}

/** "3 4 5 9" → "3-5 9": ambiguous windows come in runs (a repeated sentence). */
export function compressRanges(xs: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < xs.length) {
    let j = i;
    while (j + 1 < xs.length && (xs[j + 1] as number) === (xs[j] as number) + 1) j++;
    out.push(j > i ? `${xs[i]}-${xs[j]}` : String(xs[i]));
    i = j + 1;
  }
  return out.join(' ');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A record as the HTML file Pagefind indexes: the same words, content, metadata and filters as the custom record would have. */
export function recordHtml(rec: FindingRecord): string {
  const metas = [
    ...Object.entries(rec.meta).map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v)}">`),
    ...Object.entries(rec.filters).flatMap(([k, vs]) => (vs ?? []).map((v) => `<meta data-pagefind-filter="${k}[content]" content="${escapeHtml(v)}">`)),
    ...(rec.group === 'response' ? [`<meta data-pagefind-filter="${GROUP_FILTER}[content]" content="${rec.group}">`] : []),
  ];
  const weight = rec.group === 'front' ? ` data-pagefind-weight="${FRONT_WEIGHT}"` : '';
  return `<!doctype html><html lang="${rec.language}"><head><meta charset="utf-8">${metas.join('')}</head><body><main data-pagefind-body${weight}>${rec.html ?? escapeHtml(rec.content)}</main></body></html>\n`;
}

/** Where a record's file goes under the records folder, and so (with '#' escaped by Pagefind as %23) its URL. */
export function recordPath(rec: FindingRecord): string {
  return rec.url.replace(/^\//, '');
}

export type FacetTotals = Partial<Record<FilterKey, Record<string, number>>>;

/** Adds a record's filter values to the totals. */
export function countFacets(totals: FacetTotals, rec: FindingRecord): void {
  for (const [k, vs] of Object.entries(rec.filters) as [FilterKey, string[]][]) {
    const t = (totals[k] ??= {});
    for (const v of vs) t[v] = (t[v] ?? 0) + 1;
  }
}

/** The totals with keys and values in a fixed order, as written to facets.json. */
export function sortedFacets(totals: FacetTotals): { version: 1; filters: FacetTotals } {
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const filters: FacetTotals = {};
  for (const k of (Object.keys(totals) as FilterKey[]).sort(by)) {
    filters[k] = Object.fromEntries(Object.entries(totals[k] ?? {}).sort(([a], [b]) => by(a, b)));
  }
  return { version: 1, filters };
}

// ---------------------------------------------------------------------------------------------
// Best bets

/** The theme, standard, region and PDU pages the site has, as best bets (src/client/search-bets.ts). */
export function hubsOf(corpus: Corpus, hasPage: (url: string) => boolean): Hub[] {
  const hubs: Hub[] = [];
  const short = (s: string, n = 140) => (s.length <= n ? s : `${s.slice(0, s.lastIndexOf(' ', n - 1)).replace(/[,;:]$/, '')}…`);
  for (const t of [...corpus.themes.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hubs.push({ title: t.name, url: themePath(t.id), kind: 'theme', about: short(t.definition), names: [...t.terms, ...t.abbreviations] });
  }
  for (const st of [...corpus.standards.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hubs.push({ title: `${st.code} ${st.name} (${st.framework} programme)`, url: standardPath(st.id), kind: 'standard', names: [`${st.code} ${st.name}`, st.code, st.name] });
  }
  for (const e of [...corpus.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const region = e.type === 'pdu' && e.region ? corpus.entities.get(e.region) : undefined;
    const title = entityDisplayName(e.name, e.type);
    hubs.push({
      title,
      url: entityPath(e.id, e.type),
      kind: e.type === 'pdu' ? 'pdu' : 'region',
      ...(region ? { region: entityDisplayName(region.name, region.type) } : {}),
      names: e.name === title ? [] : [e.name],
    });
  }
  return hubs.filter((h) => hasPage(h.url));
}

/** The best-bets files: each hub in the file of the first three letters of each of its names' distinctive words. */
export function betFiles(hubs: readonly Hub[]): Map<string, HubFile> {
  const files = new Map<string, HubFile>();
  const common = commonWords(hubs);
  for (const h of hubs) {
    for (const k of hubKeys(h, common)) {
      if (!files.has(k)) files.set(k, { version: 1, hubs: [] });
      (files.get(k) as HubFile).hubs.push(h);
    }
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

// ---------------------------------------------------------------------------------------------
// Main

/** Pagefind's files that the search page does not use: its Default, Modular and Component UIs and its highlight script. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function bytesUnder(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/**
 * Indexed words a part of the search index holds at most (a document is never split; one longer
 * than this has a part of its own). Pagefind builds an index in memory and, while it writes it,
 * needs about 400 bytes for each indexed word (3.3 GiB for the ~8.4 million words of 1,000
 * documents like the seeds: BENCHMARKS.md), so a part of 10 million words peaks near 4 GiB
 * whatever the archive's size. The parts are built one after another, each by a Pagefind
 * service of its own, and the search page merges them (mergeIndex): fewer, larger parts move
 * fewer bytes a search. SEARCH_PART_WORDS overrides it (the tests make small parts).
 */
export const PART_WORDS = 10_000_000;

export function partWords(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_PART_WORDS;
  if (raw === undefined || raw === '') return PART_WORDS;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`index-search: SEARCH_PART_WORDS must be a positive whole number of words, not "${raw}"`);
  return n;
}

/** Where part n (from 0) of the index is served: the first, with Pagefind's script, at /pagefind/. */
export function partPath(n: number): string {
  return n === 0 ? '/pagefind/' : `/pagefind/part-${n + 1}/`;
}

/**
 * Which documents go in which part: given each document's indexed words in order, the index of
 * the part each goes in. A part takes documents while they fit in `budget` words; the first
 * document of a part always goes in, however long.
 */
export class PartPlan {
  part = 0;
  words = 0;
  documents = 0;
  constructor(readonly budget: number) {}
  /** The part of the next document, of `words` words; true in `fresh` when it starts a new part. */
  place(words: number): { part: number; fresh: boolean } {
    // a document without words (no findings) never starts a part, so no part is empty
    const fresh = words > 0 && this.documents > 0 && this.words + words > this.budget;
    if (fresh) {
      this.part++;
      this.words = 0;
      this.documents = 0;
    }
    this.words += words;
    this.documents++;
    return { part: this.part, fresh };
  }
}

/** The search page's list of the index's parts, written to /search/parts.json. */
export interface IndexParts {
  version: 1;
  /** Each part's folder, the first being the one whose pagefind.js the page loads. */
  indexes: string[];
  /** The best-bets files there are (/search/bets/<key>.json), their keys separated by spaces: the page asks for no other. */
  bets: string;
}

/** Files of Pagefind's output that a part merged into the first does not need: its scripts and WebAssembly are the first part's. */
const PART_RUNTIME = /^(pagefind.*\.(js|css)|wasm\..*\.pagefind)$/;

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const started = Date.now();
  const siteArg = argv.indexOf('--site');
  const site = resolve(siteArg >= 0 && argv[siteArg + 1] ? (argv[siteArg + 1] as string) : 'dist');
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  if (!existsSync(join(site, 'index.html'))) throw new Error(`index-search: no built site in ${site} (run astro build first)`);
  const plan = new PartPlan(partWords());

  // Each phase is timed: the benchmark reads these to see which part grows with the archive.
  const phases: string[] = [];
  let mark = Date.now();
  // Writing a part is timed as 'write', whenever it happens (parts are written as they fill).
  let writeMs = 0;
  let writeCounted = 0;
  const phase = (name: string) => {
    const now = Date.now();
    const ms = name === 'write' ? writeMs : now - mark - (writeMs - writeCounted);
    writeCounted = writeMs;
    phases.push(`${name} ${(ms / 1000).toFixed(1)} s`);
    mark = now;
  };
  const corpus = readCorpus(contentDir);
  const synonyms = buildSynonymTable(GLOSSARY, THEMES, readInflections().forms);
  phase('content');

  // nothing of an earlier index is left to be served with this one, even if this run fails
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, 'search', 'parts.json'), { force: true });
  const openIndex = async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`index-search: Pagefind could not create an index: ${errors.join('; ')}`);
    return index;
  };
  const parts: string[] = [];
  /** Writes the open part and ends its Pagefind service, so that the next part starts from nothing. */
  const writePart = async (index: pagefind.PagefindIndex) => {
    const began = Date.now();
    const n = parts.length;
    const dir = join(site, ...partPath(n).split('/').filter(Boolean));
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`index-search: ${written.errors.join('; ')}`);
    await pagefind.close();
    // Pagefind also writes its ready-made interfaces; the search page has its own, so they would
    // only be dead weight on the server (and a merged part needs no script at all).
    for (const f of readdirSync(dir)) if ((n === 0 ? UNUSED_BUNDLES : PART_RUNTIME).test(f)) rmSync(join(dir, f));
    parts.push(partPath(n));
    writeMs += Date.now() - began;
  };
  let index = await openIndex();

  // One report at a time: its findings and page read, its records made and added, then let go,
  // so this process holds one report's findings, page and records, not the archive's (the
  // time is Pagefind's, see BENCHMARKS.md).
  const makeRecord = recordMaker(corpus, synonyms);
  const missing: string[] = [];
  const facets: FacetTotals = {};
  let recordCount = 0;
  let findingCount = 0;
  let wordCount = 0;
  const words = new VocabularyCounter();
  let amb = 0;
  // in memory where there is a tmpfs: thousands of small files a report, written and removed
  const recordsDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pagefind-records-'));
  try {
    for (const r of corpus.reports) {
      const file = join(site, 'reports', r.id, 'index.html');
      if (!existsSync(file)) throw new Error(`index-search: ${relative(process.cwd(), file)} is missing: the report page was not built`);
      const findings = readReportFindings(contentDir, r.id).sort((a, b) => a.order - b.order);
      const shownByAnchor = renderedFindings(readFileSync(file, 'utf8'), findings.map((f) => f.anchor));
      const summary = summarySet(r, findings);
      const entries: FindingEntry[] = [];
      for (const f of findings) {
        const shown = shownByAnchor.get(f.anchor);
        if (shown) entries.push(makeRecord(r, f, shown, summary.has(f.id)));
        else missing.push(f.id);
      }
      const passages = packPassages(entries).map(withSectionHeadings);
      const records = passages.map(passageRecord);
      let reportWords = 0;
      for (const e of passages.flat()) {
        words.add(e.record.content);
        reportWords += e.words;
      }
      findingCount += entries.length;
      wordCount += reportWords;
      amb += entries.filter((e) => e.ambiguous.length).length;
      if (plan.place(reportWords).fresh) {
        await writePart(index);
        index = await openIndex();
      }
      // Each record in a folder of its own, so that Pagefind's walk of the folder finds just it
      // (its order among a report's records is then ours, not the file system's).
      const reportDir = join(recordsDir, 'r');
      const roots = records.map((rec, i) => {
        const root = join(reportDir, String(i));
        mkdirSync(join(root, 'reports', r.id), { recursive: true });
        writeFileSync(join(root, recordPath(rec)), recordHtml(rec));
        return root;
      });
      // A report's records are sent together, without waiting for each answer: Pagefind's service
      // takes its messages in the order sent.
      const results = await Promise.all(records.map((rec, i) => index.addDirectory({ path: roots[i]!, glob: recordPath(rec) })));
      results.forEach((res, i) => {
        if (res.errors.length || res.page_count !== 1) throw new Error(`index-search: ${records[i]!.url}: ${res.errors.join('; ') || `${res.page_count} pages indexed`}`);
      });
      rmSync(reportDir, { recursive: true, force: true });
      for (const rec of records) countFacets(facets, rec);
      recordCount += records.length;
    }
  } finally {
    rmSync(recordsDir, { recursive: true, force: true });
  }
  phase('findings');
  await writePart(index);
  phase('write');

  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(join(site, 'search', 'synonyms.json'), `${JSON.stringify(synonyms)}\n`);
  writeFileSync(join(site, 'search', 'facets.json'), `${JSON.stringify(sortedFacets(facets))}\n`);
  const wordsDir = join(site, 'search', 'words');
  mkdirSync(wordsDir, { recursive: true });
  for (const [letter, list] of words.files()) writeFileSync(join(wordsDir, `${letter}.json`), `${JSON.stringify(list)}\n`);
  // The theme, standard, region and PDU pages are best bets, matched on their names, not indexed.
  const hubs = hubsOf(corpus, (url) => existsSync(join(site, ...url.split('/').filter(Boolean), 'index.html')));
  const betsDir = join(site, 'search', 'bets');
  rmSync(betsDir, { recursive: true, force: true });
  mkdirSync(betsDir, { recursive: true });
  const bets = betFiles(hubs);
  for (const [key, file] of bets) writeFileSync(join(betsDir, `${key}.json`), `${JSON.stringify(file)}\n`);
  const manifest: IndexParts = { version: 1, indexes: parts, bets: [...bets.keys()].join(' ') };
  writeFileSync(join(site, 'search', 'parts.json'), `${JSON.stringify(manifest)}\n`);

  console.log(
    `index-search: ${findingCount} findings (${wordCount} words) in ${recordCount} passages indexed, ${hubs.length} pages as best bets, ` +
      `in ${parts.length} part${parts.length === 1 ? '' : 's'}; ` +
      `${(bytesUnder(out) / 1024).toFixed(0)} KiB in ${relative(process.cwd(), out) || out}; ` +
      `${amb} findings with repeated text on their page; ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`,
  );
  if (missing.length) {
    console.warn(`index-search: ${missing.length} findings have no element on their report page and are not indexed: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
}
