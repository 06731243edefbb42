// The linear reader (linear-read.ts) against micromark on the Markdown the ingest writes: for
// any inline nodes the ingest can make (text of any characters, emphasis, strong, links), the
// reader gives the tree CommonMark gives; and the guard hands micromark every block of the
// seeds, so the site does not change.
import fc from 'fast-check';
import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../scripts/pipeline/assemble';
import { readBlock, readInline } from './linear-read';
import { MARKUP_LIMIT, blocksOf, isDense, markupCount } from './remark-linear-guard';
import { markdownProcessor, markdownShared } from './options';

/** The tree without positions, adjacent texts merged (as micromark merges them). */
function clean(nodes: Nodes[]): unknown[] {
  const out: Record<string, unknown>[] = [];
  for (const n of nodes) {
    const { position: _p, ...rest } = n as Nodes & { position?: unknown };
    const copy: Record<string, unknown> = { ...rest };
    if ('children' in n) copy.children = clean(n.children as Nodes[]);
    if (copy.type === 'link' && copy.title === undefined) copy.title = null;
    const last = out[out.length - 1];
    if (copy.type === 'text' && last?.type === 'text') last.value = String(last.value) + String(copy.value);
    else out.push(copy);
  }
  return out;
}
const micromarkInline = (md: string) => {
  const root = fromMarkdown(md);
  const p = root.children[0];
  return p && p.type === 'paragraph' ? clean(p.children) : clean(root.children);
};

// Text the ingest could hold: markup characters, entities, spaces, and a few letters (no line
// endings: the ingest joins a finding's lines; no `w`/`h`, `~` to keep GFM's bare links and
// strikethrough, which plain CommonMark does not have, out of it).
const char = fc.constantFrom(...'ab *_[]()<>!`&#;:/\\.-1@x'.split(''), '&amp;', '&#42;', '\u00a0', 'é', '“');
const text = fc.array(char, { minLength: 1, maxLength: 12 }).map((cs): PhrasingContent => ({ type: 'text', value: cs.join('') }));
const url = fc.constantFrom('https://www.gov.uk/a', 'https://x.org/p?q=1&r=(2)', '#fn-4', 'mailto:a@b.uk', 'https://x.org/a b');
const tree: fc.Arbitrary<PhrasingContent[]> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    fc.record({ type: fc.constantFrom('emphasis' as const, 'strong' as const), children: tie('nodes') as fc.Arbitrary<PhrasingContent[]> }),
    fc.record({ type: fc.constant('link' as const), url, title: fc.constant(null), children: tie('nodes') as fc.Arbitrary<PhrasingContent[]> }),
  ),
  nodes: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
})).nodes as fc.Arbitrary<PhrasingContent[]>;

const flat = (ns: Nodes[]): string => ns.map((n) => ('value' in n ? n.value : 'children' in n ? flat(n.children as Nodes[]) : '')).join('');

const nestedLink = (ns: Nodes[], inLink: boolean): boolean =>
  ns.some((n) => (n.type === 'link' && inLink) || ('children' in n && nestedLink(n.children as Nodes[], inLink || n.type === 'link')));

describe('linear reader', () => {
  it('reads what the ingest writes as CommonMark does', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const md = inlineMarkdown(nodes).trim();
        // Links inside links are not CommonMark; the ingest never nests them.
        fc.pre(!nestedLink(nodes, false));
        // The ingest trims a finding's text at both ends (inline.ts normaliseSpace).
        fc.pre(!/^\s|\s$/.test(flat(nodes)));
        const ours = readInline(md);
        const theirs = micromarkInline(md);
        // Every character, always; the same tree when the writer used only `*` for emphasis
        // (it writes `_` where `*` would not pair, as in nested emphasis: the reader, for
        // dense blocks only, keeps those as text).
        expect(flat(ours).replace(/[*_]/g, '')).toBe(flat(theirs as Nodes[]).replace(/[*_]/g, ''));
        if (!/(^|[^\\])(\\\\)*_/.test(md)) expect(clean(ours)).toEqual(theirs);
      }),
      { seed: 14, numRuns: 2000 },
    );
  });
  it('reads headings and paragraphs', () => {
    expect(readBlock('## Key *findings* ##')).toEqual({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Key ' }, { type: 'emphasis', children: [{ type: 'text', value: 'findings' }] }] });
    expect(readBlock('  plain \\*text\\* &amp; more  ')).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'plain *text* & more' }] });
  });
  it('keeps every character of markers it does not pair', () => {
    const src = '[a]('.repeat(50) + '**a'.repeat(51) + '_a'.repeat(50) + '<sup>'.repeat(20) + '`'.repeat(9);
    expect(flat(readInline(src)).replace(/\*/g, '')).toBe(src.replace(/\*/g, ''));
  });
});

describe('linear guard', () => {
  it('counts markup up to a limit', () => {
    expect(markupCount('a *b* [c](d) e_f & g')).toBe(8);
    expect(isDense('*'.repeat(MARKUP_LIMIT))).toBe(false);
    expect(isDense('*'.repeat(MARKUP_LIMIT + 1))).toBe(true);
    expect(blocksOf('# A\n\npara one\nstill\n \t\n\n\ntwo')).toEqual(['# A', 'para one\nstill', 'two']);
  });
  it('renders a dense finding through the linear reader and a plain one as before', async () => {
    const r = await markdownProcessor.createRenderer(markdownShared);
    const html = async (md: string) => (await r.render(md, { frontmatter: { anchor: 'p-1' } })).code;
    const dense = '\\[a]\\('.repeat(300) + ' **bold** [x](https://www.gov.uk) [3](#fn-3) <b>';
    expect(await html(dense)).toBe(
      '[a]('.repeat(300) + ' <strong>bold</strong> <a href="https://www.gov.uk" rel="noopener">x</a> <sup><a href="#fn-3" id="fnref-p-1-3">3</a></sup> &#x3C;b>',
    );
    expect(await html('a **b** c\n\n' + '\\*'.repeat(300))).toBe('a <strong>b</strong> c<br>' + '*'.repeat(300));
  });
});
