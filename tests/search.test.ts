// Search (issue 4), in Debian's Chromium against the built site served on loopback. What each test
// expects is computed from the generated content (content/, read back by scripts/read-content.ts), not written in:
//   - "domestic abuse" finds every finding, and so every document, whose text mentions it;
//   - the PDU filter set to Surrey leaves only findings about Surrey, as many as its count said;
//   - a result opens the report at its paragraph: the paragraph is the :target, is on screen, and
//     the link carries a text fragment (:~:text=) with the searched words;
//   - "DA" finds domestic abuse passages (which never write "DA"), and no "data" or "date";
//   - "MAPPA" and "multi-agency public protection arrangements" find the same findings;
//   - axe finds no WCAG 2.2 AA violation on the search page, with results and filters open;
//   - the page works with the keyboard alone: Tab to the input, type, Tab to a filter, Enter
//     opens it, Tab to a value, Space, Tab to a result, Enter opens it at its paragraph;
//   - the filters are lazy and their counts right: a search loads no filter until one is opened,
//     and each value's count, for a query and with nothing searched, is the number of results
//     that picking it gives;
//   - nothing is requested from another origin, no console error, and no page but /search/
//     loads a script file or the index;
//   - without JavaScript, the page says so and links the theme index and the A–Z of regions and
//     PDUs.
// Timing: ~60 s (every test twice, and the copy indexed again).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, type PageVisit } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { readCollection, readFindings } from '../scripts/read-content.ts';
import { usePartedSite } from './support/parted-site.ts';
import { precisionAt5, readJudgedQueries } from './support/judged-queries.ts';
import { useSiteInBrowser } from './support/site-session.ts';

const CONTENT_DIR = join(ROOT_DIR, 'content');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const collection = <T>(name: string): T[] => readCollection<T>(CONTENT_DIR, name);

interface FindingData {
  id: string;
  anchor: string;
  report_id: string;
  entity: string | null;
  text: string;
}
interface AddressedData {
  addressee_entities: string[];
  finding_ids?: string[];
  finding_id?: string;
  about_entity?: string | null;
}

const findings = readFindings(CONTENT_DIR) as (FindingData & { kind: string; section: string })[];
const judged = readJudgedQueries(findings);
const findingByUrl = new Map(findings.map((f) => [`/reports/${f.report_id}/#${f.anchor}`, f]));
const items = collection<AddressedData>('action-plan-items');
const recommendations = collection<AddressedData>('recommendations');

/** Findings about an entity: its own, and those of recommendations and plan items addressed to it. */
function findingsAbout(entity: string): Set<string> {
  const ids = new Set(findings.filter((f) => f.entity === entity).map((f) => f.id));
  for (const it of items) if (it.addressee_entities.includes(entity)) for (const id of it.finding_ids ?? []) ids.add(id);
  for (const r of recommendations) {
    if ((r.addressee_entities.includes(entity) || r.about_entity === entity) && r.finding_id) ids.add(r.finding_id);
  }
  return ids;
}

