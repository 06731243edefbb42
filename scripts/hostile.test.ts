// Hostile documents (issue 5), ingest side: every case made by scripts/hostile/generate.ts from
// the real seeds is run through the ingest in-process (a handful through the CLI, for the exit
// code), and must end as its case allows:
//   refused   an IngestError "<file>:<line>: <reason>" naming the case's file and a plausible
//             line, and the output folder exactly as it was (a sentinel file proves it);
//   ingested  content written whole; injected markup only ever text: the frontmatter holds it
//             verbatim, the Markdown body holds no HTML, image or unsafe link, and the body
//             rendered the way the site renders it holds no <script>, <img>, <iframe>, <style>
//             element nor a javascript: URL.
// A crash with anything but a refusal (TypeError, a schema ValidationError…) is a defect.
// The summary table of how the cases ended is printed at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { load } from 'js-yaml';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownProcessor, markdownShared } from '../src/markdown/options';
import type { ReportFindings } from '../core/schemas';
import { generateCases, loadSeeds, type HostileCase, type Outcome } from './hostile/generate';
import { IngestError, ingestInThread as ingest } from './pipeline/ingest';
import { FINDINGS_DIR, serialise } from './pipeline/write';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const seeds = loadSeeds(join(ROOT, 'seeds'));
const cases = generateCases(seeds);
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const SENTINEL = 'previous content\n';

type Ending = Outcome | 'crashed';
interface Result {
  c: HostileCase;
  ending: Ending;
  message: string;
  defects: string[];
  ms: number;
  via: 'in-process' | 'cli';
}
const results: Result[] = [];

// ---------------------------------------------------------------------------------------------
// Running a case.

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
/**
 * The content folder, path → text; each report's findings file is read as one entry per finding
 * (findings/<report>/<anchor>.md: its record as frontmatter, its Markdown as body), so that
 * every finding is checked on its own.
 */
function snapshot(dir: string): Map<string, string> {
  const snap = new Map<string, string>();
  for (const f of walk(dir)) {
    const path = relative(dir, f);
    const text = readFileSync(f, 'utf8');
    if (!path.startsWith(`${FINDINGS_DIR}/`) || !path.endsWith('.yaml')) {
      snap.set(path, text);
      continue;
    }
    const { findings } = load(text) as ReportFindings;
    for (const { markdown, ...data } of findings) {
      snap.set(`${FINDINGS_DIR}/${data.report_id}/${data.anchor}.md`, serialise({ data, body: markdown }));
    }
  }
  return snap;
}
/** Content with what legitimately differs between two folders (the source path and checksum) blanked. */
const comparable = (text: string) => text.replace(/^(\s*source_file|source_sha256): .*$/gm, '$1:');

interface Setup {
  dir: string;
  seedsDir: string;
  out: string;
}
function setUp(c: HostileCase): Setup {
  const dir = mkdtempSync(join(work, 'case-'));
  const seedsDir = join(dir, 'seeds');
  mkdirSync(seedsDir);
  for (const f of c.files) writeFileSync(join(seedsDir, f.name), f.bytes);
  const out = join(dir, 'content');
  mkdirSync(out);
  writeFileSync(join(out, 'sentinel.md'), SENTINEL);
  return { dir, seedsDir, out };
}

