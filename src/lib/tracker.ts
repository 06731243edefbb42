// The action tracker: every action of every action plan, with its owners, its target date as
// written and as read, and its state against the build's reference date. The reference date is
// SOURCE_DATE_EPOCH (the reproducible-builds convention, which `npm run build` sets from the last
// commit's time when it is unset: scripts/source-date.mjs), else the newest document's date,
// never the clock: the same seeds and the same variable give byte-identical pages.
import type { ActionPlanItem, OwnerRole, Report, TargetDate } from '../../core/schemas';
import type { Site } from './data';
import { pairActions } from './plan';
import { naturalCompare } from './serialise';

export const ACTION_STATES = ['overdue', 'due', 'done', 'undated'] as const;
export type ActionState = (typeof ACTION_STATES)[number];
// Plain words for what the site knows: a plan's target date passed with no later word on the
// site is not known to be late ("overdue") or still owed ("due"); it is only a date passed.
export const STATE_LABEL: Record<ActionState, string> = {
  overdue: 'Target date passed',
  due: 'Target date to come',
  done: 'Reported done',
  undated: 'No target date',
};
/** What a passed date means on the page: the plan is all the site has. */
export const PASSED_NOTE = 'no later update published on this site';

export interface ReferenceDate {
  /** ISO date. */
  date: string;
  source: 'SOURCE_DATE_EPOCH' | 'newest document';
}

/**
 * SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else the newest document's publication
 * date; a document dated by its month alone counts from the month's first day.
 */
export function referenceDate(reports: readonly Pick<Report, 'published'>[], env: Record<string, string | undefined> = process.env): ReferenceDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${epoch}"`);
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), source: 'SOURCE_DATE_EPOCH' };
  }
  const dates = reports.map((r) => r.published).filter((d): d is string => !!d).map((d) => (d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d));
  if (dates.length === 0) return { date: '1970-01-01', source: 'newest document' };
  return { date: dates.sort().at(-1)!, source: 'newest document' };
}

/** An action's state: reported done, its date passed (overdue) or not (due), or no date. */
export function actionState(target: TargetDate | null, reference: string): ActionState {
  if (target?.complete) return 'done';
  if (!target?.date) return 'undated';
  return target.date < reference ? 'overdue' : 'due';
}

export interface TrackedAction {
  /** `<item id>/<n>`, n from 1 in the item's order. */
  id: string;
  n: number;
  item: ActionPlanItem;
  report: Report;
  region: string | null;
  text: string;
  owner: string | null;
  roles: OwnerRole[];
  targetText: string | null;
  target: TargetDate | null;
  state: ActionState;
  /** The themes of the recommendations the item answers (of its own recommendation cell when it answers none). */
  themes: string[];
}

/** Every action of every plan, by target date (undated last), then plan, item and order. */
export function trackedActions(site: Site, reference: string): TrackedAction[] {
  const out: TrackedAction[] = [];
  for (const item of site.items) {
    const report = site.reportById.get(item.report_id);
    if (!report) continue;
    const answered = item.answers.flatMap((a) => site.recById.get(a.recommendation)?.themes ?? []);
    const own = item.finding_ids.flatMap((id) => {
      const f = site.findingById.get(id);
      return f && f.kind === 'recommendation' ? f.themes : [];
    });
    const themes = [...new Set(answered.length ? answered : own)].sort();
    pairActions(item).actions.forEach((a, i) => {
      const target = i < item.targets.length ? item.targets[i]! : null;
      out.push({
        id: `${item.id}/${i + 1}`,
        n: i + 1,
        item,
        report,
        region: report.region,
        text: a.text,
        owner: a.owner,
        roles: item.owner_roles[i] ?? [],
        targetText: a.date,
        target,
        state: actionState(target, reference),
        themes,
      });
    });
  }
  return out.sort(
    (a, b) =>
      naturalCompare(a.target?.date ?? '9999', b.target?.date ?? '9999') ||
      naturalCompare(a.report.id, b.report.id) ||
      a.item.item - b.item.item ||
      a.n - b.n,
  );
}

/** Counts by state, in ACTION_STATES order. */
export function countStates(actions: readonly TrackedAction[]): Record<ActionState, number> {
  const c = { overdue: 0, due: 0, done: 0, undated: 0 };
  for (const a of actions) c[a.state]++;
  return c;
}

/** Each owner role's key with the label written most often (ties: the first A–Z) and its count of actions. */
export function ownerOptions(actions: readonly TrackedAction[]): { key: string; label: string; count: number }[] {
  const labels = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const a of actions) {
    for (const r of a.roles) {
      const m = labels.get(r.key) ?? new Map<string, number>();
      m.set(r.label, (m.get(r.label) ?? 0) + 1);
      labels.set(r.key, m);
      counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
    }
  }
  return [...labels]
    .map(([key, m]) => ({ key, label: [...m].sort((x, y) => y[1] - x[1] || naturalCompare(x[0], y[0]))[0]![0], count: counts.get(key)! }))
    .sort((a, b) => naturalCompare(a.label, b.label) || naturalCompare(a.key, b.key));
}

/** Each theme with its count of actions, A–Z by name. */
export function themeOptions(site: Site, actions: readonly TrackedAction[]): { id: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of actions) for (const t of a.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, name: site.themeById.get(id)?.name ?? id, count }))
    .sort((a, b) => naturalCompare(a.name, b.name));
}

/** Actions on one page of a region's tracker: pages stay light however many plans a region has. */
export const ACTIONS_PER_PAGE = 100;

/** The tracker's regions: each region's actions (in trackedActions order), A–Z by name; "other" for a plan of no region. */
export function actionsByRegion(site: Site, actions: readonly TrackedAction[]): { id: string; name: string; actions: TrackedAction[] }[] {
  const by = new Map<string, TrackedAction[]>();
  for (const a of actions) {
    const key = a.region ?? 'other';
    const list = by.get(key);
    if (list) list.push(a);
    else by.set(key, [a]);
  }
  return [...by]
    .map(([id, list]) => ({ id, name: site.entityById.get(id)?.name ?? 'No region', actions: list }))
    .sort((a, b) => naturalCompare(a.name, b.name));
}

export interface Tracker {
  reference: ReferenceDate;
  actions: TrackedAction[];
  regions: ReturnType<typeof actionsByRegion>;
}

let memo: Tracker | null = null;
/** The tracker of the build, computed once for its pages and calendars. */
export function tracker(site: Site): Tracker {
  if (memo) return memo;
  const reference = referenceDate(site.reports);
  const actions = trackedActions(site, reference.date);
  memo = { reference, actions, regions: actionsByRegion(site, actions) };
  return memo;
}

export const trackerPath = (region: string, n = 1) => (n <= 1 ? `/actions/${region}/` : `/actions/${region}/${n}/`);
export const calendarPath = (reportId: string) => `/actions/calendar/${reportId}.ics`;
