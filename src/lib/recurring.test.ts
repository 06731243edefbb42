// Recommendations that recur (src/lib/recurring.ts): the word rules, and the grouping of the
// seeds' recommendations measured against pairs judged by hand (tests/data/recurring-pairs.yaml):
// precision (of the pairs the groups make, how many were judged to ask the same thing) and recall
// (of the pairs judged the same, how many the groups make), printed and held to a floor.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/pipeline/ingest';
import { assemble } from '../../scripts/pipeline/assemble';
import { GLOSSARY } from '../../core/glossary';
import { askStems, dice, expander, groupAsks, MEASURED, recommendationGroups, stem, THRESHOLD } from './recurring';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const PAIRS = new URL('../../tests/data/recurring-pairs.yaml', import.meta.url).pathname;

describe('words of a recommendation', () => {
  it('stems the forms recommendations use alike', () => {
    expect(['assess', 'assessed', 'assessment', 'assessments'].map(stem)).toEqual(['assess', 'assess', 'assess', 'assess']);
    expect(['plan', 'planning', 'planned'].map(stem)).toEqual(['plan', 'plan', 'plan']);
    expect(['manage', 'managed', 'management'].map(stem)).toEqual(['manag', 'manag', 'manag']);
    expect(stem('apply')).toBe('apply'); // not "ap": "-ly" only off a long word
    expect(stem('effectively')).toBe(stem('effective'));
  });
  it('drops function words, the verbs every recommendation uses, and the names of those asked', () => {
    expect(askStems('ensure that Surrey PDU has sufficient staffing resources in place', new Set(['surrey']))).toEqual(['resourc', 'staf']);
    expect(askStems("develop practitioners' confidence")).toEqual(['confidenc', 'practitioner']);
  });
  it('writes out the glossary’s abbreviations, whole words only, case-sensitively', () => {
    const expand = expander(GLOSSARY);
    expect(expand('ensure all MAPPA cases are identified')).toContain('multi-agency public protection arrangements');
    expect(expand('the MAPPAs')).toContain('multi-agency public protection arrangements');
    expect(expand('mappa and MAPPAX')).toBe('mappa and MAPPAX');
  });
  it('measures likeness by the Dice coefficient of the stems', () => {
    expect(dice(['a', 'b', 'c'], ['b', 'c', 'd'])).toBeCloseTo(2 / 3);
    expect(dice([], [])).toBe(0);
  });
});

describe('grouping', () => {
  const rec = (id: string, text: string, inspection: string, themes = ['t']) => ({ id, text, themes, inspection });
  it('needs a shared theme, and never groups two recommendations of one inspection', () => {
    expect(groupAsks([rec('a', 'review risk of harm work', 'x'), rec('b', 'review risk of harm work', 'y', ['u'])])).toEqual([]);
    expect(groupAsks([rec('a', 'review risk of harm work', 'x'), rec('b', 'review the risk of harm', 'x')])).toEqual([]);
    expect(groupAsks([rec('a', 'review risk of harm work', 'x'), rec('b', 'review the risk of harm', 'y')])).toEqual([['a', 'b']]);
  });
  it('merges by average likeness, so that a chain of pairs does not join unlike recommendations', () => {
    // a~b (0.67) and b~c (0.5) are at or above the threshold, a~c (0) is not: the average from c
    // to {a, b} (0.25) is below it, where single linkage would have joined all three.
    const recs = [rec('a', 'alpha beta gamma delta', 'x'), rec('b', 'alpha beta gamma epsilon zeta', 'y'), rec('c', 'epsilon zeta theta', 'z')];
    expect(dice(askStems(recs[1]!.text), askStems(recs[2]!.text))).toBeGreaterThanOrEqual(THRESHOLD);
    expect(groupAsks(recs)).toEqual([['a', 'b']]);
  });
  it('merges as scanning every pair at every step would (its shortcut checked on random recommendations)', () => {
    // A small generator of recommendations from a few words, themes and inspections.
    let seed = 22;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = 'assess plan review risk harm court staff train oversight curiosity domestic abuse'.split(' ');
    let merged = 0;
    for (let trial = 0; trial < 40; trial++) {
      const recs = Array.from({ length: 30 }, (_, i) => ({
        id: `r${String(i).padStart(2, '0')}`,
        text: [...new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]!))].join(' ') + ` w${i}x`,
        themes: random() < 0.8 ? ['t'] : ['u'],
        inspection: `i${Math.floor(random() * 12)}`,
      }));
      const expected = naiveGroups(recs, 0.4);
      merged += expected.filter((g) => g.length > 2).length;
      expect(groupAsks(recs, { threshold: 0.4 }), `trial ${trial}`).toEqual(expected);
    }
    expect(merged, 'groups of three or more: the trials merge groups, not just pairs').toBeGreaterThan(40);
  });
  it('gives the same groups whatever the order of the recommendations', () => {
    const recs = [rec('a', 'alpha beta gamma', 'x'), rec('b', 'alpha beta gamma', 'y'), rec('c', 'alpha beta delta', 'z'), rec('d', 'omega psi', 'w')];
    expect(groupAsks([...recs].reverse())).toEqual(groupAsks(recs));
  });
});