/** The defects of a case that ended as it did: everything but the injection checks. */
function judge(c: HostileCase, s: Setup, ending: Ending, message: string, cwd: string): string[] {
  const defects: string[] = [];
  const leftovers = readdirSync(s.dir).filter((n) => n !== 'seeds' && n !== 'content');
  if (leftovers.length) defects.push(`left ${leftovers.join(', ')} beside the output folder`);
  if (ending === 'crashed') defects.push(`crashed instead of refusing: ${message}`);
  else if (!c.allowed.includes(ending)) defects.push(`${ending}, but only ${c.allowed.join(' or ')} is allowed${message ? `: ${message}` : ''}`);
  if (ending !== 'ingested') {
    const after = snapshot(s.out);
    if (after.size !== 1 || after.get('sentinel.md') !== SENTINEL) defects.push(`the output folder changed: ${[...after.keys()].join(', ')}`);
  }
  if (ending === 'refused') {
    const m = /^(.+?):(\d+): (.+)$/s.exec(message);
    if (!m) defects.push(`message is not "<file>:<line>: <reason>": ${message}`);
    else {
      const [, file, line, reason] = m as unknown as [string, string, string, string];
      if (resolve(cwd, file) !== join(s.seedsDir, c.file)) defects.push(`message names ${file}, not ${c.file}: ${message}`);
      const n = Number(line);
      if (c.lines && (n < c.lines[0] || n > c.lines[1])) defects.push(`message names line ${n}, expected ${c.lines[0]}–${c.lines[1]}: ${reason}`);
    }
  }
  if (ending === 'ingested') {
    const after = snapshot(s.out);
    if (after.has('sentinel.md')) defects.push('the output folder was not replaced');
    const reports = [...after.keys()].filter((p) => p.startsWith('reports/'));
    if (reports.length !== c.files.length) defects.push(`${reports.length} reports written for ${c.files.length} documents`);
  }
  return defects;
}

