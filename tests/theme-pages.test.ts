// Theme pages lead with the inspectorate's findings (issue 20), on the site as built from the seeds:
//   - the inspectorate's reports and letters come first, newest first, and the action plans
//     after them: /themes/domestic-abuse/ opens with an inspection finding;
//   - within a report, its findings are grouped by standard (or, under none, by section), each
//     under the heading of its own;
//   - each finding is a short extract of its own text, with its locator linking its permalink;
//   - each action plan finding sits under the recommendation its item answers;
//   - at 1280 and 390 px the page reads without sideways scrolling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection, readFindings } from '../scripts/read-content.ts';
import { EXTRACT_WORDS } from '../src/lib/extract.ts';
import { openPage } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { useSiteInBrowser } from './support/site-session.ts';

const CONTENT_DIR = join(ROOT_DIR, 'content');

interface FindingData { id: string; report_id: string; anchor: string; kind: string; text: string; themes: string[]; standard: string | null }
interface ReportData { id: string; kind: string; published: string | null }
interface ItemData { id: string; finding_ids: string[]; answers: { recommendation: string; score: number }[] }
interface StandardData { id: string; code: string; name: string }
interface ThemeData { id: string; name: string }

const findings = readFindings(CONTENT_DIR) as FindingData[];
const byLink = new Map(findings.map((f) => [`/reports/${f.report_id}/#${f.anchor}`, f]));
const reports = new Map(readCollection<ReportData>(CONTENT_DIR, 'reports').map((r) => [r.id, r]));
const items = readCollection<ItemData>(CONTENT_DIR, 'action-plan-items');
const itemOf = new Map(items.flatMap((i) => i.finding_ids.map((f) => [f, i] as const)));
const standards = new Map(readCollection<StandardData>(CONTENT_DIR, 'standards').map((s) => [s.id, s]));
const themes = readCollection<ThemeData>(CONTENT_DIR, 'themes');

/** What a theme page lists, in order: each finding's link, extract, the document and group headings above it. */
interface Entry {
  href: string;
  locator: string;
  extract: string;
  document: string;
  group: string;
  groupLink: string;
  section: string;
}

function entriesOf(html: string): Entry[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const out: Entry[] = [];
  let section = '';
  let document = '';
  let group = '';
  let groupLink = '';
  const tokens = main.matchAll(/<h2 id="([^"]+)">|<h3><a href="\/reports\/([^"/]+)\/">|<h4>([\s\S]*?)<\/h4>|<li>((?:(?!<li>)[\s\S])*?)<span class="loc"><a href="([^"]+)">([^<]*)<\/a><\/span><\/li>/g);
  for (const m of tokens) {
    if (m[1]) section = m[1];
    else if (m[2]) document = m[2];
    else if (m[3] !== undefined) {
      group = m[3].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      groupLink = /href="([^"]+)"/.exec(m[3])?.[1] ?? '';
    } else if (m[5]) {
      const extract = (m[4] ?? '').replace(/<span class="kind">[^<]*<\/span>/, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
      out.push({ href: m[5], locator: m[6] ?? '', extract, document, group, groupLink, section });
    }
  }
  return out;
}

