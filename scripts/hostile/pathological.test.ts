// Pathological constructs (issue 14), the fast version for CI: each case of pathological.ts,
// at 20 kB, is ingested and rendered the way the build renders it (every content entry's
// Markdown and every finding through the site's Markdown pipeline) and timed against its clean
// twin of the same size. Not an absolute threshold: a ratio, with a generous bound (3×; the
// full builds of `npm run bench -- --hostile` are held to 1.5×). Quadratic reading made these
// 10× to 100× at this size. Each case also keeps the document's words: the added text's
// letters all reach the rendered finding.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownProcessor, markdownShared } from '../../src/markdown/options';
import type { ReportFindings } from '../../core/schemas';
import { ingestInThread as ingest } from '../pipeline/ingest';
import { FINDINGS_DIR } from '../pipeline/write';
import { cleanText, pathologicalCases, surrey, withParagraph } from './pathological';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BYTES = 20_000;
const BOUND = 3;
const { seed } = surrey(join(ROOT, 'seeds'));
const work = mkdtempSync(join(tmpdir(), 'pathological-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const renderer = await markdownProcessor.createRenderer(markdownShared);

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** Ingest the document alone and render all its Markdown; ms, and the rendered findings' HTML. */
async function build(bytes: Buffer): Promise<{ ms: number; html: string }> {
  const dir = mkdtempSync(join(work, 'case-'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', seed.name), bytes);
  const t0 = performance.now();
  ingest(join(dir, 'seeds'), join(dir, 'content'));
  const html: string[] = [];
  for (const f of walk(join(dir, 'content'))) {
    const text = readFileSync(f, 'utf8');
    if (f.includes(`/${FINDINGS_DIR}/`)) {
      for (const finding of (load(text) as ReportFindings).findings) html.push((await renderer.render(finding.markdown, { frontmatter: finding })).code);
    } else if (f.endsWith('.md')) {
      // Footnotes and whole documents; the other entries are YAML data, with no Markdown.
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      if (body.trim()) await renderer.render(body, { frontmatter: {} });
    }
  }
  const ms = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  return { ms, html: html.join('\n') };
}

/** How many times each letter or digit occurs. */
function letterCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) if (/[A-Za-z0-9]/.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}
/** The text of rendered HTML: tags dropped, the references it writes decoded. */
const htmlText = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&(amp|lt|gt|quot);/g, '');
/** The words of added text: without the tags the ingest reads as markup, link targets, references. */
const addedWords = (text: string) => text.replace(/<\/?(b|i|u|p|sup|span|br|strong|em)>/gi, '').replace(/\]\(https?:[^)]*\)/g, ']').replace(/&#42;|&amp;/g, '');
const base = await build(Buffer.from(seed.text, 'utf8'));
const baseCounts = letterCounts(htmlText(base.html));

describe(`pathological constructs (${BYTES / 1000} kB each): ingest + render within ${BOUND}× of a clean document of the same size`, () => {
  const rows: string[] = [];
  afterAll(() => console.log(`pathological constructs, ingest + render vs clean twin:\n${rows.join('\n')}`));

  for (const c of pathologicalCases(BYTES)) {
    it(c.id, { timeout: 120_000 }, async () => {
      const hostile = withParagraph(seed, c.text);
      const clean = withParagraph(seed, cleanText(seed, Buffer.byteLength(c.text)));
      expect(Math.abs(hostile.length - clean.length)).toBeLessThan(8);
      await build(clean); // warm
      let ratio = Infinity;
      let h = { ms: 0, html: '' };
      let k = { ms: 0, html: '' };
      // Best of three, so that a pause of the machine is not taken for the construct's cost.
      for (let attempt = 0; attempt < 3 && ratio > BOUND; attempt++) {
        h = await build(hostile);
        k = await build(clean);
        ratio = Math.min(ratio, h.ms / k.ms);
      }
      rows.push(`  ${c.id.padEnd(18)} ${h.ms.toFixed(0).padStart(6)} ms vs ${k.ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}×`);
      expect(ratio, `${c.id}: ${h.ms.toFixed(0)} ms vs ${k.ms.toFixed(0)} ms clean`).toBeLessThanOrEqual(BOUND);
      // Every word of the added text reaches the rendered findings (markup characters may go):
      // each letter occurs at least as often more than in the plain document.
      const got = letterCounts(htmlText(h.html));
      const lost = [...letterCounts(addedWords(c.text))].filter(([ch, n]) => (got.get(ch) ?? 0) - (baseCounts.get(ch) ?? 0) < n);
      expect(lost, `${c.id}: letters lost`).toEqual([]);
    });
  }
});