function runInProcess(c: HostileCase): { s: Setup; r: Result } {
  const s = setUp(c);
  const t0 = performance.now();
  let ending: Ending;
  let message = '';
  try {
    ingest(s.seedsDir, s.out);
    ending = 'ingested';
  } catch (e) {
    if (e instanceof IngestError) {
      ending = 'refused';
      message = e.message;
    } else {
      ending = 'crashed';
      message = e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}` : String(e);
    }
  }
  const ms = performance.now() - t0;
  const defects = judge(c, s, ending, message, process.cwd());
  if (c.budgetMs && ms > c.budgetMs) defects.push(`took ${ms.toFixed(0)} ms (budget ${c.budgetMs} ms)`);
  return { s, r: { c, ending, message, defects, ms, via: 'in-process' } };
}

function runCli(c: HostileCase): { s: Setup; r: Result; status: number | null; stdout: string } {
  const s = setUp(c);
  const t0 = performance.now();
  const p = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), '--seeds', s.seedsDir, '--out', s.out], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - t0;
  const err = /^ingest: error: (.*)$/m.exec(p.stderr);
  let ending: Ending;
  let message = '';
  if (p.status === 0) ending = 'ingested';
  else if (p.status === 1 && err && p.stderr.trim().split('\n').filter((l) => !l.startsWith('  ')).length === 1) {
    ending = 'refused';
    message = err[1]!;
  } else {
    ending = 'crashed';
    message = `exit ${p.status} (${p.signal ?? 'no signal'}): ${p.stderr.slice(0, 500)}`;
  }
  const defects = judge(c, s, ending, message, ROOT);
  return { s, r: { c, ending, message, defects, ms, via: 'cli' }, status: p.status, stdout: p.stdout };
}

// ---------------------------------------------------------------------------------------------
// What ingested content must be.

const baselines = new Map<string, Map<string, string>>();
const bodies = new WeakMap<Map<string, string>, Set<string>>();
function bodiesOf(snap: Map<string, string>): Set<string> {
  let set = bodies.get(snap);
  if (!set) bodies.set(snap, (set = new Set([...snap.values()].map((t) => frontmatterOf(t).body))));
  return set;
}
/** The content of some seeds ingested as they are, by file name (ingested once, then kept). */
function baselineOf(names: string[]): Map<string, string> {
  const key = names.join('|');
  let snap = baselines.get(key);
  if (!snap) {
    const dir = mkdtempSync(join(work, 'baseline-'));
    mkdirSync(join(dir, 'seeds'));
    for (const n of names) writeFileSync(join(dir, 'seeds', n), seeds.find((x) => x.name === n)!.bytes);
    ingest(join(dir, 'seeds'), join(dir, 'content'));
    snap = snapshot(join(dir, 'content'));
    baselines.set(key, snap);
  }
  return snap;
}

/** A content entry's data and body: a Markdown entry's frontmatter and body, or a YAML data entry and no body. */
function frontmatterOf(text: string): { data: Record<string, unknown>; body: string } {
  if (!text.startsWith('---\n')) {
    const data = load(text);
    if (typeof data !== 'object' || data === null) throw new Error('neither frontmatter nor YAML data');
    return { data: data as Record<string, unknown>, body: '' };
  }
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) throw new Error('frontmatter not closed');
  return { data: load(text.slice(4, end + 1)) as Record<string, unknown>, body: text.slice(end + 5) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const SAFE_URL = (u: string) => /^#fn-\d+$/.test(u) || /^mailto:\S+$/i.test(u) || /^https?:\/\/[^\s/]+/i.test(u);
/** What rendered HTML must never hold, found by parsing it as a browser would. */
function dangerIn(html: string): string[] {
  const found: string[] = [];
  const visit = (n: HastNodes) => {
    if (n.type === 'comment') found.push(`an HTML comment ${JSON.stringify(n.value)}`);
    if (n.type === 'element') {
      if (/^(script|img|iframe|style|object|embed|link|meta|base|form|svg|math|template)$/i.test(n.tagName)) found.push(`a <${n.tagName}> element`);
      for (const [k, v] of Object.entries(n.properties)) {
        if (/^on/i.test(k)) found.push(`an event-handler attribute (${k}) on <${n.tagName}>`);
        if (/^(href|src|action|formAction|srcDoc)$/i.test(k) && /^\s*(javascript|vbscript|data):/i.test(String(v))) found.push(`a ${String(v).trim().split(':')[0]}: URL on <${n.tagName}>`);
      }
    }
    if ('children' in n) for (const k of n.children) visit(k);
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}
const htmlText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

let processor: MarkdownRenderer;

/** Markdown the ingest wrote must hold text only: no HTML, no image, no unsafe link. */
function markupIn(body: string, inlineOnly: boolean): string[] {
  const problems: string[] = [];
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const visit = (n: Nodes) => {
    if (n.type === 'html') problems.push(`raw HTML ${JSON.stringify(n.value.slice(0, 60))}`);
    if (n.type === 'image' || n.type === 'imageReference') problems.push('an image');
    if (n.type === 'link' && !SAFE_URL(n.url)) problems.push(`a link to ${JSON.stringify(n.url)}`);
    if (n.type === 'definition') problems.push(`a link definition ${JSON.stringify(n.url)}`);
    if ('children' in n) for (const k of n.children as Nodes[]) visit(k);
  };
  visit(tree);
  if (inlineOnly) {
    const blocks = tree.children.map((k) => k.type).filter((t) => t !== 'paragraph');
    if (blocks.length) problems.push(`block markup (${[...new Set(blocks)].join(', ')}) in a body that is only text`);
  }
  return problems;
}

async function checkContent(c: HostileCase, out: string): Promise<string[]> {
  const defects: string[] = [];
  const after = snapshot(out);
  const base = c.baseline ? baselineOf(c.baseline) : c.seed ? baselineOf([c.seed]) : undefined;
  if (c.sameAsSeed) {
    if (!base) return [`no baseline for ${c.seed}`];
    const missing = [...base.keys()].filter((p) => !after.has(p));
    const extra = [...after.keys()].filter((p) => !base.has(p));
    const differ = [...base.keys()].filter((p) => after.has(p) && comparable(after.get(p)!) !== comparable(base.get(p)!));
    if (missing.length || extra.length || differ.length) {
      defects.push(`content differs from the plain seed's: missing ${missing.slice(0, 3).join(', ') || '-'}; extra ${extra.slice(0, 3).join(', ') || '-'}; different ${differ.slice(0, 3).join(', ') || '-'}`);
    }
    return defects;
  }
  if (!c.placements) return defects;

  // Every frontmatter readable; every body the payload changed text only, and rendered safely.
  const baseBodies = base ? bodiesOf(base) : new Set<string>();
  const data = new Map<string, Record<string, unknown>>();
  const changed: [string, Record<string, unknown>, string][] = [];
  for (const [path, text] of after) {
    try {
      const { data: fm, body } = frontmatterOf(text);
      data.set(path, fm);
      if (!baseBodies.has(body)) changed.push([path, fm, body]);
    } catch (e) {
      defects.push(`${path}: frontmatter unreadable: ${String(e)}`);
    }
  }
  for (const [path, fm, body] of changed) {
    for (const p of markupIn(body, !path.startsWith('documents/'))) defects.push(`${path}: ${p}`);
    const { code } = await processor.render(body, { frontmatter: fm });
    for (const what of dangerIn(code)) defects.push(`${path}: rendered body holds ${what}`);
  }
  if (base && c.files.length === 1) {
    // Injected text never changes what the document is.
    const [reportPath] = [...after.keys()].filter((p) => p.startsWith('reports/'));
    const [basePath] = [...base.keys()].filter((p) => p.startsWith('reports/'));
    if (reportPath !== basePath) defects.push(`the report became ${reportPath}, not ${basePath}`);
    else {
      const a = data.get(reportPath!)!;
      const b = frontmatterOf(base.get(basePath!)!).data;
      for (const k of ['id', 'kind', 'title', 'entity', 'region', 'published', 'overall_rating', 'score']) {
        if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) defects.push(`report ${k} changed: ${JSON.stringify(b[k])} → ${JSON.stringify(a[k])}`);
      }
    }
  }

  // Each placement: the text is in the frontmatter of what its line became, and shown as text.
  const findings = [...data].filter(([p]) => p.startsWith('findings/'));
  for (const pl of c.placements) {
    const want = norm(pl.expectText);
    if (pl.as === 'heading') {
      const report = [...data].find(([p]) => p.startsWith('reports/'))?.[1] as { outline?: { type: string; text?: string; line?: number }[] } | undefined;
      const h = report?.outline?.find((o) => o.type === 'heading' && o.line === pl.line);
      if (!h || !norm(h.text ?? '').includes(want)) defects.push(`${pl.where} (line ${pl.line}): no heading "${want}" in the outline (found ${JSON.stringify(h?.text)})`);
      continue;
    }
    const hit = findings.find(([, f]) => {
      const [a, b] = f.source_lines as [number, number];
      return a <= pl.line && pl.line <= b && norm(String(f.text)).includes(want);
    });
    if (!hit) {
      const near = findings.filter(([, f]) => (f.source_lines as number[])[0]! <= pl.line && pl.line <= (f.source_lines as number[])[1]!).map(([, f]) => String(f.text).slice(0, 120));
      defects.push(`${pl.where} (line ${pl.line}): no finding's text holds ${JSON.stringify(want)}; findings of that line: ${JSON.stringify(near)}`);
      continue;
    }
    const { body } = frontmatterOf(after.get(hit[0])!);
    const { code } = await processor.render(body, { frontmatter: hit[1] });
    if (!norm(htmlText(code)).includes(want)) defects.push(`${pl.where} (line ${pl.line}): the rendered finding does not show ${JSON.stringify(want)}: ${code.slice(0, 300)}`);
    if (!norm(toString(fromMarkdown(body))).includes(want)) defects.push(`${pl.where} (line ${pl.line}): the Markdown body does not read back as ${JSON.stringify(want)}`);
    if (pl.keyQuestion) {
      const kq = [...data].find(([p, d]) => p.startsWith('key-questions/') && d.source_line === pl.line);
      if (!kq || !norm(String(kq[1].question)).includes(want)) defects.push(`${pl.where} (line ${pl.line}): the key question does not hold ${JSON.stringify(want)} (${JSON.stringify(kq?.[1].question)})`);
    }
  }
  return defects;
}

