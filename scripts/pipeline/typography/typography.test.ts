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
import { assemble, type SourceDoc } from '../assemble';
import { readSeeds } from '../../ingest';
import { actionPlanJson, keyQuestionsCsv, ratingsCsv, recommendationsJson, reportsJson } from '../../../src/lib/open-data';
import { COMBINATIONS, VARIANTS, type Variant } from './variants';
import { isMetaFile } from '../meta';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const names = readdirSync(SEEDS).filter((n) => !n.startsWith('.') && !isMetaFile(n) && statSync(join(SEEDS, n)).isFile()).sort();
const texts = new Map(names.map((n) => [n, readFileSync(join(SEEDS, n), 'utf8')]));

function parse(file: string, text: string): SourceDoc {
  const { lines } = decodeSource(new TextEncoder().encode(text));
  return { file, sha256: 'x', doc: parseDocument(lines) };
}

/** Text as a fact: quote marks, dashes and spaces folded (they are typography, not words). */
const foldText = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s[–—]\s/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
function fold(v: unknown): unknown {
  if (typeof v === 'string') return foldText(v);
  if (Array.isArray(v)) return v.map(fold);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fold(x)]));
  return v;
}
const csvRows = (csv: string) => csv.trimEnd().split('\n').map(foldText);

const LIST_KINDS = new Set(['strength', 'area-for-improvement', 'narrative', 'bullet']);

export function facts(sources: SourceDoc[], listKindsAmbiguous = false, regrouped: string[] = []) {
  const c = assemble(sources);
  const reports = c.reports.map((e) => e.data);
  const entities = c.entities.map((e) => e.data);
  return {
    reports: (JSON.parse(reportsJson(reports, entities)) as Record<string, unknown>[]).map(({ source_file: _f, ...r }) => fold(r)),
    ratings: csvRows(ratingsCsv(reports, entities)),
    keyQuestions: csvRows(keyQuestionsCsv(c.keyQuestions.map((e) => e.data), c.standards.map((e) => e.data), entities)),
    recommendations: fold(JSON.parse(recommendationsJson(c.recommendations.map((e) => e.data)))),
    actionPlan: fold(JSON.parse(actionPlanJson(c.actionPlanItems.map((e) => e.data)))),
    // Bullet or paragraph is typography: an item that lost its bullet is still the same finding.
    findings: c.findings
      .map((e) => e.data)
      .filter((f) => !regrouped.includes(f.kind))
      .sort((a, b) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : a.order - b.order))
      .map((f) => {
        const kind = listKindsAmbiguous && LIST_KINDS.has(f.kind) ? 'prose' : f.kind === 'bullet' ? 'narrative' : f.kind;
        return `${f.report_id} ${kind} ${f.standard_code ?? '-'}`;
      }),
  };
}
type Facts = ReturnType<typeof facts>;

/** The first difference between two fact sets, for a readable failure. */
function firstDifference(a: Facts, b: Facts): string | null {
  for (const key of Object.keys(a) as (keyof Facts)[]) {
    const x = a[key] as unknown[];
    const y = b[key] as unknown[];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const sx = JSON.stringify(x[i]) ?? '(none)';
      const sy = JSON.stringify(y[i]) ?? '(none)';
      if (sx !== sy) {
        return `${key}[${i}] (${x.length} rows in the original, ${y.length} in the variant):\n  original ${sx.slice(0, 400)}\n  variant  ${sy.slice(0, 400)}`;
      }
    }
  }
  return null;
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
