// Recommendations that recur: recommendations of different inspections grouped by what they ask.
// The method is deliberately plain, so that it can be stated on the page and checked by hand:
//
//   1. Words. Abbreviations the glossary knows are written out ("MAPPA" → "multi-agency public
//      protection arrangements"); the text is lower-cased, split at anything but a letter, and
//      each word cut to a stem by a few suffix rules ("assessment", "assessed" → "assess";
//      "planning" → "plan"). Words that say nothing about what is asked are dropped: function
//      words, the verbs and hedges every recommendation uses ("ensure", "improve", "sufficient",
//      "quality", "work"…), and the names of regions and PDUs, so that the same ask made of two
//      PDUs reads the same.
//   2. Likeness. Two recommendations sharing a theme (data/themes.yaml) are as alike as the Dice
//      coefficient of their stems, 2·|A ∩ B| / (|A| + |B|); without a shared theme, not at all.
//   3. Groups. Average-linkage clustering: the two groups whose recommendations are most alike
//      on average merge, while that average is at least THRESHOLD, and never two holding
//      recommendations of the same inspection (one inspection's recommendations are separate
//      asks). Groups of two or more are shown.
//
// Every step is a pure function of the recommendations' text, themes and ids, and every list is
// sorted, so the same content gives the same groups. The threshold was chosen on the seeds'
// recommendations against pairs judged by hand (tests/data/recurring-pairs.yaml), for precision
// first: src/lib/recurring.test.ts prints the precision and recall.
import { naturalCompare } from './serialise';

/** Pairs at or above this Dice coefficient of their stems (and sharing a theme) are alike. */
export const THRESHOLD = 0.45;

/**
 * The grouping measured on the seeds' recommendations against the pairs judged by hand, as the
 * page states it; src/lib/recurring.test.ts fails when the method no longer gives these figures.
 */
export const MEASURED = { recommendations: 60, judgedSame: 46, grouped: 16, right: 15, precision: 0.94, recall: 0.33 } as const;

/** Words that carry no subject: function words, and the verbs and hedges every recommendation uses. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about across after against all also an and any are as at be been being both but by can could do does each ' +
    'every for from further had has have how if in including into is it its may might more most must no nor not ' +
    'of on or other our over own per same should so some such than that the their them there these they this ' +
    'those through to under up via was were what when where which while who whom whose will with within would ' +
    // the verbs and qualifiers a recommendation opens with, whatever it asks
    'ensure ensuring ensures improve improving improved provide provided providing develop developing consider ' +
    'increase strengthen undertake appropriate appropriately sufficient sufficiently necessary effective ' +
    'effectively relevant required fully particularly routinely place always quality work ' +
    // who is asked, which the addressee says
    'people person probation pdu pdus region regions regional'
  ).split(' '),
);

const DOUBLE = /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;

/** A word's stem by a few suffix rules: enough to join the forms recommendations use. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ingly', 'ing', 'edly', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= (suffix === 'ly' ? 5 : 3)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (DOUBLE.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The words of every region's and PDU's names, which say who is asked rather than what. */
export function nameWords(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of n.toLowerCase().match(/[a-z]+/g) ?? []) out.add(w);
  return out;
}

/** An abbreviation and what it stands for (the glossary's entries). */
export interface Abbreviation {
  abbr: string;
  expansion: string;
}

/**
 * Abbreviations written out, so that "MAPPA" and "multi-agency public protection arrangements"
 * read alike: each found as a whole word, case-sensitively, with or without a plural "s".
 */
export function expander(abbreviations: readonly Abbreviation[]): (text: string) => string {
  const known = [...abbreviations].filter((a) => /^[A-Za-z0-9]+$/.test(a.abbr)).sort((a, b) => b.abbr.length - a.abbr.length || (a.abbr < b.abbr ? -1 : 1));
  if (!known.length) return (text) => text;
  const expansion = new Map(known.map((a) => [a.abbr, a.expansion]));
  const re = new RegExp(`\\b(${known.map((a) => a.abbr).join('|')})s?\\b`, 'g');
  return (text) => text.replace(re, (_, abbr: string) => ` ${expansion.get(abbr)} `);
}