// ---------------------------------------------------------------------------------------------
// The suite.

beforeAll(async () => {
  processor = await markdownProcessor.createRenderer(markdownShared);
  for (const seed of seeds) baselineOf([seed.name]);
}, 60_000);

afterAll(() => {
  console.log(summary());
  rmSync(work, { recursive: true, force: true });
});

describe('the generator', () => {
  it('finds every kind of document among the seeds and makes cases of each category', () => {
    expect(new Set(seeds.map((s) => s.kind))).toEqual(new Set(['inspection-report', 'regional-letter', 'action-plan']));
    const categories = new Set(cases.map((c) => c.category));
    for (const k of ['truncated', 'binary', 'latin-1', 'crlf / bom', 'size', 'unknown rating', 'duplicated section', 'missing section', 'duplicate', 'empty', 'injection']) {
      expect(categories, k).toContain(k);
    }
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
});

const CLI_CASES = new Set<string>();
{
  // A handful through the CLI, for the exit code and the one-line message on stderr (its
  // expected / found / hint lines, indented, follow it).
  const pick = (f: (c: HostileCase) => boolean) => {
    const c = cases.find(f);
    if (c) CLI_CASES.add(c.id);
  };
  pick((c) => c.category === 'truncated' && /mid-UTF-8/.test(c.id));
  pick((c) => c.category === 'size' && /MB$/.test(c.id) && !/just under/.test(c.id));
  pick((c) => c.category === 'duplicate');
  pick((c) => c.category === 'empty');
  pick((c) => c.category === 'injection' && /script in .*testimonial/.test(c.id));
}

const categories = [...new Set(cases.map((c) => c.category))];
describe.each(categories)('hostile documents: %s', (category) => {
  const mine = cases.filter((c) => c.category === category && !CLI_CASES.has(c.id));
  it.each(mine.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { s, r } = runInProcess(c);
    results.push(r);
    if (r.ending === 'ingested') r.defects.push(...(await checkContent(c, s.out)));
    rmSync(s.dir, { recursive: true, force: true });
    expect(r.defects).toEqual([]);
  }, 60_000);
});

describe('hostile documents through the CLI', () => {
  it.each(cases.filter((c) => CLI_CASES.has(c.id)).map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { s, r, status, stdout } = runCli(c);
    results.push(r);
    if (r.ending === 'ingested') {
      if (status !== 0 || !/ingest: wrote \d+ content files/.test(stdout)) r.defects.push(`exit ${status}, stdout ${stdout.slice(0, 200)}`);
      r.defects.push(...(await checkContent(c, s.out)));
    } else if (status === 0) r.defects.push('exit code 0 on a refusal');
    rmSync(s.dir, { recursive: true, force: true });
    expect(r.defects).toEqual([]);
  }, 60_000);
});

