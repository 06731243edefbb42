// What changed between inspections (issue 22): where a region or PDU was rated by two documents
// (a re-inspection, or a regional letter's ratings and a later report), each standard's rating
// then and now, and the key-question percentages side by side. Where the two inspections follow
// different programmes, standards are paired through Standard.related (the same subject in the
// other framework: related, not the same), and a standard with no partner is said to have none.
import type { KeyQuestion, Rating, Standard } from '../../core/schemas';
import type { Site } from './data';
import { changeOf, type Change } from './history';
import { siteInspections, type Inspection } from './national';
import { group } from '../../core/group';
import { naturalCompare } from './serialise';

export interface StandardChange {
  then: { standard: Standard; rating: Rating | null } | null;
  now: { standard: Standard; rating: Rating | null } | null;
  /** Both rated: better, worse or the same; else null. */
  change: Change | null;
  /**
   * How the two standards correspond: the same standard; related standards of two frameworks;
   * or none in the other programme (then or now is null).
   */
  link: 'same' | 'related' | 'none';
}

export interface KeyQuestionChange {
  question: string;
  then: KeyQuestion | null;
  now: KeyQuestion | null;
  /** Percentage points, now minus then, where both are given. */
  diff: number | null;
}

export interface Comparison {
  then: Inspection;
  now: Inspection;
  sameProgramme: boolean;
  standards: StandardChange[];
  overall: { then: Rating | null; now: Rating | null; change: Change | null };
  keyQuestions: KeyQuestionChange[];
  /** Key-question figures given by each inspection's document. */
  kqThen: number;
  kqNow: number;
  better: number;
  worse: number;
  same: number;
}

const byDate = (a: Inspection, b: Inspection) => naturalCompare(a.date ?? '', b.date ?? '') || naturalCompare(a.report.id, b.report.id);

/** Two inspections of one unit compared: standard by standard, overall, and key question by key question. */
export function compare(site: Site, then: Inspection, now: Inspection): Comparison {
  const sameProgramme = then.programme === now.programme;
  const inThen = site.standards.filter((s) => `${s.framework}-${s.level}` === then.programme);
  const inNow = site.standards.filter((s) => `${s.framework}-${s.level}` === now.programme);
  const partnerInThen = (s: Standard) => (sameProgramme ? s : inThen.find((t) => s.related.includes(t.id) || t.related.includes(s.id)));
  const standards: StandardChange[] = [];
  const paired = new Set<string>();
  for (const s of inNow) {
    const t = partnerInThen(s);
    if (t) paired.add(t.id);
    const rNow = now.ratings.get(s.id) ?? null;
    const rThen = t ? (then.ratings.get(t.id) ?? null) : null;
    if (!rNow && !rThen) continue;
    standards.push({
      then: t ? { standard: t, rating: rThen } : null,
      now: { standard: s, rating: rNow },
      change: rThen && rNow ? changeOf(rThen, rNow) : null,
      link: !t ? 'none' : sameProgramme ? 'same' : 'related',
    });
  }
  for (const t of inThen) {
    if (paired.has(t.id) || !then.ratings.has(t.id)) continue;
    standards.push({ then: { standard: t, rating: then.ratings.get(t.id)! }, now: null, change: null, link: 'none' });
  }
  const kqsOf = (x: Inspection) => (site.kqsByEntity.get(x.entity.id) ?? []).filter((k) => k.report_id === x.report.id);
  const kqThen = kqsOf(then);
  const kqNow = kqsOf(now);
  // A key question is the same question when its words are, under corresponding standards.
  const partnerId = new Map(standards.filter((c) => c.then && c.now).map((c) => [c.now!.standard.id, c.then!.standard.id]));
  const key = (standard: string, q: string) => `${standard}|${q.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  const thenByKey = new Map(kqThen.map((k) => [key(k.standard, k.question), k]));
  const used = new Set<KeyQuestion>();
  const keyQuestions: KeyQuestionChange[] = kqNow.map((k) => {
    const t = thenByKey.get(key(partnerId.get(k.standard) ?? '', k.question)) ?? null;
    if (t) used.add(t);
    return { question: k.question, then: t, now: k, diff: t ? k.percent_yes - t.percent_yes : null };
  });
  for (const t of kqThen) if (!used.has(t)) keyQuestions.push({ question: t.question, then: t, now: null, diff: null });
  const count = (c: Change) => standards.filter((s) => s.change === c).length;
  return {
    then,
    now,
    sameProgramme,
    standards,
    overall: { then: then.overall, now: now.overall, change: then.overall && now.overall ? changeOf(then.overall, now.overall) : null },
    keyQuestions,
    kqThen: kqThen.length,
    kqNow: kqNow.length,
    better: count('better'),
    worse: count('worse'),
    same: count('same'),
  };
}

/** Each inspection of a unit against the one before it, newest first. */
export function comparisons(site: Site, entityId: string): Comparison[] {
  const xs = (byEntity(site).get(entityId) ?? []).slice().sort(byDate);
  const out: Comparison[] = [];
  for (let i = xs.length - 1; i > 0; i--) out.push(compare(site, xs[i - 1]!, xs[i]!));
  return out;
}

const memo = new WeakMap<Site, Map<string, Inspection[]>>();
function byEntity(site: Site): Map<string, Inspection[]> {
  let m = memo.get(site);
  if (!m) memo.set(site, (m = group(siteInspections(site), (x) => x.entity.id)));
  return m;
}

export interface Reinspected {
  inspections: Inspection[];
  /** The latest inspection against the one before it. */
  latest: Comparison;
}

/** Regions and PDUs rated by more than one document: the latest re-inspection first, then A–Z. */
export function unitsInspectedTwice(site: Site): Reinspected[] {
  const out: Reinspected[] = [];
  for (const [id, xs] of byEntity(site)) {
    if (xs.length < 2) continue;
    const sorted = xs.slice().sort(byDate);
    out.push({ inspections: sorted, latest: comparisons(site, id)[0]! });
  }
  return out.sort(
    (a, b) => naturalCompare(b.latest.now.date ?? '', a.latest.now.date ?? '') || naturalCompare(a.latest.now.entity.name, b.latest.now.entity.name) || naturalCompare(a.latest.now.entity.id, b.latest.now.entity.id),
  );
}

export const CHANGES_PATH = '/national/changes/';
/** Units a page of /national/changes/ lists (about 600 bytes each). */
export const CHANGES_PER_PAGE = Math.max(1, Math.floor(100 / Math.max(1, Math.floor(Number(process.env.PF_PAGE_DIVISOR ?? 1)) || 1)));
/** The anchor of the comparison on a unit's page. */
export const CHANGED_ANCHOR = 'changed';