/** A recommendation's stems, distinct and sorted: what it asks, in comparable form. */
export function askStems(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b|s'(?=\s|$)/g, '')
    .match(/[a-z]+/g) ?? [];
  const stems = new Set<string>();
  for (const w of words) {
    if (STOP_WORDS.has(w) || names.has(w) || w.length < 2) continue;
    const s = stem(w);
    if (!STOP_WORDS.has(s)) stems.add(s);
  }
  return [...stems].sort();
}

/** Dice coefficient of two sorted sets of stems: 2·|A ∩ B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** What the grouping needs of a recommendation. */
export interface Askable {
  id: string;
  text: string;
  themes: readonly string[];
  /**
   * The inspection it comes from: its document and the unit inspected. Recommendations of one
   * inspection are separate asks, so two of them are never in one group.
   */
  inspection: string;
}

export interface GroupingOptions {
  threshold?: number;
  /** Words of region and PDU names, dropped from every recommendation's words. */
  names?: ReadonlySet<string>;
  /** Abbreviations to write out before the words are read. */
  abbreviations?: readonly Abbreviation[];
}

/** Recommendations with the same stems and themes (one ask copied into several documents): compared once. */
interface Ask {
  stems: string[];
  themes: string[];
  members: number[];
  inspections: Set<string>;
}

function distinctAsks(recs: readonly Askable[], options: GroupingOptions): Ask[] {
  const names = options.names ?? new Set<string>();
  const expand = expander(options.abbreviations ?? []);
  const keyOf = new Map<string, Ask>();
  const asks: Ask[] = [];
  recs.forEach((r, i) => {
    const stems = askStems(expand(r.text), names);
    const themes = [...new Set(r.themes)].sort();
    // The same words twice in one inspection are two asks (kept apart below), not one.
    let key = `${stems.join(' ')}|${themes.join(' ')}`;
    while (keyOf.get(key)?.inspections.has(r.inspection)) key += '+';
    let a = keyOf.get(key);
    if (!a) {
      a = { stems, themes, members: [], inspections: new Set() };
      keyOf.set(key, a);
      asks.push(a);
    }
    a.members.push(i);
    a.inspections.add(r.inspection);
  });
  return asks;
}