function summary(): string {
  const cats = [...new Set(results.map((r) => r.c.category))];
  const rows = cats.map((cat) => {
    const rs = results.filter((r) => r.c.category === cat);
    const count = (e: Ending) => rs.filter((r) => r.ending === e).length;
    return [cat, rs.length, count('ingested'), count('refused'), count('crashed'), rs.filter((r) => r.defects.length).length, rs.filter((r) => r.via === 'cli').length];
  });
  const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
  rows.push(['total', sum(1), sum(2), sum(3), sum(4), sum(5), sum(6)]);
  const head = ['category', 'tried', 'ingested', 'refused', 'crashed', 'defects', 'via CLI'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  const out = ['', 'hostile documents: how each case ended', line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  rows.forEach((r, i) => {
    if (i === rows.length - 1) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(line(r));
  });
  const cutIngested = results.filter((r) => r.c.category === 'truncated' && r.ending === 'ingested');
  if (cutIngested.length) {
    out.push('', 'truncations that still read as a whole document (ingested, content checked):');
    for (const r of cutIngested) out.push(`  ${r.c.id}`);
  }
  const bad = results.filter((r) => r.defects.length);
  if (bad.length) {
    out.push('', 'defects:');
    for (const r of bad) out.push(`  ${r.c.id}:`, ...r.defects.map((d) => `    - ${d.split('\n')[0]}`));
  }
  const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  out.push('', `slowest: ${slow.map((r) => `${r.c.id} ${r.ms.toFixed(0)} ms`).join('; ')}`);
  return out.join('\n');
}
