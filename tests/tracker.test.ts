// The action tracker (issue 13): its counts and filters against the open data
// (/data/action-plan.json, /data/recommendations.json), read with the pipeline's own
// extractors; the iCalendar files parsed with ical.js; and two builds with one
// SOURCE_DATE_EPOCH byte-identical, the date printed and the states computed from it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOwners } from '../scripts/pipeline/normalise/owners.ts';
import { readTargetDate } from '../scripts/pipeline/normalise/target-dates.ts';
import { tagThemes } from '../scripts/pipeline/link/theme-data.ts';
import { openPage } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { useSiteInBrowser } from './support/site-session.ts';

interface PlanItem { report_id: string; item: number; actions: string[]; owners: string[]; target_dates: string[]; answers: string[]; recommendation: string }
interface Rec { id: string; themes: string[] }
interface Expected { plan: string; state: string; date: string | null; owners: string[]; themes: string[] }

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');

/** Every action as the open data gives it, with its state against `reference`. */
function expectedActions(dist: string, reference: string): Expected[] {
  const items = JSON.parse(read(dist, 'data/action-plan.json')) as PlanItem[];
  const recs = new Map((JSON.parse(read(dist, 'data/recommendations.json')) as Rec[]).map((r) => [r.id, r]));
  return items.flatMap((it) => {
    const answered = it.answers.flatMap((id) => recs.get(id)?.themes ?? []);
    const themes = [...new Set(answered.length ? answered : tagThemes(it.recommendation))];
    return it.actions.map((_, i) => {
      const t = i < it.target_dates.length ? readTargetDate(it.target_dates[i]!) : null;
      const state = t?.complete ? 'done' : !t?.date ? 'undated' : t.date < reference ? 'overdue' : 'due';
      return { plan: it.report_id, state, date: t?.date ?? null, owners: i < it.owners.length ? readOwners(it.owners[i]!).map((r) => r.key) : [], themes };
    });
  });
}

const referenceOf = (html: string) => /id="reference-date".*?<time datetime="(\d{4}-\d{2}-\d{2})"/s.exec(html)?.[1];
const count = (list: Expected[], f: (e: Expected) => boolean) => list.filter(f).length;

