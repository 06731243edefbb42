// Step "outline": each document's headings and findings in order, every finding with its
// permalink (a hash of its own words), its section, entity, standard, themes and the
// abbreviations it is the first to use; then the footnotes, with the findings citing them.
import type { Finding } from '../../../core/schemas';
import { IdScope, shortHash, slugify } from '../normalise/ids';
import { findStandard } from '../normalise/standards';
import { findAbbreviations } from '../../../core/glossary';
import type { DocFinding, DocHeading } from '../types';
import { entityKey } from './ids';
import { inlineMarkdown, type DocState, type DocumentCorpus } from './assembly';
import type { Tagger } from './assembly';

interface Walk {
  anchors: IdScope;
  headingIds: IdScope;
  stack: { level: number; text: string; id: string }[];
  /** Abbreviations are explained (<abbr>) where a document first uses them. */
  abbreviationsSeen: Set<string>;
}

function heading(d: DocState, w: Walk, node: DocHeading): void {
  while (w.stack.length && w.stack[w.stack.length - 1]!.level >= node.level) w.stack.pop();
  const id = w.headingIds.take(slugify(node.text) || 'section');
  w.stack.push({ level: node.level, text: node.text, id });
  d.outline.push({ type: 'heading', id, text: node.text, level: node.level, line: node.line });
}

function finding(d: DocState, out: DocumentCorpus, tagger: Tagger, w: Walk, f: DocFinding, index: number): void {
  const framework = d.source.doc.framework;
  const anchor = w.anchors.take(`p-${shortHash(f.text || `${f.kind}:${f.lines[0]}`)}`);
  const id = `${d.id}/${anchor}`;
  d.findingIdOf.set(index, id);
  d.outline.push({ type: 'finding', id });
  const standard = f.standardCode && framework ? findStandard(framework, f.standardCode) : undefined;
  const data: Finding = {
    id,
    anchor,
    report_id: d.id,
    kind: f.kind,
    section: w.stack.map((h) => h.text).join(' › '),
    section_id: w.stack.length ? w.stack[w.stack.length - 1]!.id : null,
    entity: f.entityName ? entityKey('pdu', f.entityName) : d.ownEntity,
    standard: standard ? standard.id : null,
    standard_code: f.standardCode,
    text: f.text,
    themes: tagger.tag(f.text),
    footnotes: [...new Set(f.footnoteRefs)].sort((x, y) => x - y),
    source_lines: f.lines,
    order: index,
    ...(f.cells ? { cells: f.cells } : {}),
    first_abbreviations: findAbbreviations(f.text).filter((x) => !w.abbreviationsSeen.has(x)),
  };
  for (const x of data.first_abbreviations) w.abbreviationsSeen.add(x);
  out.findings.push({ data, body: inlineMarkdown(f.inline) });
}

function footnotes(d: DocState, out: DocumentCorpus): void {
  const findings = out.findings.map((f) => f.data);
  const citing = new Map<number, string[]>();
  for (const f of findings) for (const n of f.footnotes) citing.set(n, [...(citing.get(n) ?? []), f.id]);
  const fnIds = new IdScope();
  for (const fn of d.source.doc.footnotes) {
    const id = `${d.id}/${fnIds.take(`fn-${fn.number}`)}`;
    out.footnotes.push({
      data: { id, report_id: d.id, number: fn.number, text: fn.text, referenced_by: citing.get(fn.number) ?? [], source_lines: fn.lines },
      body: inlineMarkdown(fn.inline),
    });
  }
}

export function outline(d: DocState, out: DocumentCorpus, tagger: Tagger): void {
  const w: Walk = { anchors: new IdScope(), headingIds: new IdScope(), stack: [], abbreviationsSeen: new Set() };
  d.source.doc.nodes.forEach((node, index) => (node.type === 'heading' ? heading(d, w, node) : finding(d, out, tagger, w, node, index)));
  footnotes(d, out);
}
