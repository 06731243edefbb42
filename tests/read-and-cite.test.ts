// Reading and citing a report as the document lays itself out (issue 11), in Chromium at a
// desktop width and at 390 px: locators beside paragraphs and in citations, the official source
// (or the note that it is not recorded), the front matter in its own panel, column headers only
// where the source has them, the phone layout of the ratings, one tab stop a paragraph, the
// header's search box, and entity pages, labels, counts and titles. What is expected comes from
// content/ (the seeds' own findings), not from numbers written here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { listPages } from './support/site-pages.ts';
import { useSiteInBrowser } from './support/site-session.ts';
import { readCollection, readFindings } from '../scripts/pipeline/read-content.ts';

const CONTENT_DIR = join(ROOT_DIR, 'content');
const reports = readCollection<{ id: string; kind: string; title: string; official?: unknown }>(CONTENT_DIR, 'reports');
const findings = readFindings(CONTENT_DIR);
const SURREY = '/reports/surrey-pdu-inspection-2024-03/';
const KSS = '/reports/kent-surrey-and-sussex-regional-inspection-2024-05/';
const PLAN = '/reports/kent-surrey-and-sussex-action-plan-2024-05-06/';
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const cslSchema = JSON.parse(readFileSync(join(ROOT_DIR, 'src/lib/fixtures/csl-data.schema.json'), 'utf8'));
const validateCsl = new Ajv({ strict: false }).compile(cslSchema);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Tab from the top of the page until focus leaves it or wraps: every stop's place. */
async function tabStops(page: Page): Promise<{ inDoc: boolean; key: string }[]> {
  const stops: { inDoc: boolean; key: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const path: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) path.unshift(`${e.tagName}${e.id ? `#${e.id}` : ''}:${e.parentElement ? [...e.parentElement.children].indexOf(e) : 0}`);
      return { inDoc: !!el.closest('.doc'), key: path.join('>') };
    });
    if (!f || seen.has(f.key)) break;
    seen.add(f.key);
    stops.push(f);
  }
  return stops;
}

