// The typography-invariance suite (issue 9): every seed, rewritten the ways PDF extraction
// writes documents of its kind (variants.ts), must give the same facts as the original: the
// rows of the open data files under /data/ (reports, ratings, key questions, recommendations
// with the responses linked to them, action-plan items with the recommendations they answer)
// and the kind and standard of every finding, in order.
//
// Facts compare with the text's typography folded where the fact quotes the document (the
// site quotes its sources as written): quote marks, dashes and spacing. Nothing else is folded,
// except where a variant says why it must be (variants.ts): a few variants split or join blocks
// (a rating moved onto its descriptor's line is one finding, not two), so findings of those
// kinds are left out of the comparison of findings; one loses bullets, after which a paragraph
// following a list cannot be told from one more item, so list kinds compare as one. A finding's
// permalink hashes its own words, so finding ids are not compared; its kind and standard are.
import { readdirSync, readFileSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../parse';
import { decodeSource } from '../read';
import type { SourceDoc } from '../assemble';
import { readSeeds } from '../ingest';
import { COMBINATIONS, VARIANTS, type Variant } from './variants';
import { facts, firstDifference, type Facts } from './facts';
import { isMetaFile } from '../meta';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const names = readdirSync(SEEDS).filter((n) => !n.startsWith('.') && !isMetaFile(n) && statSync(join(SEEDS, n)).isFile()).sort();
const texts = new Map(names.map((n) => [n, readFileSync(join(SEEDS, n), 'utf8')]));

function parse(file: string, text: string): SourceDoc {
  const { lines } = decodeSource(new TextEncoder().encode(text));
  return { file, sha256: 'x', doc: parseDocument(lines) };
}

const originals = names.map((n) => parse(n, texts.get(n)!));
const baseline = facts(originals);
const baselines = new Map<string, Facts>();
const baselineFor = (v: Variant): Facts => {
  const key = `${!!v.listKindsAmbiguous}/${(v.findingsRegrouped ?? []).join()}`;
  if (!baselines.has(key)) baselines.set(key, facts(originals, v.listKindsAmbiguous, v.findingsRegrouped));
  return baselines.get(key)!;
};
const ALL: Variant[] = [...VARIANTS, ...COMBINATIONS];
const tally = { tried: 0, identical: 0, perSeed: new Map<string, number>() };

afterAll(() => {
  console.log(
    `typography: ${VARIANTS.length} variant kinds and ${COMBINATIONS.length} combinations, ` +
      `${tally.tried} variants tried, ${tally.identical} identical ` +
      `(${[...tally.perSeed].map(([n, k]) => `${n}: ${k}`).join(', ')}, renamed files: 1)`,
  );
});

describe('typography-invariance suite', () => {
  it(`has at least 20 kinds of variant, each changing some seed`, () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(20);
    for (const v of ALL) {
      const changes = names.filter((n) => v.apply(texts.get(n)!) !== texts.get(n)!);
      expect(changes.length, `${v.name} changes no seed`).toBeGreaterThan(0);
    }
  });

  for (const v of ALL) {
    it(`${v.name}: ${v.note}`, () => {
      const failures: string[] = [];
      names.forEach((name, k) => {
        const original = texts.get(name)!;
        const text = v.apply(original);
        if (text === original) return; // nothing of this kind in this seed
        tally.tried++;
        tally.perSeed.set(name, (tally.perSeed.get(name) ?? 0) + 1);
        let diff: string | null;
        try {
          const sources = originals.map((s, j) => (j === k ? parse(name, text) : s));
          diff = firstDifference(baselineFor(v), facts(sources, v.listKindsAmbiguous, v.findingsRegrouped));
        } catch (e) {
          diff = `refused: ${e instanceof Error ? e.message : String(e)}`;
        }
        if (diff) failures.push(`${name}: ${diff}`);
        else tally.identical++;
      });
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('reads the seeds under any file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'typography-'));
    try {
      const other = ['report.md', 'Surrey PDU (final).TXT', 'z', 'action plan 2024.text', 'WEST KENT'];
      expect(other.length).toBeGreaterThanOrEqual(names.length); // one new name a seed
      names.forEach((n, i) => writeFileSync(join(dir, other[(i + 1) % other.length]!), texts.get(n)!));
      const sources = readSeeds(dir, dir).sort((a, b) => names.indexOf(a.file) - names.indexOf(b.file));
      tally.tried++;
      expect(firstDifference(baseline, facts(sources))).toBeNull();
      tally.identical++;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