/** The text a finding is searched by: Markdown links and footnote markers reduced to their text. */
function plain(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/**
 * A link of a result: its main link (to the paragraph that matched best) or one of the links to
 * the passage's other matching paragraphs. A result is a passage of a document.
 */
interface Result {
  href: string;
  /** The URL without its text fragment: the permalink. */
  url: string;
  title: string;
  excerpt: string;
  marks: string[];
  /** The main link of its result (false: a link to another paragraph of the passage). */
  main: boolean;
}

/** The results (passages and pages), one per main link. */
const passages = (rs: Result[]) => rs.filter((r) => r.main);

/** Waits for the search page's script to be ready (filters built from the index). */
async function ready(page: Page): Promise<void> {
  // attached, not visible: on a phone the filters are a closed line
  await page.waitForSelector('#search-facets details', { state: 'attached', timeout: 15_000 });
}

/** The results on the page after a search settled, every page of them ("Show more" clicked). */
async function results(page: Page): Promise<Result[]> {
  await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  // the first result shows as soon as it is loaded, the rest of the page after it: busy till then
  await settled(page);
  for (let i = 0; i < 50; i++) {
    const more = page.locator('#more-results');
    if (!(await more.isVisible())) break;
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    await settled(page);
  }
  return page.$$eval('#search-results > li', (lis) =>
    lis.flatMap((li) => {
      const link = (a: HTMLAnchorElement, excerpt: Element | null, main: boolean) => {
        const href = a.getAttribute('href') ?? '';
        return {
          href,
          url: href.replace(/:~:.*$/, ''),
          title: a.textContent ?? '',
          excerpt: excerpt?.textContent ?? '',
          marks: [...(excerpt?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
          main,
        };
      };
      const main = li.querySelector('a.result-link') as HTMLAnchorElement;
      const also = [...li.querySelectorAll<HTMLAnchorElement>('.result-also a')];
      return [link(main, li.querySelector('.result-excerpt'), true), ...also.map((a) => link(a, a, false))];
    }),
  );
}

/** Waits for the results list to be complete (not aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('search-results')?.hasAttribute('aria-busy'), null, { timeout: 15_000 });
}

async function search(page: Page, query: string, { all = true } = {}): Promise<Result[]> {
  await ready(page);
  const status = await page.textContent('#search-status');
  await page.fill('#q', query);
  await page.waitForFunction(
    ([q, before]) => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return s !== before && s.includes(`“${q}”`);
    },
    [query, status] as const,
    { timeout: 15_000 },
  );
  await settled(page);
  return all ? results(page) : [];
}

const findingResults = (rs: Result[]) => rs.filter((r) => findingByUrl.has(r.url));

/** A rating, table row or piece of document information (front matter): what the search ranks last. */
const isSummary = (url: string) => ['rating', 'table-row', 'metadata'].includes(findingByUrl.get(url)?.kind ?? '');

/** The best bets shown (their links), in order. */
async function bestBets(page: Page): Promise<string[]> {
  return page.$$eval('#best-bets:not([hidden]) #bets-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** The page's layout shifts not caused by the reader (the sum is the cumulative layout shift). */
async function layoutShifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
  return page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
}

/** Records layout shifts from the start of every page the context opens. */
const RECORD_SHIFTS = () => {
  const shifts: { value: number; sources: string[] }[] = [];
  (window as unknown as { shifts: typeof shifts }).shifts = shifts;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
      if (!e.hadRecentInput) shifts.push({ value: e.value, sources: (e.sources ?? []).map((x) => (x.node instanceof Element ? `${x.node.tagName.toLowerCase()}#${x.node.id}.${x.node.className}` : String(x.node?.nodeName))) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

function expectClean(visit: PageVisit): void {
  expect(visit.externalRequests, 'requests to another origin').toEqual([]);
  expect(visit.consoleErrors, 'console errors').toEqual([]);
  expect(visit.failedRequests, 'failed requests').toEqual([]);
}

// Every test runs on the site as built (its index in one part) and on a copy whose index is in a
// part per document or so, merged by the search page as a large archive's parts are.
const PARTED_WORDS = 5000;

describe.each([
  { layout: 'in one part', words: null },
  { layout: `in parts of at most ${PARTED_WORDS} words`, words: PARTED_WORDS },
])('search, the index $layout', ({ words }) => {
  const parted = words ? usePartedSite(words) : null;
  const site = useSiteInBrowser(parted ? () => parted.dir : undefined);

  if (!parted) {
    it('is in one part, as an archive of this size is', () => {
      const parts = JSON.parse(readFileSync(join(DIST_DIR, 'search/parts.json'), 'utf8')) as { indexes: string[] };
      expect(parts.indexes).toEqual(['/pagefind/']);
    });
  } else {
    it('merges every part into each search', async () => {
      expect(parted.parts.length, 'parts of the index').toBeGreaterThanOrEqual(3);
      expect(parted.parts[0]).toBe('/pagefind/');
      const visit = await openPage(site.browser, site.server.url, '/search/');
      try {
        const requested: string[] = [];
        visit.page.on('request', (req) => requested.push(new URL(req.url()).pathname));
        await search(visit.page, 'domestic abuse');
        for (const part of parted.parts) {
          expect(requested.filter((u) => u.startsWith(`${part}index/`) && u.endsWith('.pf_index')), `index chunks of ${part}`).not.toEqual([]);
        }
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });
  }

  it(`the judged queries (${judged.length}): precision at 5 is reported, and no query falls below its floor`, async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rows: { query: string; p5: number; before: number | undefined; first: string[] }[] = [];
      for (const q of judged) {
        await search(visit.page, q.query, { all: false });
        const first = await visit.page.$$eval('#search-results > li a.result-link', (as) => as.slice(0, 5).map((a) => (a.getAttribute('href') ?? '').replace(/:~:.*$/, '')));
        rows.push({ query: q.query, p5: precisionAt5(first, q.relevant), before: q.before, first });
      }
      const mean = rows.reduce((n, r) => n + r.p5, 0) / rows.length;
      const pad = Math.max(...rows.map((r) => r.query.length));
      console.log(
        [
          `Judged queries, ${words ? 'index in parts' : 'index in one part'}: precision at 5 (first five results, best bets apart)`,
          ...rows.map((r) => `  ${r.query.padEnd(pad)}  ${r.p5.toFixed(2)}${r.before === undefined ? '' : `  (before ${r.before.toFixed(2)})`}`),
          `  ${'mean'.padEnd(pad)}  ${mean.toFixed(3)}`,
        ].join('\n'),
      );
      if (!parted) {
        const fell = rows.filter((r) => r.before !== undefined && r.p5 < r.before - 1e-9).map((r) => `${r.query}: ${r.p5.toFixed(2)} < ${r.before?.toFixed(2)} (${r.first.join(' ')})`);
        expect(fell, 'queries whose precision at 5 fell below their floor').toEqual([]);
      } else {
        // Each part ranks by its own word statistics (and extends a last word by the words of
        // the index chunks it loads), so a query's order may differ from one index's: the set
        // as a whole must still do better than before.
        const before = rows.reduce((n, r) => n + (r.before ?? 0), 0) / rows.length;
        expect(mean, 'mean precision at 5, index in parts').toBeGreaterThan(before);
      }
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('"domestic abuse" finds every finding, and every document, that mentions it', async () => {
    const mentions = findings.filter((f) => /domestic[\s-]+abuse/i.test(plain(f.text)));
    const expectedDocs = [...new Set(mentions.map((f) => f.report_id))].sort();
    expect(expectedDocs.length, 'documents mentioning domestic abuse in content/').toBeGreaterThan(1);

    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rs = await search(visit.page, 'domestic abuse');
      const found = new Set(rs.map((r) => r.url));
      const docs = [...new Set(findingResults(rs).map((r) => findingByUrl.get(r.url)?.report_id))].sort();
      expect(docs).toEqual(expect.arrayContaining(expectedDocs));
      const missed = mentions.filter((f) => !found.has(`/reports/${f.report_id}/#${f.anchor}`)).map((f) => f.id);
      expect(missed, 'findings mentioning domestic abuse that the search missed').toEqual([]);
      // the theme page is a best bet, apart from the results, and each finding result marks the words
      expect(await bestBets(visit.page)).toContain('/themes/domestic-abuse/');
      expect(found.has('/themes/domestic-abuse/')).toBe(false);
      for (const r of findingResults(rs)) expect(r.marks.length, `no highlighted words in ${r.url}`).toBeGreaterThan(0);
      expect(await visit.page.textContent('#search-status')).toMatch(new RegExp(`^${passages(rs).length} results for “domestic abuse”`));
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('the PDU filter set to Surrey leaves only Surrey results, as many as its count said', async () => {
    const surrey = findingsAbout('pdu-surrey');
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const page = visit.page;
      const all = await search(page, 'domestic abuse');
      const pdu = page.locator('details[data-key="pdu"]');
      await pdu.locator('summary').click();
      const box = pdu.getByRole('checkbox', { name: /^Surrey PDU/ });
      const label = (await pdu.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) ?? '';
      const count = Number(/\((\d+)\)/.exec(label)?.[1]);
      expect(count).toBeGreaterThan(0);
      const before = await page.textContent('#search-status');
      await box.check();
      await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
      const rs = await results(page);
      expect(passages(rs).length).toBe(count);
      expect(passages(rs).length).toBeLessThan(passages(all).length);
      // every link opens a paragraph about Surrey: a result is a passage with a Surrey finding,
      // opened at its Surrey paragraphs
      const notSurrey = rs.filter((r) => !surrey.has(findingByUrl.get(r.url)?.id ?? '')).map((r) => r.url);
      expect(notSurrey, 'results that are not about Surrey').toEqual([]);
      // and every Surrey paragraph of the unfiltered results is still there
      const expected = all.filter((r) => surrey.has(findingByUrl.get(r.url)?.id ?? '')).map((r) => r.url);
      const urls = rs.map((r) => r.url);
      expect(urls).toEqual(expect.arrayContaining(expected));
      // the others are passages whose words are in another paragraph than the Surrey ones: opened
      // at their first Surrey paragraph, with nothing highlighted
      for (const r of rs.filter((x) => !expected.includes(x.url))) {
        expect(r.main, `${r.url} is a link to another paragraph`).toBe(true);
        expect(r.marks, `${r.url} highlights words it was not found by`).toEqual([]);
      }
      expect(await page.textContent('#search-status')).toContain('with 1 filter');
      expect(new URL(page.url()).searchParams.getAll('pdu')).toEqual(['Surrey PDU']);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('a result opens its report at the paragraph, with the searched words in a text fragment', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const page = visit.page;
      const rs = findingResults(await search(page, 'domestic abuse'));
      const withText = rs.filter((r) => r.href.includes(':~:text='));
      // the link of (nearly) every result carries a text fragment: only paragraphs whose text
      // is repeated earlier on their page go without (the browser would highlight the other one)
      expect(withText.length).toBeGreaterThanOrEqual(Math.ceil(rs.length * 0.8));
      for (const r of withText) {
        const directive = decodeURIComponent(r.href.slice(r.href.indexOf(':~:text=') + 8));
        expect(directive.toLowerCase(), r.href).toMatch(/domestic abuse/);
      }

      // Open the first one by clicking it, as a reader does, and a few more by their URL.
      const first = withText[0] as Result;
      await Promise.all([page.waitForURL((u) => u.pathname !== '/search/'), page.click(`#search-results a[href="${first.href}"]`)]);
      const check = async (r: Result) => {
        const anchor = r.url.slice(r.url.indexOf('#') + 1);
        await page.waitForFunction((a) => document.querySelector(':target')?.id === a, anchor, { timeout: 5_000 });
        const state = await page.evaluate(() => {
          const t = document.querySelector(':target') as HTMLElement;
          const rect = t.getBoundingClientRect();
          return {
            id: t.id,
            text: t.textContent ?? '',
            onScreen: rect.bottom > 0 && rect.top < innerHeight,
            background: getComputedStyle(t).backgroundColor,
            // scripts that run: the JSON data blocks (application/ld+json, application/json) never do
            scripts: [...document.scripts].filter((x) => !x.type || /^(module|text\/javascript|application\/javascript)$/i.test(x.type)).length,
          };
        });
        expect(state.id).toBe(anchor);
        expect(state.onScreen, `${r.url} is not on screen`).toBe(true);
        expect(state.text.toLowerCase()).toMatch(/domestic[\s-]+abuse/);
        expect(state.background, 'the :target paragraph is highlighted').not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
        // One script at most: the report page's module (src/client/cite-dialog.ts, which only
        // listens for clicks on a locator, and src/client/report-nav.ts, which only marks the
        // section read in the contents); neither moves the page.
        expect(state.scripts, 'report pages run no script but their own module').toBeLessThanOrEqual(1);
        // The browser found the text: it scrolled to the words (centred), not to the top of the
        // paragraph as it does for the permalink alone.
        const withDirective = await page.evaluate(() => scrollY);
        await page.goto('about:blank');
        await page.goto(site.server.url + r.url);
        await page.waitForFunction((a) => document.querySelector(':target')?.id === a, anchor);
        expect(await page.evaluate(() => scrollY), `the text fragment of ${r.href} was not found`).not.toBe(withDirective);
      };
      await check(first);
      for (const r of withText.slice(1, 6)) {
        await page.goto('about:blank');
        await page.goto(site.server.url + r.href);
        await check(r);
      }
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('"DA" finds the domestic abuse passages, and not "data" or "date"', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rs = findingResults(await search(visit.page, 'DA'));
      const texts = rs.map((r) => plain(findingByUrl.get(r.url)?.text ?? ''));
      const spelledOut = texts.filter((t) => /domestic[\s-]+abuse/i.test(t) && !/\bDA\b/.test(t));
      expect(spelledOut.length, 'results that say "domestic abuse" but not "DA"').toBeGreaterThan(0);
      for (const t of texts) expect(t, 'a result for DA that is not about domestic abuse').toMatch(/\bDA\b|domestic[\s-]+abuse/i);
      // those results highlight the words DA stands for
      expect(rs.some((r) => r.marks.some((m) => /^domestic abuse$/i.test(m)))).toBe(true);
      // and so do the domestic abuse findings of "domestic abuse" (no fewer)
      const literal = findings.filter((f) => /\bDA\b/.test(plain(f.text)) || /domestic[\s-]+abuse/i.test(plain(f.text)));
      const found = new Set(rs.map((r) => r.url));
      const missed = literal.filter((f) => !found.has(`/reports/${f.report_id}/#${f.anchor}`)).map((f) => f.id);
      expect(missed).toEqual([]);
      // said in plain words
      expect(await visit.page.textContent('#search-status')).toContain('Also searched for “domestic abuse”, which DA stands for.');
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('"MAPPA" and "multi-agency public protection arrangements" find the same findings', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const a = findingResults(await search(visit.page, 'MAPPA')).map((r) => r.url).sort();
      const bResults = findingResults(await search(visit.page, 'multi-agency public protection arrangements'));
      const b = bResults.map((r) => r.url).sort();
      const bMain = new Set(bResults.filter((r) => r.main).map((r) => r.url));
      const mentions = findings
        .filter((f) => /\bMAPPA/.test(plain(f.text)) || /multi[\s-]+agency public protection arrangements/i.test(plain(f.text)))
        .map((f) => `/reports/${f.report_id}/#${f.anchor}`);
      expect(mentions.length).toBeGreaterThan(1);
      expect(a).toEqual(expect.arrayContaining(mentions));
      expect(b).toEqual(expect.arrayContaining(mentions));
      // the two result sets are the same, but for findings that have all four words apart
      const onlyA = a.filter((u) => !b.includes(u));
      const onlyB = b.filter((u) => !a.includes(u));
      expect(onlyA, 'found by MAPPA only').toEqual([]);
      // Those have the four words apart: in the paragraph, or, when a passage has them in several
      // paragraphs and none has all four, in the passage, opened at the paragraph with the most.
      const words = ['multi', 'agency', 'public', 'protection', 'arrangement'];
      for (const u of onlyB) {
        const t = plain(findingByUrl.get(u)?.text ?? '').toLowerCase();
        const has = words.filter((w) => t.includes(w));
        if (has.length === words.length) continue;
        expect(bMain.has(u), `${u} has only ${has.join(', ')} and is not the paragraph its passage opens at`).toBe(true);
        expect(has.length, `${u} has only ${has.join(', ')}`).toBeGreaterThanOrEqual(2);
      }
      expect(onlyB.length, 'found by the expansion only').toBeLessThanOrEqual(Math.ceil(b.length * 0.2));
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('searches a query typed while the index loads at the reader\'s pause, never half of it', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const page = visit.page;
      // the index's WebAssembly is held until half the query is typed, so that it loads mid-word
      let release!: () => void;
      const held = new Promise<void>((ok) => (release = ok));
      await page.route('**/wasm.*.pagefind', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site.server.url}/search/`);
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { statuses: string[] }).statuses = seen;
        const status = document.getElementById('search-status') as HTMLElement;
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.focus('#q');
      await page.keyboard.type('domestic');
      release();
      // the rest in one input, as a fast typist's keys arrive: keys typed one by one could be
      // slowed past the reader's pause by a busy machine, and a pause is when a search runs
      await page.keyboard.insertText(' abuse');
      await page.waitForFunction(() => /results? for “domestic abuse”/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
      const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
      const named = statuses.filter((x) => x.includes('“'));
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((x) => !x.includes('“domestic abuse”')), 'statuses of a search for part of the query').toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('a misspelt word is searched as the reports\' closest word, and the words as typed are one click away', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const page = visit.page;
      await ready(page);
      await page.fill('#q', 'safegaurding');
      // the typed word's results first, then the correction's
      await page.waitForFunction(() => /results? for “safeguarding”/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.isVisible('#search-correction')).toBe(true);
      expect(await page.textContent('#correction-used')).toBe('safeguarding');
      expect(await page.textContent('#search-status')).toMatch(/results? for “safeguarding”/);
      const rs = await results(page);
      const mentions = findings.filter((f) => /safeguarding/i.test(plain(f.text)));
      expect(passages(rs).length).toBeGreaterThan(0);
      // every paragraph shown is about safeguarding, and the word is highlighted
      for (const r of rs.filter((x) => findingByUrl.has(x.url))) {
        expect(plain(findingByUrl.get(r.url)?.text ?? ''), r.url).toMatch(/safeguard/i);
        expect(r.marks.some((m) => /^safeguard/i.test(m)), r.url).toBe(true);
      }
      expect(mentions.every((f) => rs.some((r) => r.url === `/reports/${f.report_id}/#${f.anchor}`))).toBe(true);
      // the words as typed, on request
      const before = await page.textContent('#search-status');
      await page.click('#correction-undo');
      await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
      expect(await page.textContent('#search-status')).toMatch(/for “safegaurding”/);
      expect(await page.isVisible('#search-correction')).toBe(false);
      // a word the reports have is never corrected
      await search(page, 'safeguarding');
      expect(await page.isVisible('#search-correction')).toBe(false);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('"safeguarding children" also finds "child": irregular plurals are one word', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rs = await search(visit.page, 'safeguarding children');
      const found = new Set(rs.map((r) => r.url));
      const childOnly = findings.filter((f) => /safeguarding/i.test(plain(f.text)) && /\bchild\b/i.test(plain(f.text)) && !/\bchildren\b/i.test(plain(f.text)));
      expect(childOnly.length, 'findings saying "child" but not "children"').toBeGreaterThan(0);
      const missed = childOnly.filter((f) => !found.has(`/reports/${f.report_id}/#${f.anchor}`)).map((f) => f.id);
      expect(missed).toEqual([]);
      expect(await visit.page.textContent('#search-status')).toContain('Also searched for “child”, another form of “children”.');
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('"red site": the words together rank above the words apart', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rs = await search(visit.page, 'red site');
      const together = findings.filter((f) => /\bred site\b/i.test(plain(f.text)));
      expect(together.length).toBeGreaterThan(0);
      const first = passages(rs)[0] as Result;
      expect(together.map((f) => `/reports/${f.report_id}/#${f.anchor}`)).toContain(first.url);
      expect(first.marks.map((m) => m.toLowerCase())).toContain('red site');
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('English stemming: "assessments" finds "assessment" and "assessed"', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const rs = findingResults(await search(visit.page, 'assessments'));
      const marks = new Set(rs.flatMap((r) => r.marks.map((m) => m.toLowerCase())));
      // every form of the word that the findings use is found (and highlighted)
      const forms = ['assessment', 'assessments', 'assessed'].filter((w) => findings.some((f) => new RegExp(`\\b${w}\\b`, 'i').test(plain(f.text))));
      expect(forms.length).toBeGreaterThan(1);
      expect([...marks]).toEqual(expect.arrayContaining(forms));
      expect(await visit.page.getAttribute('html', 'lang')).toMatch(/^en\b/);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('loads no filter until one is opened, and counts each value as many results as picking it gives', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    const filterRequests: string[] = [];
    visit.page.on('request', (r) => {
      if (/\/pagefind\/(part-\d+\/)?filter\/|\/search\/facets\.json/.test(r.url())) filterRequests.push(r.url());
    });
    try {
      const page = visit.page;
      await search(page, 'unpaid work');
      // before a filter is opened, only the filter that ranks the action plans and the front
      // matter after the inspectorate's findings (src/client/search-passage.ts), a small file
      // in each part of the index: never a filter the reader sees, nor their totals
      const parts = parted ? parted.parts.length : 1;
      expect(filterRequests.filter((u) => u.endsWith('facets.json')), 'filter totals loaded before any filter was opened').toEqual([]);
      expect(filterRequests.length, 'filter files loaded before any filter was opened').toBeLessThanOrEqual(parts);
      const hidden = new Set(filterRequests);
      const status = async () => (await page.textContent('#search-status')) ?? '';
      /** Opens a filter and reads its values' counts. */
      const countsOf = async (key: string) => {
        const details = page.locator(`details[data-key="${key}"]`);
        if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
        // the filter is busy (aria-busy) until its counts are those of the current search
        await page.waitForFunction((k) => {
          const d = document.querySelector(`details[data-key="${k}"]`);
          return !!d && d.getAttribute('aria-busy') !== 'true' && !!d.querySelector('input[type=checkbox]');
        }, key);
        return details.evaluate((d) =>
          [...d.querySelectorAll('li')].map((li) => ({
            value: (li.querySelector('input') as HTMLInputElement).value,
            count: Number(/\((\d+)\)$/.exec(li.textContent ?? '')?.[1] ?? NaN),
          })),
        );
      };
      /** Picks one value alone and returns the number of results the page then reports. */
      const resultsWith = async (key: string, value: string) => {
        const before = await status();
        await page.evaluate(([k, v]) => {
          for (const box of document.querySelectorAll<HTMLInputElement>('#search-facets input[type=checkbox]')) {
            const want = box.name === k && box.value === v;
            if (box.checked !== want) box.click();
          }
        }, [key, value] as const);
        await page.waitForFunction((b) => {
          const s = document.getElementById('search-status')?.textContent ?? '';
          return s !== b && /filter/.test(s);
        }, before);
        return Number(/^(\d+|No) result/.exec(await status())?.[1]?.replace('No', '0'));
      };
      const clear = async () => {
        const before = await status();
        await page.click('#clear-filters');
        await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
      };

      // Every value of the small filters, and a few of the large ones, with a query
      const checked: string[] = [];
      for (const key of ['document', 'finding', 'rating', 'region', 'pdu', 'standard', 'theme']) {
        const counts = (await countsOf(key)).filter((c) => c.count > 0);
        expect(counts.length, `values of ${key} with results`).toBeGreaterThan(0);
        for (const { value, count } of counts.slice(0, 4)) {
          expect(await resultsWith(key, value), `${key} = ${value}`).toBe(count);
          checked.push(`${key}=${value}`);
          await clear();
        }
      }
      expect(filterRequests.some((u) => !hidden.has(u) && /\/pagefind\/(part-\d+\/)?filter\//.test(u)), 'filters loaded once opened').toBe(true);

      // With nothing searched, the counts are the archive's totals (facets.json), again as many as picking gives
      const before = await status();
      await page.fill('#q', '');
      await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
      const pdus = await countsOf('pdu');
      const total = pdus.reduce((n, c) => n + c.count, 0);
      expect(total).toBeGreaterThan(0);
      for (const { value, count } of pdus.filter((c) => c.count > 0).slice(0, 3)) {
        expect(await resultsWith('pdu', value), `pdu = ${value}, nothing searched`).toBe(count);
        await clear();
      }
      expect(checked.length).toBeGreaterThan(10);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA), empty and with results and filters open', async () => {
    // axe-core is injected as an inline script, which the page's policy would block.
    const visit = await openPage(site.browser, site.server.url, '/search/', { bypassCSP: true });
    try {
      const page = visit.page;
      const run = async () => {
        await page.addScriptTag({ content: AXE_SOURCE });
        const res = await page.evaluate(async (tags) => {
          const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
          });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        }, AXE_TAGS);
        return res;
      };
      await ready(page);
      expect(await run()).toEqual([]);
      await search(page, 'unpaid work');
      for (const s of await page.locator('#search-facets summary').all()) {
        const open = await s.evaluate((e) => (e.parentElement as HTMLDetailsElement).open);
        if (!open) await s.click();
      }
      await page.locator('#search-facets input[type=checkbox]:visible').first().check();
      await page.waitForTimeout(400);
      expect(await run()).toEqual([]);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('works with the keyboard alone, with a visible focus on every stop', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/');
    try {
      const page = visit.page;
      await ready(page);
      const focused = () =>
        page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          const cs = getComputedStyle(e);
          return {
            tag: e.tagName.toLowerCase(),
            id: e.id,
            type: e.getAttribute('type'),
            href: e.getAttribute('href'),
            inResults: !!e.closest('#search-results'),
            checked: (e as HTMLInputElement).checked,
            visibleFocus: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== ''),
          };
        });
      const tabUntil = async (want: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          const f = await focused();
          expect(f.visibleFocus, `no visible focus on <${f.tag} id="${f.id}">`).toBe(true);
          if (want(f)) return f;
        }
        throw new Error(`Tab never reached ${what}`);
      };

      await tabUntil((f) => f.id === 'q', 'the search input');
      await page.keyboard.type('domestic abuse');
      await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
      const before = await page.textContent('#search-status');

      // the filters are closed until opened: Tab to one, Enter opens it, Tab to its first value
      await tabUntil((f) => f.tag === 'summary', 'a filter');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#search-facets details[open] input[type=checkbox]');
      const box = await tabUntil((f) => f.type === 'checkbox', 'a filter value');
      expect(box.checked).toBe(false);
      await page.keyboard.press('Space');
      expect((await focused()).checked).toBe(true);
      await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
      expect(await page.textContent('#search-status')).toContain('with 1 filter');

      const link = await tabUntil((f) => f.inResults && f.tag === 'a', 'a result');
      const url = (link.href ?? '').replace(/:~:.*$/, '');
      await Promise.all([page.waitForURL((u) => u.pathname !== '/search/'), page.keyboard.press('Enter')]);
      if (url.includes('#')) {
        const anchor = url.slice(url.indexOf('#') + 1);
        await page.waitForFunction((a) => document.querySelector(':target')?.id === a, anchor);
      }
      expect(new URL(page.url()).pathname).toBe(url.replace(/#.*$/, ''));
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('announces result counts in a live region, and keeps the no-JavaScript fallback', async () => {
    const html = readFileSync(join(DIST_DIR, 'search/index.html'), 'utf8');
    expect(html).toMatch(/<p class="notice" id="search-nojs">[^<]*needs JavaScript[\s\S]*?href="\/themes\/"[\s\S]*?<\/p>/);
    // readers without JavaScript are sent to the A–Z of regions and PDUs (linked, not repeated:
    // the search page stays the same size however many regions and PDUs the archive names),
    // which links every one of them
    const entities = collection<{ id: string; type: string }>('entities');
    expect(html).toContain('href="/entities/"');
    const az = readFileSync(join(DIST_DIR, 'entities/index.html'), 'utf8');
    for (const e of entities) expect(az).toContain(`href="/${e.type === 'pdu' ? 'pdus' : 'regions'}/${e.id}/"`);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/search/`);
      expect(await page.isVisible('text=needs JavaScript')).toBe(true);
      expect(await page.isVisible('a[href="/themes/"]')).toBe(true);
      expect(await page.isVisible('#search-nojs a[href="/entities/"]')).toBe(true);
      expect(await page.isVisible('#search-app')).toBe(false);
    } finally {
      await context.close();
    }
    const visit = await openPage(site.browser, site.server.url, '/search/?q=unpaid+work');
    try {
      const status = visit.page.locator('#search-status');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await visit.page.waitForFunction(() => /\d+ results for “unpaid work”/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await visit.page.inputValue('#q')).toBe('unpaid work');
      expect(await visit.page.isVisible('#search-nojs')).toBe(false);
      expectClean(visit);
    } finally {
      await visit.close();
    }
  });

  it('on a phone (390 px) the results come first: the filters are one closed line above them', async () => {
    const visit = await openPage(site.browser, site.server.url, '/search/?q=domestic+abuse', { viewport: { width: 390, height: 844 } });
    try {
      const page = visit.page;
      await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.evaluate(() => (document.getElementById('filters-box') as HTMLDetailsElement).open)).toBe(false);
      const first = await page.locator('#search-results .result-link').first().boundingBox();
      expect(first, 'the first result').not.toBeNull();
      expect((first as { y: number }).y + (first as { height: number }).height, 'the first result is on the first screen').toBeLessThan(844);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390);
      // one tap opens them
      await page.click('#filters-box > summary');
      await page.locator('details[data-key="pdu"] summary').click();
      await page.waitForSelector('details[data-key="pdu"] input[type=checkbox]');
      expectClean(visit);
    } finally {
      await visit.close();
    }
    // on a wide screen they stay open beside the results
    const wide = await openPage(site.browser, site.server.url, '/search/?q=domestic+abuse', { viewport: { width: 1280, height: 900 } });
    try {
      await wide.page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await wide.page.evaluate(() => (document.getElementById('filters-box') as HTMLDetailsElement).open)).toBe(true);
    } finally {
      await wide.close();
    }
  });

  // Issue 20: the inspectorate's findings first, best bets apart, nothing twice, the document kind
  // one click away, and nothing moving while results arrive; at a desktop's and a phone's width.
  describe.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])('at $width px', (viewport) => {
    it('shows the pages a query names as best bets, apart and above the results, and never among them', async () => {
      const visit = await openPage(site.browser, site.server.url, '/search/', { viewport });
      try {
        const page = visit.page;
        for (const [query, first] of [
          ['domestic abuse', '/themes/domestic-abuse/'],
          ['unpaid work', '/themes/unpaid-work/'],
          ['Surrey PDU', '/pdus/pdu-surrey/'],
        ] as const) {
          const rs = await search(page, query, { all: false });
          expect(rs).toEqual([]);
          const bets = await bestBets(page);
          expect(bets[0], `the first best bet for "${query}"`).toBe(first);
          expect(bets.length).toBeLessThanOrEqual(3);
          const hubs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => /^\/(themes|standards|regions|pdus)\//.test(h)));
          expect(hubs, `hub pages among the results for "${query}"`).toEqual([]);
          const box = await page.locator('#best-bets').boundingBox();
          const firstResult = await page.locator('#search-results > li').first().boundingBox();
          expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(firstResult?.y ?? 0);
        }
        // a query that names no page has none
        await search(page, 'home visits', { all: false });
        expect(await page.isVisible('#best-bets')).toBe(false);
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });

    it('lists the inspectorate\'s findings before the action plan, and ratings and front matter last', async () => {
      // 0: an inspection report or letter; 1: the action plan; 2: a rating, table row, piece of
      // document information or boilerplate, which the index keeps in passages of their own
      const groupOf = (url: string) => {
        const f = findingByUrl.get(url);
        if (['rating', 'metadata'].includes(f?.kind ?? '') || /^(Contents|Acknowledgements|The role of HM Inspectorate|©|Published by|Ratings|Annexe two)/.test(f?.section ?? '')) return 2;
        return /action-plan/.test(f?.report_id ?? '') ? 1 : 0;
      };
      const visit = await openPage(site.browser, site.server.url, '/search/', { viewport });
      try {
        // one word: nothing but the group decides the order
        for (const query of ['MAPPA', 'recruitment', 'safeguarding', 'inadequate']) {
          const groups = passages(await search(visit.page, query)).map((r) => groupOf(r.url));
          expect(groups.includes(1) || groups.includes(2), `"${query}" finds the plan or the front matter`).toBe(true);
          expect(groups, `"${query}": groups in order`).toEqual([...groups].sort((a, b) => a - b));
        }
        // several words: those with the words together first, the inspectorate's first among them
        const da = passages(await search(visit.page, 'domestic abuse')).map((r) => groupOf(r.url));
        expect(da.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
        // "unpaid work": the Unpaid work section first (in one index: each part of a parted one
        // ranks by its own statistics), its ratings-table row below the sections
        const uw = passages(await search(visit.page, 'unpaid work'));
        if (!parted) expect(findingByUrl.get(uw[0]?.url ?? '')?.section ?? '').toMatch(/Unpaid work/);
        const firstSummary = uw.findIndex((r) => groupOf(r.url) === 2);
        const lastReport = uw.map((r) => groupOf(r.url)).lastIndexOf(0);
        if (firstSummary >= 0) expect(firstSummary, 'a ratings row above an inspection finding').toBeGreaterThan(lastReport);
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });

    it('never lists the same paragraph or action plan item twice', async () => {
      const visit = await openPage(site.browser, site.server.url, '/search/', { viewport });
      try {
        for (const query of ['domestic abuse', 'Keeping Everyone Safe', 'safeguarding', 'training', 'court']) {
          const rs = await search(visit.page, query);
          const urls = rs.map((r) => r.url);
          expect(urls.filter((u, i) => urls.indexOf(u) !== i), `"${query}": paragraphs listed twice`).toEqual([]);
          const items = passages(rs).map((r) => /— (Item [^ ]+)$/.exec(r.title)?.[1]).filter((x): x is string => !!x);
          expect(items.filter((x, i) => items.indexOf(x) !== i), `"${query}": action plan items listed twice`).toEqual([]);
        }
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });

    it('narrows to the inspectorate\'s reports and letters, or to the action plans, in one click', async () => {
      const visit = await openPage(site.browser, site.server.url, '/search/', { viewport });
      try {
        const page = visit.page;
        const all = passages(await search(page, 'domestic abuse'));
        const isPlan = (r: Result) => /action-plan/.test(findingByUrl.get(r.url)?.report_id ?? '');
        const pick = async (label: string) => {
          const before = await page.textContent('#search-status');
          const choice = page.locator('#kinds').getByRole('radio', { name: label, exact: true });
          // on the first screen, without opening the filters
          const box = await choice.boundingBox();
          expect((box?.y ?? Infinity) + (box?.height ?? 0), `"${label}" on the first screen`).toBeLessThanOrEqual(viewport.height);
          await choice.click();
          await page.waitForFunction((b) => document.getElementById('search-status')?.textContent !== b, before);
          return passages(await results(page));
        };
        const plans = await pick('Action plans');
        expect(plans.length).toBe(all.filter(isPlan).length);
        expect(plans.every(isPlan)).toBe(true);
        expect(new URL(page.url()).searchParams.getAll('document')).toEqual(['Action plan']);
        const reports = await pick('Reports and letters');
        expect(reports.length).toBe(all.filter((r) => !isPlan(r)).length);
        expect(reports.some(isPlan)).toBe(false);
        // the Document kind filter shows the same choice
        expect(await page.evaluate(() => (document.getElementById('kind-inspectorate') as HTMLInputElement).checked)).toBe(true);
        expect((await pick('All')).length).toBe(all.length);
        expect(new URL(page.url()).searchParams.getAll('document')).toEqual([]);
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });

    it('does not move while the index loads and the results arrive (cumulative layout shift under 0.1)', async () => {
      const visit = await openPage(site.browser, site.server.url, '/search/', { viewport });
      try {
        const page = visit.page;
        await ready(page);
        await page.waitForLoadState('networkidle');
        await visit.context.addInitScript(RECORD_SHIFTS);
        for (const path of ['/search/?q=domestic+abuse', '/search/?q=unpaid+work&document=Action+plan', '/search/']) {
          await page.goto(site.server.url + path);
          if (path.includes('q=')) await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
          else await ready(page);
          await page.waitForLoadState('networkidle');
          // one frame more, for a shift caused by the last change
          await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
          const shifts = await layoutShifts(page);
          const cls = shifts.reduce((n, x) => n + x.value, 0);
          expect(cls, `${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.1);
        }
        expectClean(visit);
      } finally {
        await visit.close();
      }
    });
  });

  it('only the search page loads JavaScript or the index (report and citation pages: their citation script; the national filter: its own; none the index)', () => {
    const root = parted ? parted.dir : DIST_DIR;
    // A tool page with a script of its own (the national picture's filter, issue 22: too big to
    // be inlined) may load that script, and still never the index.
    const tools = new Set([join(root, 'national/filter/index.html')]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.html') && full !== join(root, 'search/index.html')) {
          const html = readFileSync(full, 'utf8');
          const page = full.slice(root.length).replace(/^\//, '');
          const citing = /^(reports|cite)\/[^/]+\/index\.html$/.test(page);
          const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
          const loadsIndex = /pagefind\.js|\/pagefind\//.test(html) || scripts.some((src) => /pagefind/.test(readFileSync(join(root, src), 'utf8')));
          if (loadsIndex || (scripts.length > 0 && !citing && !tools.has(full))) offenders.push(full.slice(root.length));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