describe('reading and citing a report (issue 11)', () => {
  const site = useSiteInBrowser();

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    describe(`at ${name} width (${viewport.width} px)`, () => {
      it('1. every paragraph shows its locator; its citation names the publication first, with the same locator', async () => {
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          const { page } = visit;
          const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.text.startsWith('The interim leadership team was appointed'))!;
          const summary = page.locator(`[id="${f.anchor}"] details.pm > summary`);
          expect(await summary.isVisible()).toBe(true);
          expect(norm(await summary.innerText())).toBe('P 1.1, para 4');
          await summary.click();
          await page.locator(`[id="${f.anchor}"] a.ct`).click();
          await page.waitForURL(`**/cite/surrey-pdu-inspection-2024-03/#${f.anchor}`);
          const entry = page.locator(`[id="${f.anchor}"]`);
          expect(await entry.locator('.cite-loc').innerText()).toBe('P 1.1, para 4');
          const h = norm(await entry.locator('.cite-text[data-style="Harvard"] .cite').innerText());
          expect(h).toMatch(/^HM Inspectorate of Probation \(2024\) An inspection of probation services in: Surrey PDU, P 1\.1, para 4\. Official address not recorded; read in Probation Findings\. Available at: /);
          expect(h).toContain(`${site.server.url}${SURREY}#${f.anchor}`);
          expect(h).toMatch(/\(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
          const o = norm(await entry.locator('.cite-text[data-style="OSCOLA"] .cite').innerText());
          expect(o).toMatch(/^HM Inspectorate of Probation, An inspection of probation services in: Surrey PDU \(March 2024\) P 1\.1, para 4 /);
          expect(await entry.locator('.cite-text i').first().innerText()).toBe('An inspection of probation services in: Surrey PDU');
          expect(visit.externalRequests).toEqual([]);
          expect(visit.consoleErrors).toEqual([]);
        } finally {
          await visit.close();
        }
      });

      it('2. the report page says where the official publication is, or that its address is not recorded', async () => {
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          const line = norm(await visit.page.locator('header .official').innerText());
          const surrey = reports.find((r) => r.id === 'surrey-pdu-inspection-2024-03')!;
          // The seeds carry no metadata files: no official address is invented.
          expect(surrey.official).toBeUndefined();
          expect(line).toBe("Official publication: its address is not recorded here; find it on the publisher's site.");
          expect(await visit.page.locator('header .official a').count()).toBe(0);
        } finally {
          await visit.close();
        }
      });

      it('3. the front matter is an "About this document" panel, closed, with all its words; not a section, not in the contents, not cited', async () => {
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          const { page } = visit;
          const about = page.locator('details.about-doc');
          expect(await about.getAttribute('open')).toBeNull();
          expect(await page.locator('.doc').innerText()).not.toMatch(/Crown copyright|Published by:|1st Floor Civil Justice Centre/);
          const toc = await page.locator('nav.toc a').allTextContents();
          expect(toc.length).toBeGreaterThan(0);
          expect(toc.filter((t) => /^Contents$|Crown copyright|Published by/.test(t))).toEqual([]);
          await about.locator('summary').click();
          const panel = norm(await about.innerText());
          for (const t of ['Cover', 'Printed contents page', 'Copyright', 'Publisher', '© Crown copyright 2024', 'ISBN: 978-1-916621-16-9', 'HM Inspectorate of Probation, March 2024', 'Annexe one – Web links page 25']) expect(panel).toContain(t);
          // Every word of the front matter is on the page, and old links to it still land.
          const front = findings.filter((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && (x.section_id === null || ['contents', 'crown-copyright-2024', 'published-by'].includes(x.section_id)));
          expect(front).toHaveLength(5 + 7 + 3 + 2);
          for (const x of front) {
            expect(await page.locator(`[id="${x.anchor}"]`).count(), x.anchor).toBe(1);
            for (const w of x.text.split(/\s+/)) expect(panel, x.anchor).toContain(w);
          }
          const cite = await openPage(site.browser, site.server.url, '/cite/surrey-pdu-inspection-2024-03/', { viewport });
          try {
            for (const x of front) expect(await cite.page.locator(`[id="${x.anchor}"]`).count(), `${x.anchor} is not a citation entry`).toBe(0);
            expect(await cite.page.locator('.cite-entry').first().locator('.cite-loc').innerText()).toBe('Acknowledgements, para 1');
          } finally {
            await cite.close();
          }
        } finally {
          await visit.close();
        }
      });

      it('4. tables: header rows only where the source has them, no header-only table, no menu on a header', async () => {
        for (const path of [SURREY, KSS, PLAN]) {
          const visit = await openPage(site.browser, site.server.url, path, { viewport });
          try {
            const tables = await visit.page.locator('.doc table').evaluateAll((ts) =>
              ts.map((t) => ({
                head: [...t.querySelectorAll('thead tr')].map((r) => [...(r as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ').trim()),
                body: t.querySelectorAll('tbody tr').length,
                menusInHead: t.querySelectorAll('thead details').length,
              })),
            );
            for (const t of tables) {
              expect(t.body, `${path}: a table with a body`).toBeGreaterThan(0);
              expect(t.menusInHead).toBe(0);
              for (const h of t.head) expect(h, `${path}: a rating is not a column header`).not.toMatch(/Requires improvement|Inadequate|Outstanding|^(P|R) ?\d/);
            }
            if (path === SURREY) {
              expect(tables.filter((t) => t.head.includes("Key question Percentage 'Yes'"))).toHaveLength(4);
              // The ratings rows keep their place in the body, each with its locator.
              const row = visit.page.locator('.doc tbody tr', { hasText: 'P 2.1 Assessment' }).first();
              expect(norm(await row.locator('details.pm > summary').innerText())).toMatch(/^Ratings, row \d+$/);
            }
            if (path === PLAN) {
              expect(norm(await visit.page.locator('.doc p.plan-cols').innerText())).toMatch(/^Columns: 1\. Rec No · 2\. Recommendation/);
            }
          } finally {
            await visit.close();
          }
        }
        const standard = await openPage(site.browser, site.server.url, '/standards/2023-p-2-1/', { viewport });
        try {
          expect(await standard.page.locator('main').innerText()).not.toContain("Key question Percentage 'Yes'");
        } finally {
          await standard.close();
        }
      });

      it('5. the ratings summary reads without sideways scrolling; details start closed, the contents open', async () => {
        for (const width of name === 'phone' ? [320, 390] : [viewport.width]) {
          const visit = await openPage(site.browser, site.server.url, SURREY, { viewport: { width, height: 844 } });
          try {
            const { page } = visit;
            const fit = await page.evaluate(() => {
              const wrap = document.querySelector('.ratings-one') as HTMLElement;
              const cells = [...wrap.querySelectorAll('.r')].map((r) => {
                const b = r.getBoundingClientRect();
                return { text: (r as HTMLElement).innerText.replace(/\s+/g, ' '), right: b.right };
              });
              return { scroll: wrap.scrollWidth, client: wrap.clientWidth, page: document.documentElement.scrollWidth, vw: innerWidth, cells };
            });
            expect(fit.scroll, `${width} px: the ratings table fits its box`).toBeLessThanOrEqual(fit.client);
            expect(fit.page).toBeLessThanOrEqual(fit.vw);
            expect(fit.cells.map((c) => c.text)).toContain('Requires improvement');
            for (const c of fit.cells) expect(c.right, `${width} px: "${c.text}" is on screen`).toBeLessThanOrEqual(width);
            expect(await page.locator('details.about-doc').getAttribute('open')).toBeNull();
            // The contents are open (issue 20: beside the text on a wide screen, above it on a phone).
            expect(await page.locator('nav.toc details').count()).toBe(0);
            expect(await page.locator('nav.toc a').first().isVisible()).toBe(true);
          } finally {
            await visit.close();
          }
        }
      });

      it('7. the header has a search box on every page, a plain GET form that opens /search/ with the words', async () => {
        const sample = ['/', SURREY, '/themes/domestic-abuse/', '/cite/surrey-pdu-inspection-2024-03/', '/glossary/'];
        for (const path of sample) {
          const html = readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
          expect(html, path).toMatch(/<form class="site-search" action="\/search\/" method="get" role="search"[^>]*>[\s\S]*?<input id="site-q" name="q" type="search"/);
        }
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          await visit.page.locator('#site-q').fill('safeguarding');
          await visit.page.locator('#site-q').press('Enter');
          await visit.page.waitForURL('**/search/?q=safeguarding');
          await expect.poll(() => visit.page.locator('#q').inputValue()).toBe('safeguarding');
        } finally {
          await visit.close();
        }
      });
    });
  }

  it('1. the citation data: CSL-JSON valid against the CSL schema, biblatex read by a BibTeX parser, a locator for every paragraph', async () => {
    for (const r of reports) {
      const json = JSON.parse(readFileSync(join(DIST_DIR, 'cite', r.id, 'paragraphs.json'), 'utf8'));
      expect(validateCsl(json), `${r.id}: ${JSON.stringify(validateCsl.errors)}`).toBe(true);
      const bib = parseBibtex(readFileSync(join(DIST_DIR, 'cite', r.id, 'paragraphs.bib'), 'utf8'));
      expect(bib.errors).toEqual([]);
      expect(bib.entries.length).toBe(json.length);
      expect(bib.entries.every((e) => e.type === 'report' && e.fields.institution && e.fields.type && e.fields.addendum)).toBe(true);
      // The locators are unique in the document and are those the report page shows.
      const locators = json.map((i: { locator: string }) => i.locator);
      expect(new Set(locators).size).toBe(locators.length);
      const page = readFileSync(join(DIST_DIR, 'reports', r.id, 'index.html'), 'utf8');
      const shown = [...page.matchAll(/<details class="k pm"[^>]*><summary>([^<]+)</g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
      expect(shown).toEqual(locators);
      const doc = JSON.parse(readFileSync(join(DIST_DIR, 'reports', r.id, 'citation.json'), 'utf8'));
      expect(validateCsl(doc)).toBe(true);
      expect(parseBibtex(readFileSync(join(DIST_DIR, 'reports', r.id, 'citation.bib'), 'utf8')).entries[0]!.type).toBe('report');
    }
  });

  it('6. keyboard: about one tab stop a paragraph, with tags and Cite still reachable from the paragraph menu', async () => {
    const measured: string[] = [];
    for (const path of [SURREY, KSS, PLAN]) {
      const visit = await openPage(site.browser, site.server.url, path, { viewport: VIEWPORTS.desktop });
      try {
        const { page } = visit;
        // Units: paragraphs (each has its menu) and action plan items (each links the
        // recommendations it answers).
        const paragraphs = (await page.locator('.doc details.pm').count()) + (await page.locator('.doc section.item').count());
        const stops = await tabStops(page);
        const inDoc = stops.filter((s) => s.inDoc).length;
        measured.push(`${path}: ${stops.length} tab stops, ${inDoc} in the text for ${paragraphs} paragraphs and plan items (${(inDoc / paragraphs).toFixed(2)} each)`);
        console.log(measured.at(-1));
        expect(inDoc / paragraphs, path).toBeLessThanOrEqual(1.15);
        // The contents are open (issue 20), each entry a tab stop before the text.
        const contents = await page.locator('nav.toc a').count();
        expect(stops.length - inDoc - contents, `${path}: tab stops outside the text and its contents`).toBeLessThan(60);
      } finally {
        await visit.close();
      }
    }
    // The menu opens from the keyboard and holds the theme tags, the permalink and Cite.
    const visit = await openPage(site.browser, site.server.url, SURREY, { viewport: VIEWPORTS.phone });
    try {
      const { page } = visit;
      const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.themes.includes('domestic-abuse') && x.kind === 'narrative')!;
      await page.locator(`[id="${f.anchor}"] details.pm > summary`).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toMatch(/^\/(standards|themes)\//);
      const links = await page.locator(`[id="${f.anchor}"] details.pm a`).evaluateAll((as) => as.map((a) => a.textContent));
      expect(links).toContain('Domestic abuse');
      expect(links.slice(-2)).toEqual(['Permalink', 'Cite']);
    } finally {
      await visit.close();
    }
  });

  it('8. a region or PDU named only in passing has no page; labels, counts and titles read right', async () => {
    const paths = listPages().map((p) => p.path);
    expect(paths).not.toContain('/regions/region-north-east/');
    const dq = readFileSync(join(DIST_DIR, 'data-quality', 'passing-mention', 'index.html'), 'utf8');
    expect(dq).toContain('North East region is named at line 241');
    // Reader-facing labels: no internal kind names beside findings.
    for (const p of ['standards/2023-p-2-1', 'pdus/pdu-surrey', 'themes/domestic-abuse']) {
      const html = readFileSync(join(DIST_DIR, p, 'index.html'), 'utf8');
      expect(html, p).not.toMatch(/class="kind">(Point|Narrative|Table row|Metadata):/);
    }
    // A count matches the list it labels.
    const visit = await openPage(site.browser, site.server.url, '/themes/domestic-abuse/', { viewport: VIEWPORTS.desktop });
    try {
      const dd = await visit.page.locator('dl.meta dd').nth(2).innerText();
      const listed = await visit.page.locator('#recommendations + ul > li').count();
      expect(listed).toBeGreaterThan(0);
      expect(dd).toMatch(new RegExp(`\\b${listed} recommendations\\b`));
    } finally {
      await visit.close();
    }
    // Every page's title but the home page's ends with the site name.
    for (const p of listPages()) {
      if (p.path === '/') continue;
      const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(DIST_DIR, p.file), 'utf8'))?.[1] ?? '';
      expect(title, p.path).toMatch(/ · Probation Findings$/);
      expect(title.length, p.path).toBeLessThanOrEqual(70);
    }
  });
});