/** How alike two asks are: the Dice coefficient of their stems when they share a theme, else 0. */
export function askSimilarity(a: { stems: readonly string[]; themes: readonly string[] }, b: { stems: readonly string[]; themes: readonly string[] }): number {
  return a.themes.some((t) => b.themes.includes(t)) ? dice(a.stems, b.stems) : 0;
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * Groups of recommendations asking alike, as lists of ids: average-linkage clustering (UPGMA) of
 * the recommendations, merging the two groups whose recommendations are most alike on average,
 * while that average is at least the threshold and the two hold no recommendations of the same
 * inspection. Only groups of two or more are returned: members sorted by id, groups by their
 * first member.
 */
export function groupAsks(recs: readonly Askable[], options: GroupingOptions = {}): string[][] {
  const threshold = options.threshold ?? THRESHOLD;
  const asks = distinctAsks(recs, options);
  // Two groups merge only when some pair across them is at least the threshold (an average is
  // never above its largest term), so the clustering runs within the connected components of
  // the pairs at or above it: asks sharing a theme are compared once each.
  const parent = asks.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const byTheme = new Map<string, number[]>();
  asks.forEach((a, k) => {
    if (a.stems.length) for (const t of a.themes) (byTheme.get(t) ?? byTheme.set(t, []).get(t)!).push(k);
  });
  for (const ks of byTheme.values()) {
    for (let x = 0; x < ks.length; x++) {
      for (let y = x + 1; y < ks.length; y++) {
        const p = find(ks[x]!);
        const q = find(ks[y]!);
        if (p !== q && dice(asks[ks[x]!]!.stems, asks[ks[y]!]!.stems) >= threshold) parent[Math.max(p, q)] = Math.min(p, q);
      }
    }
  }
  const components = new Map<number, number[]>();
  asks.forEach((_, k) => {
    const root = find(k);
    (components.get(root) ?? components.set(root, []).get(root)!).push(k);
  });

  const groups: string[][] = [];
  for (const ks of components.values()) {
    for (const cluster of averageLinkage(ks.map((k) => asks[k]!), threshold)) {
      // Words that are all stop words ask nothing comparable, however often they are copied.
      if (cluster.length === 1 && !cluster[0]!.stems.length) continue;
      const ids = cluster.flatMap((a) => a.members.map((i) => recs[i]!.id));
      if (ids.length > 1) groups.push(ids.sort(naturalCompare));
    }
  }
  return groups.sort((a, b) => naturalCompare(a[0]!, b[0]!));
}

/**
 * UPGMA over one component's asks, each weighing as many recommendations as it stands for:
 * `sum[i][j]` holds the sum of the similarities of every pair of recommendations across
 * clusters i and j, so their average is sum / (weight i · weight j) (Lance–Williams). Each step
 * merges the pair (i < j) with the highest average at or above the threshold that shares no
 * inspection, the first such pair in (i, j) order on a tie. Each cluster keeps its best partner
 * after it (`best`), so that a step rescans only the clusters whose best partner changed: the
 * same merges as scanning every pair each step, without its cube of the component's size.
 */
function averageLinkage(asks: readonly Ask[], threshold: number): Ask[][] {
  const n = asks.length;
  if (n === 1) return [[asks[0]!]];
  const clusters: (Ask[] | null)[] = asks.map((a) => [a]);
  const weight = asks.map((a) => a.members.length);
  const inspections = asks.map((a) => new Set(a.inspections));
  const sum = asks.map((a, i) => asks.map((b, j) => (i === j ? 0 : askSimilarity(a, b) * weight[i]! * weight[j]!)));
  const avg = (i: number, j: number) => sum[i]![j]! / (weight[i]! * weight[j]!);
  // Whether (i, j) may merge, and is better than the best found so far (strictly: the first wins a tie).
  const better = (i: number, j: number, than: number) => {
    const a = avg(i, j);
    return a > than && a >= threshold && !overlaps(inspections[i]!, inspections[j]!) ? a : -1;
  };
  const partner = new Int32Array(n).fill(-1);
  const value = new Float64Array(n).fill(-1);
  /** Cluster i's best partner among the clusters after it. */
  const rescan = (i: number) => {
    partner[i] = -1;
    value[i] = -1;
    for (let j = i + 1; j < n; j++) {
      if (!clusters[j]) continue;
      const a = better(i, j, value[i]!);
      if (a >= 0) {
        value[i] = a;
        partner[i] = j;
      }
    }
  };
  for (let i = 0; i < n; i++) rescan(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (clusters[i] && partner[i]! >= 0 && (bi < 0 || value[i]! > value[bi]!)) bi = i;
    if (bi < 0) break;
    const bj = partner[bi]!;
    clusters[bi] = [...clusters[bi]!, ...clusters[bj]!];
    clusters[bj] = null;
    partner[bj] = -1;
    weight[bi] = weight[bi]! + weight[bj]!;
    for (const x of inspections[bj]!) inspections[bi]!.add(x);
    for (let k = 0; k < n; k++) {
      if (k === bi || !clusters[k]) continue;
      sum[bi]![k] = sum[k]![bi] = sum[bi]![k]! + sum[bj]![k]!;
    }
    rescan(bi);
    for (let k = 0; k < n; k++) {
      if (!clusters[k] || k === bi) continue;
      if (partner[k] === bi || partner[k] === bj) rescan(k);
      else if (k < bi) {
        // Its pair with the merged cluster is new: better than its best, or as good and earlier.
        const a = avg(k, bi);
        if ((a > value[k]! || (a === value[k]! && bi < partner[k]!)) && a >= threshold && !overlaps(inspections[k]!, inspections[bi]!)) {
          value[k] = a;
          partner[k] = bi;
        }
      }
    }
  }
  return clusters.filter((c): c is Ask[] => !!c);
}

/** A recommendation as the grouping reads it: its inspection is its document and the unit inspected. */
export function askableOf(r: { id: string; report_id: string; about_entity: string | null; text: string; themes: readonly string[] }): Askable {
  return { id: r.id, text: r.text, themes: r.themes, inspection: `${r.report_id}|${r.about_entity ?? ''}` };
}

/** The site's grouping of its recommendations: region and PDU names dropped, the glossary's abbreviations written out. */
export function recommendationGroups(
  recs: readonly { id: string; report_id: string; about_entity: string | null; text: string; themes: readonly string[] }[],
  entities: readonly { name: string; aliases: readonly string[] }[],
  abbreviations: readonly Abbreviation[],
  threshold = THRESHOLD,
): string[][] {
  return groupAsks(recs.map(askableOf), { threshold, abbreviations, names: nameWords(entities.flatMap((e) => [e.name, ...e.aliases])) });
}
