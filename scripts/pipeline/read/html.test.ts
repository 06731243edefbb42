// The inspectorate's web layout (since 2025) as a reader: every seed, published as such a page
// (render-2025.ts: headings as <h2>/<h3> with "(Back to top)", tables as <table>, the cover as
// the page's title and a "Published:" line), gives the same facts as its text: the rows of the
// open data files and the kind and standard of every finding, as the typography suite compares
// them (../typography/facts.ts). One thing differs by design: the printed cover's lines are
// findings of their own ("An inspection of probation services in:" and "Surrey PDU"), the
// page's title one, so the cover's 'metadata' findings are compared as facts (title, entity,
// region, date), not one by one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse';
import { decodeSource } from '../read';
import { ParseError } from '../types';
import { parseInline } from '../inline';
import { facts, firstDifference } from '../typography/facts';
import { isHtml, readHtml } from './html';
import { render2025 } from './render-2025';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const names = readdirSync(SEEDS).filter((n) => !n.startsWith('.') && !n.endsWith('.meta.yaml') && statSync(join(SEEDS, n)).isFile()).sort();
const texts = names.map((n) => readFileSync(join(SEEDS, n), 'utf8'));
const lines = (text: string) => decodeSource(new TextEncoder().encode(text)).lines;
const parse = (file: string, text: string) => ({ file, sha256: 'x', doc: parseDocument(lines(text)) });
const originals = names.map((n, i) => parse(n, texts[i]!));
const REGROUPED = ['metadata'];
const baseline = facts(originals, false, REGROUPED);
const SURREY = names.indexOf('001_9532c6c7ee9a86e4.txt');

describe('a seed published as a 2025 web page', () => {
  names.forEach((name, k) => {
    it(`${name} gives the same facts as its text`, () => {
      const html = render2025(texts[k]!);
      expect(isHtml(lines(html))).toBe(true);
      const sources = originals.map((s, j) => (j === k ? parse(name, html) : s));
      expect(firstDifference(baseline, facts(sources, false, REGROUPED))).toBeNull();
    });
  });

  it('reads its cover from the page’s title and “Published:” line', () => {
    const html = render2025(texts[SURREY]!);
    expect(html).toContain('<h1 id="top">An inspection of probation services in: Surrey PDU</h1>');
    expect(html).toContain('<p>Published: March 2024</p>');
    const doc = parseDocument(lines(html));
    expect([doc.kind, doc.title, doc.entityName, doc.regionName, doc.published]).toEqual([
      'pdu-report',
      'An inspection of probation services in: Surrey PDU',
      'Surrey',
      'Kent, Surrey and Sussex',
      '2024-03',
    ]);
  });

  it('leaves the “(Back to top)” links out of its headings', () => {
    const html = render2025(texts[SURREY]!);
    expect(html).toContain('<h3>Foreword <a href="#top">(Back to top)</a></h3>');
    const headings = parseDocument(lines(html)).nodes.filter((n) => n.type === 'heading').map((n) => n.text);
    expect(headings).toContain('Foreword');
    expect(headings.filter((h) => /back to top/i.test(h))).toEqual([]);
  });

  it('numbers its lines as the page’s source: a refusal names the page’s line', () => {
    const html = render2025(texts[SURREY]!).replace('<p>Inadequate</p>', '<p>Inadequte</p>');
    const at = html.split('\n').findIndex((l) => l === '<p>Inadequte</p>') + 1;
    expect(() => parseDocument(lines(html))).toThrow(ParseError);
    expect(() => parseDocument(lines(html))).toThrow(`line ${at}: unknown rating "Inadequte" for the overall rating`);
  });
});

describe('readHtml', () => {
  it('reads headings, tables, numbered lists and footnotes as the text reader’s blocks', () => {
    const page = [
      '<!DOCTYPE html><html><body>',
      '<h2>Recommendations <a href="#top">(Back to top)</a></h2>',
      '<h3><strong>Surrey PDU should:</strong> <a href="#top">(Back to top)</a></h3>',
      '<ol start="4"><li>ensure all staff receive the necessary training to undertake their roles</li>',
      '<li>ensure all MAPPA cases are identified</li></ol>',
      '<table><tr><td>Key question</td><td>Percentage \'Yes\'</td></tr></table>',
      '<p class="footnote" id="fn-1"><sup>1</sup> Source: Office for National Statistics.</p>',
      '</body></html>',
    ];
    const { blocks, lines: view } = readHtml(page);
    expect(blocks.map((b) => [b.type, 'raw' in b ? b.raw : '', b.lines[0]])).toEqual([
      ['heading', 'Recommendations', 2],
      ['heading', '<b>Surrey PDU should:</b>', 3],
      ['bullet', 'ensure all staff receive the necessary training to undertake their roles', 4],
      ['bullet', 'ensure all MAPPA cases are identified', 5],
      ['table-row', "Key question\tPercentage 'Yes'", 6],
      ['footnote', 'Source: Office for National Statistics.', 7],
    ]);
    expect(blocks.filter((b) => b.type === 'bullet').map((b) => (b.type === 'bullet' ? b.marker : ''))).toEqual(['4.', '5.']);
    expect(view[2]).toBe('Surrey PDU should:');
  });

  it('keeps a page’s words as text, never as markup', () => {
    const { blocks } = readHtml(['<html><body><p>Staff said &lt;img src=x onerror=alert(1)&gt; and **this** [here](javascript:x)</p></body></html>']);
    const raw = (blocks[0] as { raw: string }).raw;
    expect(raw).toBe('Staff said &lt;img src=x onerror=alert(1)> and \\*\\*this\\*\\* \\[here\\](javascript:x)');
    const read = parseInline(raw);
    expect(read.text).toBe('Staff said <img src=x onerror=alert(1)> and **this** [here](javascript:x)');
    expect(read.inline.map((n) => n.type)).toEqual(['text']);
  });

  it('is chosen by the page’s opening, not its file name', () => {
    expect(isHtml(['', '<!DOCTYPE html>', '<html>'])).toBe(true);
    expect(isHtml(['<html lang="en">'])).toBe(true);
    expect(isHtml(lines(texts[SURREY]!))).toBe(false);
  });
});
