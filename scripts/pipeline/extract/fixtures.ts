// Fixture tests of the extractors, as remark-gfm keeps its fixtures: <dir>/<extractor>/<case>/
// holds input.txt (a small excerpt of a real document), an optional config.json (what kind of
// document the excerpt is from: report by default, letter or action-plan; the level, pdu by
// default, of a report's programme; the inspected entity's name) and expected.json, the
// extractor's result or the refusal it makes. UPDATE=1 writes expected.json from the result
// instead of comparing (read the diff before committing it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, describe } from 'vitest';
import type { EntityType, Framework } from '../../../core/schemas';
import { segment, type Block } from '../blocks';
import { decodeSource } from '../read';
import { foldTypography } from '../normalise/typography';
import { ParseError, type DocNode } from '../types';
import { standardsNamedIn } from '../parse/common';
import { identifyProgramme } from '../framework/programmes';
import { flatten, type Section, type TextBlock } from '../tree/types';
import { reportTree } from '../parse/report/tree';
import { letterTree } from '../parse/letter/tree';
import { planTree } from '../parse/action-plan';

export interface Config {
  kind?: 'report' | 'letter' | 'action-plan';
  level?: EntityType;
  entity?: string;
}

/** An excerpt read into its tree, as its kind's reader reads a whole document. */
export interface Excerpt {
  lines: string[];
  blocks: TextBlock[];
  root: Section;
  nodes: DocNode[];
  framework: Framework;
  level: EntityType;
  entity: string;
}

export function readExcerpt(text: string, config: Config): Excerpt {
  const lines = foldTypography(decodeSource(new TextEncoder().encode(text)).lines);
  const all: Block[] = segment(lines);
  const blocks = all.filter((b): b is TextBlock => b.type !== 'rule');
  const level = config.level ?? 'pdu';
  const programme = identifyProgramme(level, standardsNamedIn(blocks))!;
  const root =
    config.kind === 'letter' ? letterTree(blocks, lines, programme).root : config.kind === 'action-plan' ? planTree(all, lines) : reportTree(blocks, programme).root;
  return { lines, blocks, root, nodes: flatten(root), framework: programme.framework, level, entity: config.entity ?? 'the inspected entity' };
}

/** What a result is written as: plain JSON, mdast inline content left out (the text says it). */
const json = (v: unknown) => `${JSON.stringify(v, (k, x) => (k === 'inline' ? undefined : x), 2)}\n`;

export function runFixtures(dir: string, extractors: Record<string, (x: Excerpt) => unknown>): void {
  for (const name of readdirSync(dir).sort()) {
    const run = extractors[name];
    describe(name, () => {
      it('has an extractor of that name', () => expect(run, `no extractor ${name}`).toBeDefined());
      for (const c of readdirSync(join(dir, name)).sort()) {
        const at = (f: string) => join(dir, name, c, f);
        it(c, () => {
          const config: Config = existsSync(at('config.json')) ? JSON.parse(readFileSync(at('config.json'), 'utf8')) : {};
          let result: unknown;
          try {
            result = run!(readExcerpt(readFileSync(at('input.txt'), 'utf8'), config));
          } catch (e) {
            if (!(e instanceof ParseError)) throw e;
            result = { refused: e.message };
          }
          if (process.env.UPDATE) writeFileSync(at('expected.json'), json(result));
          expect(json(result)).toBe(readFileSync(at('expected.json'), 'utf8'));
        });
      }
    });
  }
}
