// The site's recommendations that recur: the groups of src/lib/recurring.ts with what a reader
// asks of them: who each was asked of, in which regions and years, and whether it was answered
// in an action plan. Worked out once for the build (every recommendation page reads its group).
import { GLOSSARY } from '../../core/glossary';
import type { Entity, Recommendation } from '../../core/schemas';
import type { Site } from './data';
import { entityDisplayName, yearOf } from './format';
import { regionIdOf } from './listings';
import { askStems, dice, expander, nameWords, recommendationGroups } from './recurring';
import { hasResponse } from './response';
import { naturalCompare } from './serialise';

/** Who a recommendation asks: an entity of the site, or its addressee as written (HMPPS). */
export interface Asked {
  key: string;
  label: string;
  entity: Entity | null;
}

export interface RecurringGroup {
  /** The group's first recommendation (by id), which names its page. */
  id: string;
  /** Oldest document first. */
  members: Recommendation[];
  /** The member most alike to the others on average: what the group asks, in one document's words. */
  representative: Recommendation;
  /** Themes every member shares. */
  themes: string[];
  asked: Asked[];
  regions: Entity[];
  years: string[];
  answered: number;
}

export interface Recurring {
  /** Most units asked first. */
  groups: RecurringGroup[];
  byRec: Map<string, RecurringGroup>;
  /** Recommendations in a group. */
  grouped: number;
}

/** Who a recommendation asks: its addressee entities, or (HMPPS, a misread name) the addressee as written. */
export function askedOf(site: Pick<Site, 'entityById'>, rec: Recommendation): Asked[] {
  const es = rec.addressee_entities.map((id) => site.entityById.get(id)).filter((e): e is Entity => !!e);
  if (es.length) return es.map((e) => ({ key: e.id, label: entityDisplayName(e.name, e.type), entity: e }));
  // "HM Prison and Probation service", "HM Prison and Probation Service (HMPPS)": one addressee.
  const label = rec.addressee.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [{ key: label.toLowerCase().replace(/\s+/g, ' '), label, entity: null }];
}

const memo = new WeakMap<Site, Recurring>();

export function siteRecurring(site: Site): Recurring {
  let r = memo.get(site);
  if (!r) memo.set(site, (r = build(site)));
  return r;
}

function build(site: Site): Recurring {
  const ids = recommendationGroups(site.recommendations, site.entities, GLOSSARY);
  const names = nameWords(site.entities.flatMap((e) => [e.name, ...e.aliases]));
  const expand = expander(GLOSSARY);
  const published = (r: Recommendation) => site.reportById.get(r.report_id)?.published ?? '';
  const groups = ids.map((g): RecurringGroup => {
    const members = g.map((id) => site.recById.get(id)!).sort((a, b) => naturalCompare(published(a), published(b)) || naturalCompare(a.id, b.id));
    const stems = members.map((m) => askStems(expand(m.text), names));
    const score = members.map((_, i) => stems.reduce((s, o, j) => (i === j ? s : s + dice(stems[i]!, o)), 0));
    const best = score.reduce((b, s, i) => (s > score[b]! ? i : b), 0);
    const asked = new Map<string, Asked>();
    for (const m of members) for (const a of askedOf(site, m)) if (!asked.has(a.key)) asked.set(a.key, a);
    const regionIds = new Set(members.map((m) => regionIdOf(site, m.about_entity)).filter((x): x is string => !!x));
    return {
      id: g[0]!,
      members,
      representative: members[best]!,
      themes: members[0]!.themes.filter((t) => members.every((m) => m.themes.includes(t))),
      asked: [...asked.values()],
      regions: [...regionIds].map((id) => site.entityById.get(id)!).filter(Boolean).sort((a, b) => naturalCompare(a.name, b.name)),
      years: [...new Set(members.map((m) => yearOf(published(m))).filter((y): y is string => !!y))].sort(),
      answered: members.filter(hasResponse).length,
    };
  });
  groups.sort((a, b) => b.asked.length - a.asked.length || b.members.length - a.members.length || naturalCompare(a.id, b.id));
  const byRec = new Map<string, RecurringGroup>();
  for (const g of groups) for (const m of g.members) byRec.set(m.id, g);
  return { groups, byRec, grouped: byRec.size };
}

/**
 * "3 PDUs, 1 region and HM Prison and Probation Service": who a list asks, counted by kind;
 * `other` marks the kinds to count as "other" ("3 other PDUs"), for a list of those asked besides
 * one recommendation's own.
 */
export function askedSummary(asked: readonly Asked[], other: ReadonlySet<string> = new Set()): string {
  const kind = (type: 'pdu' | 'region', one: string) => {
    const n = asked.filter((a) => a.entity?.type === type).length;
    return n ? [`${n} ${other.has(type) ? 'other ' : ''}${one}${n === 1 ? '' : 's'}`] : [];
  };
  const parts = [...kind('pdu', 'PDU'), ...kind('region', 'region'), ...asked.filter((a) => !a.entity).map((a) => a.label)];
  return parts.length <= 1 ? (parts[0] ?? 'no one named') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const RECURRING_PATH = '/national/recurring/';
/** The page of the group whose first recommendation is `id` ("<report>/<rec>"). */
export const recurringGroupPath = (id: string, n = 1) => `${RECURRING_PATH}${id}/${n > 1 ? `${n}/` : ''}`;
const divisor = Math.max(1, Math.floor(Number(process.env.PF_PAGE_DIVISOR ?? 1)) || 1);
/** Groups a page of /national/recurring/ lists (about 1 kB each). */
export const GROUPS_PER_PAGE = Math.max(1, Math.floor(50 / divisor));
/** Recommendations a group's page lists (about 500 bytes each). */
export const GROUP_MEMBERS_PER_PAGE = Math.max(1, Math.floor(200 / divisor));