const page = (id: string) => readFileSync(join(DIST_DIR, 'themes', id, 'index.html'), 'utf8');
const isPlan = (reportId: string) => reports.get(reportId)?.kind === 'action-plan';
const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('theme pages: the inspectorate’s findings first', () => {
  it('/themes/domestic-abuse/ opens with an inspection finding, and lists the action plan after every report and letter', () => {
    const entries = entriesOf(page('domestic-abuse'));
    const first = byLink.get(entries[0]?.href ?? '');
    expect(first, 'the first finding listed').toBeDefined();
    expect(isPlan(first!.report_id), `the first finding, ${entries[0]?.href}, is the action plan's`).toBe(false);
    expect(entries[0]?.section).toBe('findings');
    const plans = entries.map((e) => isPlan(byLink.get(e.href)?.report_id ?? ''));
    expect(plans.some(Boolean), 'the action plan answers findings on domestic abuse').toBe(true);
    expect(plans.indexOf(true)).toBeGreaterThan(plans.lastIndexOf(false));
    expect(entries.filter((e) => isPlan(byLink.get(e.href)!.report_id)).every((e) => e.section === 'responses')).toBe(true);
    // no all-caps "In context — ACTION PLAN: …" links
    expect(page('domestic-abuse')).not.toMatch(/In context — [A-Z ,:–-]{12,}/);
  });

  it('on every theme: every tagged finding once, the reports and letters newest first, then the plans', () => {
    for (const t of themes) {
      const entries = entriesOf(page(t.id));
      const tagged = findings.filter((f) => f.themes.includes(t.id));
      const listed = entries.map((e) => e.href);
      expect([...listed].sort(), `${t.name}: the findings listed`).toEqual(tagged.map((f) => `/reports/${f.report_id}/#${f.anchor}`).sort());
      const docs = [...new Set(entries.map((e) => e.document))];
      const kinds = docs.map((d) => (isPlan(d) ? 1 : 0));
      expect(kinds, `${t.name}: reports and letters before plans`).toEqual([...kinds].sort());
      const dated = docs.filter((d) => !isPlan(d)).map((d) => reports.get(d)?.published ?? '');
      expect(dated, `${t.name}: reports and letters newest first`).toEqual([...dated].sort().reverse());
    }
  });

  it('groups a report’s findings by standard, each under its standard’s heading', () => {
    let checked = 0;
    for (const t of themes) {
      for (const e of entriesOf(page(t.id))) {
        const f = byLink.get(e.href)!;
        if (isPlan(f.report_id) || !f.standard) continue;
        const st = standards.get(f.standard)!;
        expect(e.group, `${e.href} on ${t.name}`).toMatch(new RegExp(`^${st.code.replace(/\./g, '\\.')} ${st.name} \\(\\d+\\)$`));
        expect(e.groupLink).toBe(`/standards/${st.id}/`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows each finding as a short extract of its own words, its locator linking its paragraph', () => {
    let cut = 0;
    for (const t of themes) {
      for (const e of entriesOf(page(t.id))) {
        const f = byLink.get(e.href)!;
        const body = norm(e.extract.replace(/^… /, '').replace(/ …$/, '').replace(/^"|"$/g, ''));
        expect(norm(f.text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')), `${e.href}: the extract is the finding's own words`).toContain(body);
        expect(body.split(' ').length, `${e.href}: extract length`).toBeLessThanOrEqual(EXTRACT_WORDS);
        if (body.length < norm(f.text).length) cut++;
        expect(e.locator, `${e.href}: its locator`).toMatch(/para \d|Item \d|Recommendation \d|key question \d|row \d|^[A-Z]/);
      }
    }
    expect(cut, 'findings shown in part').toBeGreaterThan(0);
  });

  it('puts each action plan finding under the recommendation its item answers', () => {
    let checked = 0;
    for (const t of themes) {
      for (const e of entriesOf(page(t.id))) {
        const f = byLink.get(e.href)!;
        if (!isPlan(f.report_id)) continue;
        const item = itemOf.get(f.id);
        if (!item?.answers.length) {
          expect(e.group, `${e.href} on ${t.name}`).toMatch(/answering no recommendation found|Other paragraphs/);
          continue;
        }
        const best = [...item.answers].sort((a, b) => b.score - a.score)[0]!;
        expect(e.group, `${e.href} on ${t.name}`).toMatch(/^Answering recommendation \d+ of the /);
        expect(e.groupLink, `${e.href} on ${t.name}`).toBe(`/recommendations/${best.recommendation}/`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  describe('in Chromium', () => {
    const site = useSiteInBrowser();
    it.each([
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ])('at $width px, the first finding is the inspectorate’s and the page does not scroll sideways', async (viewport) => {
      const visit = await openPage(site.browser, site.server.url, '/themes/domestic-abuse/', { viewport });
      try {
        const firstHref = await visit.page.locator('main ul.extracts .loc a').first().getAttribute('href');
        expect(isPlan(byLink.get(firstHref ?? '')?.report_id ?? '')).toBe(false);
        expect(await visit.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(visit.consoleErrors).toEqual([]);
      } finally {
        await visit.close();
      }
    });
  });
});