/** The plain algorithm: every pair of clusters scanned at every step, one recommendation a cluster to begin. */
function naiveGroups(recs: { id: string; text: string; themes: string[]; inspection: string }[], threshold: number): string[][] {
  const stems = recs.map((r) => askStems(r.text));
  const sim = (i: number, j: number) => (recs[i]!.themes.some((t) => recs[j]!.themes.includes(t)) ? dice(stems[i]!, stems[j]!) : 0);
  const clusters: (number[] | null)[] = recs.map((_, i) => [i]);
  const sum = recs.map((_, i) => recs.map((__, j) => (i === j ? 0 : sim(i, j))));
  for (;;) {
    let best = -1, bi = -1, bj = -1;
    for (let i = 0; i < recs.length; i++) for (let j = i + 1; j < recs.length; j++) {
      if (!clusters[i] || !clusters[j]) continue;
      const a = sum[i]![j]! / (clusters[i]!.length * clusters[j]!.length);
      const clash = clusters[i]!.some((x) => clusters[j]!.some((y) => recs[x]!.inspection === recs[y]!.inspection));
      if (a > best && a >= threshold && !clash) [best, bi, bj] = [a, i, j];
    }
    if (bi < 0) break;
    for (let k = 0; k < recs.length; k++) if (k !== bi && clusters[k]) sum[bi]![k] = sum[k]![bi] = sum[bi]![k]! + sum[bj]![k]!;
    clusters[bi] = [...clusters[bi]!, ...clusters[bj]!];
    clusters[bj] = null;
  }
  return clusters.filter((c): c is number[] => !!c && c.length > 1).map((c) => c.map((i) => recs[i]!.id).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

interface Judged {
  same: { why: string; all?: string[]; pairs?: [string, string][] }[];
  different: { why: string; pair: [string, string] }[];
}

describe('the seeds’ recommendations against the pairs judged by hand', () => {
  const corpus = assemble(readSeeds(SEEDS));
  const recs = corpus.recommendations.map((e) => e.data);
  const entities = corpus.entities.map((e) => e.data);
  const judged = load(readFileSync(PAIRS, 'utf8')) as Judged;
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const same = new Set<string>();
  for (const s of judged.same) {
    for (let i = 0; i < (s.all ?? []).length; i++) for (let j = i + 1; j < s.all!.length; j++) same.add(key(s.all![i]!, s.all![j]!));
    for (const [a, b] of s.pairs ?? []) same.add(key(a, b));
  }
  const groups = recommendationGroups(recs, entities, GLOSSARY);
  const made = new Set(groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => key(a, b)))));

  it('judges only recommendations the seeds have, and no pair both ways', () => {
    const ids = new Set(recs.map((r) => r.id));
    const named = [...judged.same.flatMap((s) => [...(s.all ?? []), ...(s.pairs ?? []).flat()]), ...judged.different.flatMap((d) => d.pair)];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(judged.different.map((d) => key(...d.pair)).filter((k) => same.has(k))).toEqual([]);
  });

  it(`groups them with precision ≥ 0.9 and recall ≥ 0.3 at the threshold ${THRESHOLD}`, () => {
    const right = [...made].filter((p) => same.has(p));
    const precision = right.length / made.size;
    const recall = right.length / same.size;
    const short = (p: string) => p.replace(/-(pdu-inspection|regional-inspection|regional-letter)-[\d-]+\/rec-/g, ' ');
    console.log(
      `[recurring] ${recs.length} recommendations, ${groups.length} groups (${groups.map((g) => g.length).join(', ')} members); ` +
        `${made.size} pairs grouped, ${same.size} judged the same: precision ${precision.toFixed(2)} (${right.length}/${made.size}), ` +
        `recall ${recall.toFixed(2)} (${right.length}/${same.size})\n` +
        `[recurring] grouped but judged different: ${[...made].filter((p) => !same.has(p)).map(short).join('; ') || 'none'}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.3);
    // The figures the recurring page states.
    expect({ recommendations: recs.length, judgedSame: same.size, grouped: made.size, right: right.length, precision: Number(precision.toFixed(2)), recall: Number(recall.toFixed(2)) }).toEqual(MEASURED);
  });

  it('groups the PDU reports’ asks on domestic abuse and safeguarding information, and on the quality of risk-of-harm work', () => {
    const groupOf = (id: string) => groups.find((g) => g.includes(id)) ?? [];
    expect(groupOf('surrey-pdu-inspection-2024-03/rec-1')).toContain('west-kent-pdu-inspection-2024-03/rec-3');
    expect(groupOf('kent-surrey-and-sussex-regional-inspection-2024-05/rec-5')).toEqual(expect.arrayContaining([
      'south-west-regional-letter-2023-08-24/rec-dorset-14',
      'south-west-regional-letter-2023-08-24/rec-bristol-and-south-gloucestershire-25',
    ]));
  });
});
