import { describe, expect, it } from 'vitest';
import { buildBlocks, buildToc, normaliseLevels, splitCrossRefs } from './blocks';
import type { Finding, OutlineItem } from '../../core/schemas';

const f = (anchor: string, kind: Finding['kind'], section = 'S', cells?: string[]): Finding => ({
  id: `r/${anchor}`, anchor, report_id: 'r', kind, section, section_id: null, entity: null, standard: null, standard_code: null,
  text: anchor, themes: [], footnotes: [], source_lines: [1, 1], order: 0, first_abbreviations: [], ...(cells ? { cells } : {}),
});

describe('normaliseLevels', () => {
  it('rebases to h2 and never skips a level', () => {
    const outline: OutlineItem[] = [
      { type: 'heading', id: 'a', text: 'A', level: 1, line: 1 },
      { type: 'heading', id: 'b', text: 'B', level: 4, line: 2 },
      { type: 'heading', id: 'c', text: 'C', level: 2, line: 3 },
    ];
    expect([...normaliseLevels(outline).values()]).toEqual([2, 3, 3]);
  });
});

describe('buildBlocks', () => {
  it('groups bullets, table rows and recommendations by section', () => {
    const fs = [f('a', 'strength'), f('b', 'area-for-improvement'), f('c', 'bullet', 'T'), f('d', 'table-row', 'T', ['x']), f('e', 'key-question', 'T', ['y', '1%']), f('g', 'narrative'), f('h', 'testimonial')];
    const outline: OutlineItem[] = fs.map((x) => ({ type: 'finding', id: x.id }));
    const blocks = buildBlocks(outline, new Map(fs.map((x) => [x.id, x])));
    expect(blocks.map((b) => b.type)).toEqual(['list', 'list', 'table', 'p', 'quote']);
    expect(blocks[0].type === 'list' && blocks[0].findings.length).toBe(2);
    expect(blocks[2].type === 'table' && blocks[2].findings.length).toBe(2);
  });
});

describe('buildToc', () => {
  it('nests headings', () => {
    const toc = buildToc([
      { type: 'heading', id: 'a', text: 'A', level: 2 },
      { type: 'heading', id: 'b', text: 'B', level: 3 },
      { type: 'heading', id: 'c', text: 'C', level: 2 },
    ]);
    expect(toc.map((n) => [n.id, n.children.map((c) => c.id)])).toEqual([['a', ['b']], ['c', []]]);
  });
});

describe('splitCrossRefs', () => {
  it('splits references as written', () => {
    expect(splitCrossRefs('see recommendation 22, which')).toEqual(['see ', { text: 'recommendation 22', number: 22 }, ', which']);
    expect(splitCrossRefs('nothing here')).toEqual(['nothing here']);
  });
});
