// npm run ingest -- --check FILE…: what the ingest would make of the given files if they were
// copied into seeds/, written nowhere. Each file is read with the rest of seeds/ (a given file
// takes the place of the seed of the same name), so the responses matched and the warnings are
// those of the whole collection. For each file: the kind, entity, region, dates, every rating,
// the counts, the recommendation ↔ response links and the data-quality warnings; or its refusal
// (file:line, what was expected, what was found, a hint).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { DocumentKind } from '../core/schemas';
import { assemble, type Corpus } from './pipeline/assemble';
import { formatRefusal, type Refusal } from './pipeline/refusal';
import { IngestError, listSeeds, readSources, type Input } from './pipeline/ingest';

const KIND_NAME: Record<DocumentKind, string> = {
  'regional-report': 'regional inspection report',
  'pdu-report': 'PDU inspection report',
  'regional-letter': 'regional letter',
  'action-plan': 'HMPPS action plan',
};

export interface CheckedFile {
  file: string;
  refusal: Refusal | null;
  /** What the ingest read, as the lines of the report (empty when refused). */
  lines: string[];
}

export interface CheckResult {
  files: CheckedFile[];
  /** Things to know about the check itself: a seed replaced, a seed refused and left out. */
  notes: string[];
}

/** How a given file is named: relative to the working folder when inside it, else absolute. */
function shownPath(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

export function checkFiles(seedsDir: string, paths: string[], cwd = process.cwd()): CheckResult {
  const notes: string[] = [];
  const given: Input[] = [];
  const byName = new Map<string, Input>();
  for (const p of paths) {
    const path = resolve(cwd, p);
    if (!existsSync(path)) throw new IngestError(`${p}: no such file`);
    if (!statSync(path).isFile()) throw new IngestError(`${p}: not a file`);
    const input = { path, shown: shownPath(path, cwd), given: true };
    const twin = byName.get(basename(path));
    if (twin) {
      if (twin.path === path) continue;
      throw new IngestError(`${input.shown} and ${twin.shown} have the same name; seeds/ can hold only one of them`);
    }
    byName.set(basename(path), input);
    given.push(input);
  }
  // An empty or missing seeds folder is no error here: a first document can be checked alone.
  const seeds = existsSync(seedsDir) && readdirSync(seedsDir).some((n) => !n.startsWith('.')) ? listSeeds(seedsDir, cwd) : [];
  for (const s of seeds) {
    const g = byName.get(basename(s.path));
    if (g && resolve(g.path) !== resolve(s.path)) notes.push(`${g.shown} takes the place of ${s.shown} (same name) in this check`);
  }
  const inputs = [...seeds.filter((s) => !byName.has(basename(s.path))), ...given].sort((a, b) => {
    const [x, y] = [basename(a.path), basename(b.path)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const { sources, refused } = readSources(inputs);
  const refusalOf = new Map(refused.map((r) => [r.file, r]));
  for (const r of refused) {
    if (!given.some((g) => g.shown === r.file)) notes.push(`${r.file}:${r.line}: refused (${r.reason}); left out of this check`);
  }
  const corpus = assemble(sources);
  return {
    notes,
    files: given.map((g) => {
      const refusal = refusalOf.get(g.shown) ?? null;
      return { file: g.shown, refusal, lines: refusal ? [] : describe(corpus, g.shown) };
    }),
  };
}

const pct = (score: number) => score.toFixed(2);

/** The report read from `file`, as indented lines. */
function describe(corpus: Corpus, file: string): string[] {
  const report = corpus.reports.find((r) => r.data.source_file === file)!.data;
  const entityName = (id: string | null) => {
    if (!id) return '(none)';
    const e = corpus.entities.find((x) => x.data.id === id)?.data;
    return e ? `${e.name} (${e.type === 'pdu' ? 'PDU' : e.type})` : id;
  };
  const mine = <T extends { data: { report_id: string } }>(xs: T[]) => xs.filter((x) => x.data.report_id === report.id);
  const findings = mine(corpus.findings);
  const kqs = mine(corpus.keyQuestions);
  const recs = mine(corpus.recommendations).sort((a, b) => a.data.order - b.data.order);
  const items = mine(corpus.actionPlanItems).sort((a, b) => a.data.item - b.data.item);
  const footnotes = mine(corpus.footnotes);
  const sections = report.outline.filter((o) => o.type === 'heading').length;
  const warnings = corpus.dataQuality
    .filter((d) => d.data.source_file === file)
    .sort((a, b) => (a.data.lines?.[0] ?? 0) - (b.data.lines?.[0] ?? 0) || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));

  const out: string[] = [];
  const field = (name: string, value: string | number) => out.push(`  ${`${name}:`.padEnd(19)}${value}`);
  field('kind', `${report.kind} (${KIND_NAME[report.kind]})`);
  field('id', report.id);
  field('title', report.title);
  field('entity', entityName(report.entity));
  field('region', report.region ? entityName(report.region) : '(none)');
  field('published', report.published ?? '(no date found)');
  if (report.framework) field('framework', report.framework);
  for (const v of report.verdicts) {
    const score = v.score !== null ? `score ${v.score}/${v.score_max ?? '?'}` : 'no score';
    field('verdict', `${entityName(v.entity)}: ${v.overall_rating ?? 'no overall rating'}, ${score}, fieldwork started ${v.fieldwork_started ?? '(not stated)'} (line ${v.source_line})`);
  }
  field('ratings', report.ratings.length);
  const codeWidth = Math.max(0, ...report.ratings.map((r) => `${r.standard_code} ${r.standard_name}`.length));
  const several = report.ratings.some((x) => x.entity !== report.ratings[0]!.entity);
  const whoWidth = several ? Math.max(...report.ratings.map((r) => entityName(r.entity).length)) : 0;
  for (const r of report.ratings) {
    const who = several ? `${entityName(r.entity).padEnd(whoWidth)}  ` : '';
    out.push(`    ${who}${`${r.standard_code} ${r.standard_name}`.padEnd(codeWidth)}  ${r.rating} (line ${r.source_line})`);
  }
  field('sections', sections);
  field('findings', findings.length);
  field('key questions', kqs.length);
  field('recommendations', recs.length);
  field('action-plan items', items.length);
  field('footnotes', footnotes.length);

  if (report.kind === 'action-plan') {
    const answering = items.filter((i) => i.data.answers.length);
    field('responses', `${answering.length} of ${items.length} items answer a recommendation`);
    for (const { data: i } of items) {
      const to = i.answers.length ? i.answers.map((a) => `${a.recommendation} (${pct(a.score)})`).join(', ') : 'no recommendation found';
      out.push(`    item ${i.item} (${i.status}) → ${to}`);
    }
  } else {
    const answered = recs.filter((r) => r.data.response_item);
    field('responses', `${answered.length} of ${recs.length} recommendations answered`);
    for (const { data: r } of recs) {
      const label = r.number !== null ? `rec ${r.number}` : r.id.slice(report.id.length + 1);
      const by = r.response_item ? `${r.response_item} (${pct(r.match_score ?? 0)})` : 'no response found';
      out.push(`    ${label} to ${r.addressee} ← ${by}`);
    }
  }
  field('warnings', warnings.length);
  for (const { data: d } of warnings) out.push(`    ${d.lines ? `line ${d.lines[0]}: ` : ''}${d.check}: ${d.message}`);
  return out;
}

export function formatCheck(result: CheckResult): string {
  const out: string[] = [];
  for (const f of result.files) {
    if (out.length) out.push('');
    if (f.refusal) {
      out.push(`${f.file}: REFUSED`);
      out.push(...formatRefusal(f.refusal).map((l) => `  ${l}`));
    } else {
      out.push(`${f.file}: ok`);
      out.push(...f.lines);
    }
  }
  const refused = result.files.filter((f) => f.refusal).length;
  out.push('', `check: ${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${result.files.length - refused} ok, ${refused} refused; nothing written`);
  return out.join('\n');
}
