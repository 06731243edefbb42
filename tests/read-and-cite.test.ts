// Reading and citing a report as the document lays itself out (issues 11 and 20), in Chromium at
// a desktop width and at 390 px: locators beside paragraphs, each citing its paragraph in a dialog
// (keyboard, copy, one-entry downloads, no page loaded; without JavaScript, the citation page's
// entry), where the document is published and its press release, the front matter in its own panel, column headers only
// where the source has them, the phone layout of the ratings, one tab stop a paragraph, the
// header's search box, and entity pages, labels, counts and titles. What is expected comes from
// content/ (the seeds' own findings), not from numbers written here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { DIST_DIR, ROOT_DIR } from './support/paths.ts';
import { listPages } from './support/site-pages.ts';
import { useSiteInBrowser } from './support/site-session.ts';
import { readCollection, readFindings } from '../scripts/read-content.ts';
import { siteUrl } from '../core/site-origin.mjs';

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
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
      it('1. every paragraph shows its locator, a link that cites it; the citation names the publication, the locator goes in the citation in the text', async () => {
        // The policy is lifted only to inject axe-core for the open dialog (tests/csp.test.ts checks it).
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport, bypassCSP: true });
        try {
          const { page } = visit;
          const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.text.startsWith('The interim leadership team was appointed'))!;
          const link = page.locator(`[id="${f.anchor}"] a.pc`);
          expect(await link.isVisible()).toBe(true);
          // Its name says what it does; the locator is the words shown.
          expect(norm((await link.textContent()) ?? '')).toBe('Cite P 1.1, para 4');
          expect(await link.getAttribute('href')).toBe(`/cite/surrey-pdu-inspection-2024-03/#${f.anchor}`);
          await link.click();
          const dialog = page.locator('dialog.cite-dialog[open]');
          await dialog.waitFor();
          expect(new URL(page.url()).pathname, 'no page is loaded').toBe(SURREY);
          expect(norm(await dialog.locator('h2').innerText())).toBe('Cite P 1.1, para 4');
          const texts = (await dialog.locator('.cd-cite .cite').allInnerTexts()).map(norm);
          expect(texts[0]).toBe('(HM Inspectorate of Probation, 2024, P 1.1, para 4)');
          expect(texts[1]).toMatch(
            /^HM Inspectorate of Probation \(2024\) An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region\. Manchester: HM Inspectorate of Probation\. Available at: https:\/\/www\.justiceinspectorates\.gov\.uk\/hmiprobation \(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/,
          );
          expect(texts[2]).toMatch(/^HM Inspectorate of Probation, An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region \(2024\) P 1\.1, para 4 <https:\/\/www\.justiceinspectorates\.gov\.uk\/hmiprobation> accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
          expect(await dialog.locator('.cd-cite i').first().innerText()).toBe('An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region');
          expect(texts.join('\n')).not.toMatch(/not recorded|Probation Findings/);
          await page.addScriptTag({ content: AXE_SOURCE });
          const violations = await page.evaluate(async (tags) => {
            const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
            const r = await axe.run({ include: [['dialog.cite-dialog']] }, { runOnly: { type: 'tag', values: tags } });
            return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
          }, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
          expect(violations, 'axe, in the open dialog').toEqual([]);
          expect(visit.externalRequests).toEqual([]);
          expect(visit.consoleErrors).toEqual([]);
        } finally {
          await visit.close();
        }
      });

      it('1b. keyboard focus shows the cite action; Enter opens the citation, one button copies it, one downloads the paragraph alone; no page is loaded', async () => {
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          const { page, context } = visit;
          await context.grantPermissions(['clipboard-read', 'clipboard-write']);
          const documents: string[] = [];
          page.on('request', (r) => {
            if (r.resourceType() === 'document' || /\/cite\//.test(r.url())) documents.push(r.url());
          });
          const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.text.startsWith('The interim leadership team was appointed'))!;
          // Tab to it from the paragraph before, as a keyboard user does.
          await page.locator(`[id="${f.anchor}"]`).evaluate((el) => {
            const links = [...document.querySelectorAll<HTMLAnchorElement>('.doc a.pc')];
            links[links.findIndex((a) => el.contains(a)) - 1]!.focus();
          });
          await page.keyboard.press('Tab');
          const link = page.locator(`[id="${f.anchor}"] a.pc`);
          await expect.poll(() => link.evaluate((a) => a === document.activeElement)).toBe(true);
          const shown = await link.evaluate((a) => {
            const word = a.querySelector('.vh')!.getBoundingClientRect();
            return { word: word.width, outline: getComputedStyle(a).outlineStyle, text: (a as HTMLElement).innerText };
          });
          expect(shown.word, '"Cite" is shown while focused').toBeGreaterThan(10);
          expect(shown.outline).not.toBe('none');
          await page.keyboard.press('Enter');
          const dialog = page.locator('dialog.cite-dialog[open]');
          await dialog.waitFor();
          expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus moves into the dialog').toBe(true);

          const reference = norm(await dialog.locator('.cd-cite .cite').nth(1).innerText());
          await dialog.getByRole('button', { name: 'Copy reference' }).click();
          await expect.poll(() => dialog.locator('.cd-status').innerText()).toBe('Copied the reference.');
          expect(norm(await page.evaluate(() => navigator.clipboard.readText()))).toBe(reference);

          const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'RIS (.ris)' }).click()]);
          expect(download.suggestedFilename()).toBe(`surrey-pdu-inspection-2024-03-${f.anchor}.ris`);
          const ris = readFileSync((await download.path())!, 'utf8');
          const items = new Cite(ris).data as { note: string[]; title: string; URL: string }[];
          expect(items, 'one paragraph, one entry').toHaveLength(1);
          expect(items[0]!.note[0]).toBe('P 1.1, para 4');
          expect(items[0]!.title).toBe('An inspection of probation services in: Surrey PDU: The Probation Service – Kent, Surrey and Sussex region');
          const [bib] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'BibTeX (.bib)' }).click()]);
          expect((new Cite(readFileSync((await bib.path())!, 'utf8')).data as { note: string }[])[0]!.note).toBe('P 1.1, para 4');

          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' }).catch(() => {});
          await expect.poll(() => page.locator('dialog.cite-dialog[open]').count()).toBe(0);
          expect(await link.evaluate((a) => a === document.activeElement), 'focus returns to the paragraph').toBe(true);
          expect(documents, 'no page, and not the citation page, was loaded').toEqual([]);
          expect(visit.consoleErrors).toEqual([]);
        } finally {
          await visit.close();
        }
      });

      it('1c. without JavaScript, the locator leads to the paragraph\'s entry on the citation page, with its citations', async () => {
        const context = await site.browser.newContext({ baseURL: site.server.url, viewport, javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await page.goto(SURREY);
          const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.text.startsWith('The interim leadership team was appointed'))!;
          await page.locator(`[id="${f.anchor}"] a.pc`).click();
          await page.waitForURL(`**/cite/surrey-pdu-inspection-2024-03/#${f.anchor}`);
          const entry = page.locator(`[id="${f.anchor}"]`);
          expect(await entry.evaluate((el) => el === document.querySelector(':target'))).toBe(true);
          expect(await entry.locator('.cite-loc').innerText()).toBe('P 1.1, para 4');
          expect(norm(await entry.locator('.cite-text[data-style="in-text"] .cite').innerText())).toBe('(HM Inspectorate of Probation, 2024, P 1.1, para 4)');
          // The access date is left for the reader to fill in; the buttons that need a script stay hidden.
          expect(norm(await entry.locator('.cite-text[data-style="Harvard"] .cite').innerText())).toMatch(/\(Accessed: \[date\]\)\.$/);
          expect(await entry.locator('.copies').isVisible()).toBe(false);
        } finally {
          await context.close();
        }
      });

      it('2. the report page says where the document is published, and links the press release apart from it', async () => {
        const visit = await openPage(site.browser, site.server.url, SURREY, { viewport });
        try {
          const lines = (await visit.page.locator('header .official').allInnerTexts()).map(norm);
          const surrey = reports.find((r) => r.id === 'surrey-pdu-inspection-2024-03')!;
          expect(surrey.official).toEqual({ press_release: 'https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/03/surreypn24' });
          expect(lines).toEqual([
            'Official publication: justiceinspectorates.gov.uk/hmiprobation (the address the document prints)',
            "Press release: the publisher's news about this document (justiceinspectorates.gov.uk)",
          ]);
          expect(await visit.page.locator('header .official a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
            'https://www.justiceinspectorates.gov.uk/hmiprobation',
            'https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/03/surreypn24',
          ]);
        } finally {
          await visit.close();
        }
        // The action plan prints no address and none is recorded: no address is invented.
        const plan = await openPage(site.browser, site.server.url, PLAN, { viewport });
        try {
          expect(norm(await plan.page.locator('header .official').innerText())).toBe("Official publication: its address is not recorded here; find it on the publisher's site.");
          expect(await plan.page.locator('header .official a').count()).toBe(0);
        } finally {
          await plan.close();
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
                menusInHead: t.querySelectorAll('thead a.pc').length,
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
              expect(norm((await row.locator('a.pc').textContent()) ?? '')).toMatch(/^Cite Ratings, row \d+$/);
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

  it('1. the citation data: CSL-JSON valid against the CSL schema, BibTeX and RIS read back by their parsers, a locator for every paragraph', async () => {
    for (const r of reports) {
      const json = JSON.parse(readFileSync(join(DIST_DIR, 'cite', r.id, 'paragraphs.json'), 'utf8'));
      expect(validateCsl(json), `${r.id}: ${JSON.stringify(validateCsl.errors)}`).toBe(true);
      const bib = parseBibtex(readFileSync(join(DIST_DIR, 'cite', r.id, 'paragraphs.bib'), 'utf8'));
      expect(bib.errors).toEqual([]);
      expect(bib.entries.length).toBe(json.length);
      expect(bib.entries.every((e) => e.type === 'report' && e.fields.institution && e.fields.note)).toBe(true);
      const ris = new Cite(readFileSync(join(DIST_DIR, 'cite', r.id, 'paragraphs.ris'), 'utf8')).data as { note: string | string[] }[];
      expect(ris.length).toBe(json.length);
      // The locators are unique in the document, are those the report page shows, and every format carries them.
      const locators = json.map((i: { note: string }) => i.note.split('\n')[0]);
      expect(new Set(locators).size).toBe(locators.length);
      expect(bib.entries.map((e) => e.fields.note)).toEqual(locators);
      expect(ris.map((i) => ([] as string[]).concat(i.note)[0])).toEqual(locators);
      const page = readFileSync(join(DIST_DIR, 'reports', r.id, 'index.html'), 'utf8');
      const shown = [...page.matchAll(/<a class="pc" [^>]*><span class="vh">Cite <\/span>([^<]+)<\/a>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
      expect(shown).toEqual(locators);
      const doc = JSON.parse(readFileSync(join(DIST_DIR, 'reports', r.id, 'citation.json'), 'utf8'));
      expect(validateCsl(doc)).toBe(true);
      expect(parseBibtex(readFileSync(join(DIST_DIR, 'reports', r.id, 'citation.bib'), 'utf8')).entries[0]!.type).toBe('report');
      expect((new Cite(readFileSync(join(DIST_DIR, 'reports', r.id, 'citation.ris'), 'utf8')).data as { type: string }[])[0]!.type).toBe('report');
    }
  });

  it('6. keyboard: about one tab stop a paragraph, its locator; its tags, permalink and citation in the dialog it opens', async () => {
    const measured: string[] = [];
    for (const path of [SURREY, KSS, PLAN]) {
      const visit = await openPage(site.browser, site.server.url, path, { viewport: VIEWPORTS.desktop });
      try {
        const { page } = visit;
        // Units: paragraphs (each has its locator) and action plan items (each links the
        // recommendations it answers).
        const paragraphs = (await page.locator('.doc a.pc').count()) + (await page.locator('.doc section.item').count());
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
    // The locator opens its dialog from the keyboard, which holds the theme tags and the permalink.
    const visit = await openPage(site.browser, site.server.url, SURREY, { viewport: VIEWPORTS.phone });
    try {
      const { page } = visit;
      const f = findings.find((x) => x.report_id === 'surrey-pdu-inspection-2024-03' && x.themes.includes('domestic-abuse') && x.kind === 'narrative')!;
      await page.locator(`[id="${f.anchor}"] a.pc`).focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.cite-dialog[open]');
      await dialog.waitFor();
      const links = await dialog.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toContainEqual(['Domestic abuse', '/themes/domestic-abuse/']);
      expect(links).toContainEqual([`${siteUrl()}${SURREY}#${f.anchor}`, `#${f.anchor}`]);
      // Without JavaScript, the same link leads to the paragraph's entry, with the same tags.
      const entry = readFileSync(join(DIST_DIR, 'cite', 'surrey-pdu-inspection-2024-03', 'index.html'), 'utf8').split(`<li id="${f.anchor}" class="cite-entry">`)[1]!.split('</li>')[0]!;
      expect(entry).toContain('<a href="/themes/domestic-abuse/">Domestic abuse</a>');
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