describe('the action tracker against /data/action-plan.json', () => {
  const index = read(DIST_DIR, 'actions/index.html');
  const reference = referenceOf(index)!;
  const all = expectedActions(DIST_DIR, reference);
  const region = 'region-kent-surrey-and-sussex';
  const page = read(DIST_DIR, `actions/${region}/index.html`);

  it('prints its reference date: the date the site was built for (SOURCE_DATE_EPOCH, else the last commit), not the newest document', () => {
    const epoch = process.env.SOURCE_DATE_EPOCH || spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT_DIR, encoding: 'utf8' }).stdout.trim();
    expect(reference).toBe(new Date(Number(epoch) * 1000).toISOString().slice(0, 10));
    expect(index).toMatch(/id="reference-date">Target dates are judged against <strong><time[^>]*>[^<]*<\/time><\/strong>, the date this site was built\./);
  });

  it('says a target date passed is only that, never "Due" or "Overdue"', () => {
    const passed = [...page.matchAll(/<li id="a-[^"]*" data-state="overdue"[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]!);
    expect(passed.length).toBe(count(all, (e) => e.state === 'overdue'));
    for (const li of passed) expect(li).toContain('<strong class="state state-overdue">Target date passed</strong>; no later update published on this site');
    expect(page).not.toMatch(/>(Due|Overdue)</);
    // "March 2025" (31 March 2025) has passed for a site built after it.
    const march = [...page.matchAll(/<li id="a-[^"]*" data-state="(\w+)"[^>]*>(?:(?!<\/li>).)*target as written: “March 2025”/gs)].map((m) => m[1]);
    expect(march.length).toBeGreaterThan(0);
    if (reference > '2025-03-31') expect(new Set(march)).toEqual(new Set(['overdue']));
  });

  it('counts every action by state, on the index and on the region page', () => {
    expect(all.length).toBe(97);
    for (const s of ['overdue', 'due', 'done', 'undated']) {
      const n = count(all, (e) => e.state === s);
      expect(index, s).toContain(`<span data-total="${s}">${n}</span>`);
      expect(page, s).toContain(`<span data-count-all="${s}">${n}</span>`);
      expect(new RegExp(`<tr data-region="${region}">.*?<td class="num" data-state="${s}"[^>]*>${n}</td>`).test(index), s).toBe(true);
    }
    expect(count(all, (e) => e.state === 'done')).toBeGreaterThan(30); // "Completed and ongoing" is done
    expect([...page.matchAll(/<li id="a-/g)].length).toBe(97);
  });

  it('lists the actions by target date, undated last', () => {
    const dates = [...page.matchAll(/<li id="a-[^"]*"[^>]*>.*?<\/li>/gs)].map((m) => / · target <time datetime="([\d-]+)"/.exec(m[0])?.[1] ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('offers each owner once, "Heads of PDU" and "Head of PDU" together, with its count', () => {
    const keys = new Map<string, number>();
    for (const e of all) for (const k of e.owners) keys.set(k, (keys.get(k) ?? 0) + 1);
    for (const [k, n] of keys) expect(page, k).toMatch(new RegExp(`<option value="${k}">[^<]* \\(${n}\\)</option>`));
    expect(page).toMatch(/<option value="head of pdu">Heads of PDU \(\d+\)<\/option>/);
  });

  describe('in a browser', () => {
    const site = useSiteInBrowser();
    let visit: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      visit = await openPage(site.browser, site.server.url, `/actions/${region}/`);
    });
    afterAll(async () => visit?.close());
    const shown = async () => Number(await visit.page.locator('#tracker-shown').getAttribute('data-shown'));

    it('filters by owner, state and theme; the count shown matches the open data; the address keeps the choice', async () => {
      const { page: p } = visit;
      expect(await shown()).toBe(97);
      await p.selectOption('select[name=owner]', 'head of pdu');
      expect(await shown()).toBe(count(all, (e) => e.owners.includes('head of pdu')));
      await p.selectOption('select[name=state]', 'done');
      expect(await shown()).toBe(count(all, (e) => e.owners.includes('head of pdu') && e.state === 'done'));
      expect(await p.locator('#tracker-actions > li:not([hidden])').count()).toBe(await shown());
      await p.selectOption('select[name=owner]', '');
      await p.selectOption('select[name=state]', '');
      await p.selectOption('select[name=theme]', 'domestic-abuse');
      const da = count(all, (e) => e.themes.includes('domestic-abuse'));
      expect(da).toBeGreaterThan(0);
      expect(await shown()).toBe(da);
      await p.selectOption('select[name=state]', 'due');
      expect(p.url()).toContain('state=due');
      expect(p.url()).toContain('theme=domestic-abuse');
      // the shared address opens with the same filters
      const again = await openPage(site.browser, site.server.url, new URL(p.url()).pathname + new URL(p.url()).search);
      expect(await again.page.locator('select[name=state]').inputValue()).toBe('due');
      expect(Number(await again.page.locator('#tracker-shown').getAttribute('data-shown'))).toBe(count(all, (e) => e.themes.includes('domestic-abuse') && e.state === 'due'));
      await again.close();
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.externalRequests).toEqual([]);
    });
  });
});

describe('the iCalendar file of each plan', () => {
  it('is linked from its region\'s tracker page, and the newest plans\' from the index', () => {
    const plans = readdirSync(join(DIST_DIR, 'actions', 'calendar')).map((n) => n.replace(/\.ics$/, ''));
    const linked = (html: string) => [...html.matchAll(/href="\/actions\/calendar\/([^"]+)\.ics" download/g)].map((m) => m[1]);
    const regionPages = readdirSync(join(DIST_DIR, 'actions'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'calendar')
      .map((e) => read(DIST_DIR, `actions/${e.name}/index.html`));
    expect(regionPages.flatMap(linked).sort()).toEqual([...plans].sort());
    const onIndex = linked(read(DIST_DIR, 'actions/index.html'));
    expect(onIndex.length).toBe(Math.min(plans.length, 10));
    for (const p of onIndex) expect(plans).toContain(p);
  });

  it('parses with ical.js: one all-day event per dated action, on its target date', () => {
    const dir = join(DIST_DIR, 'actions', 'calendar');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    const reference = referenceOf(read(DIST_DIR, 'actions/index.html'))!;
    for (const name of files) {
      const plan = name.replace(/\.ics$/, '');
      const cal = new ICAL.Component(ICAL.parse(readFileSync(join(dir, name), 'utf8')));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const dated = expectedActions(DIST_DIR, reference).filter((e) => e.plan === plan && e.date);
      expect(events.length, plan).toBe(dated.length);
      expect(events.map((e) => e.startDate.toString()).sort()).toEqual(dated.map((e) => e.date!).sort());
      for (const e of events) {
        expect(e.startDate.isDate).toBe(true);
        expect(e.uid).toMatch(/@probation-findings$/);
        expect(e.summary).toMatch(/^Item \S+, action \d+: /);
      }
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    }
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const work = mkdtempSync(join(tmpdir(), 'tracker-epoch-'));
  // 1 January 2025, 12:00 UTC: after some targets of the seeds, before others
  const EPOCH = '1735732800';
  const build = (out: string) => {
    const r = spawnSync(join(ROOT_DIR, 'node_modules', '.bin', 'astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', out, '--silent'], {
      cwd: ROOT_DIR,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: EPOCH, CONTENT_DIR: join(ROOT_DIR, 'content'), SITE_TEST_CACHE_DIR: join(work, `cache-${relative(work, out)}`) },
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  };
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  beforeAll(() => {
    build(join(work, 'a'));
    build(join(work, 'b'));
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('two builds with the same value are byte-identical', () => {
    const a = files(join(work, 'a'));
    expect(files(join(work, 'b'))).toEqual(a);
    for (const f of a) expect(readFileSync(join(work, 'b', f)).equals(readFileSync(join(work, 'a', f))), f).toBe(true);
  });

  it('sets the printed reference date, and the states follow it', () => {
    const dist = join(work, 'a');
    const index = read(dist, 'actions/index.html');
    expect(referenceOf(index)).toBe('2025-01-01');
    expect(index).toContain('1 January 2025');
    const all = expectedActions(dist, '2025-01-01');
    const overdue = count(all, (e) => e.state === 'overdue');
    expect(overdue).toBeGreaterThan(1); // September and December 2024 have passed
    expect(index).toContain(`<span data-total="overdue">${overdue}</span>`);
    expect(read(dist, 'actions/calendar/kent-surrey-and-sussex-action-plan-2024-05-06.ics')).toContain('DTSTAMP:20250101T000000Z');
  });

  it('is the date the footer of every page says the site was built', () => {
    const dist = join(work, 'a');
    for (const page of ['index.html', 'actions/index.html', 'reports/surrey-pdu-inspection-2024-03/index.html', '404.html']) {
      expect(read(dist, page), page).toContain('<p class="built">Site built on <time datetime="2025-01-01">1 January 2025</time>.</p>');
    }
  });
});
