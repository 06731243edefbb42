// The compare page (issue 13), in Chromium: two PDUs of different frameworks and a region side
// by side, each rating as /data/ratings.csv gives it; the address shared and opened again
// gives the same comparison; a rating's link lands on its paragraph of the report. Expected
// figures come from the open data, never from this file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type PageVisit } from './support/browser.ts';
import { DIST_DIR } from './support/paths.ts';
import { useSiteInBrowser } from './support/site-session.ts';

const CHOICE = ['pdu-surrey', 'pdu-dorset', 'region-kent-surrey-and-sussex'];

function csv(path: string): Record<string, string>[] {
  // The file starts with a byte-order mark (for Excel): not part of the first column's name.
  const [head, ...lines] = readFileSync(join(DIST_DIR, path), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const split = (l: string) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, head!.split(',').length);
  const keys = head!.split(',');
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [keys[i]!, v])));
}

describe('the compare page, without JavaScript', () => {
  it('says where the same figures are', () => {
    const html = readFileSync(join(DIST_DIR, 'compare', 'index.html'), 'utf8');
    expect(html).toMatch(/id="compare-nojs"[^>]*>[\s\S]*href="\/entities\/"[\s\S]*href="\/standards\/"[\s\S]*href="\/data\/ratings.csv"/);
  });

  it('loads one small file per entity, not the archive', () => {
    const dir = join(DIST_DIR, 'compare', 'data');
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size, f).toBeLessThan(100_000);
  });

  it('is linked, preset, from an entity page and a standard page', () => {
    expect(readFileSync(join(DIST_DIR, 'pdus', 'pdu-surrey', 'index.html'), 'utf8')).toContain('href="/compare/?e=pdu-surrey&amp;e=region-kent-surrey-and-sussex&amp;e=pdu-west-kent"');
    expect(readFileSync(join(DIST_DIR, 'standards', '2021-1-1', 'index.html'), 'utf8')).toMatch(/href="\/compare\/\?e=pdu-[a-z-]+&amp;e=pdu-/);
  });
});

describe('comparing two PDUs and a region in a browser', () => {
  const site = useSiteInBrowser();
  let visit: PageVisit;
  const ratings = csv('data/ratings.csv').filter((r) => CHOICE.includes(r.entity!));
  beforeAll(async () => {
    visit = await openPage(site.browser, site.server.url, '/compare/');
  });
  afterAll(async () => visit?.close());

  it('chooses three in the form: the address holds the choice and every rating is shown with its framework', async () => {
    const { page } = visit;
    const selects = page.locator('#compare-form select');
    for (const [i, id] of CHOICE.entries()) await selects.nth(i).selectOption(id);
    await Promise.all([page.waitForURL(/\/compare\/\?e=/), page.click('#compare-form button[type=submit]')]);
    expect(new URL(page.url()).search).toBe(`?${CHOICE.map((id) => `e=${id}`).join('&')}`);
    await page.locator('#ratings').waitFor();
    const headers = await page.locator('#compare-result table').first().locator('thead th').allTextContents();
    expect(headers).toEqual(['Standard', 'Surrey PDU', 'Dorset PDU', 'Kent, Surrey and Sussex region']);
    const cells = await page.locator('#compare-result table').first().locator('tbody td a').allTextContents();
    expect(ratings.length).toBeGreaterThan(20);
    expect(cells.sort()).toEqual(ratings.map((r) => `${r.framework} ${r.standard_code}: ${r.rating}`).sort());
    // 2021 and 2023 standards on one subject share a row: Leadership has all three
    const leadership = page.locator('#compare-result table').first().locator('tbody tr', { hasText: 'Leadership' });
    expect(await leadership.locator('td a').allTextContents()).toEqual([
      expect.stringMatching(/^2023 P 1\.1: /),
      expect.stringMatching(/^2021 1\.1: /),
      expect.stringMatching(/^2023 R 1\.1: /),
    ]);
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.externalRequests).toEqual([]);
  });

  it('the page the script built is valid HTML (html-validate:recommended)', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(`<!DOCTYPE html>${await visit.page.evaluate(() => document.documentElement.outerHTML)}`, 'compare.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} at ${m.selector ?? ''}`))).toEqual([]);
  });

  it('shows key questions with their band, and recommendations by theme', async () => {
    const { page } = visit;
    const kqs = csv('data/key-questions.csv').filter((k) => CHOICE.includes(k.entity!));
    const kqTable = page.locator('#compare-result table').nth(1);
    const shown = await kqTable.locator('tbody td p').allTextContents();
    expect(shown.length).toBe(kqs.length);
    for (const k of kqs) {
      const p = Number(k.percent_yes);
      const band = p >= 80 ? 'Outstanding' : p >= 65 ? 'Good' : p >= 50 ? 'Requires improvement' : 'Inadequate';
      expect(shown).toContain(`${p}% ${band} band (2023 ${k.standard_code})`);
    }
    expect(await page.locator('#compare-result table').nth(2).locator('tbody tr').count()).toBeGreaterThan(3);
  });

  it('the shared address opens the same comparison, and a rating lands on its paragraph', async () => {
    const shared = await openPage(site.browser, site.server.url, new URL(visit.page.url()).pathname + new URL(visit.page.url()).search);
    const { page } = shared;
    await page.locator('#ratings').waitFor();
    expect(await page.locator('#compare-form select').nth(1).inputValue()).toBe('pdu-dorset');
    const link = page.locator('#compare-result table').first().locator('tbody tr', { hasText: 'Leadership' }).locator('td a').nth(1);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/reports\/[^#]+\/#p-/);
    await Promise.all([page.waitForURL(`**${href}`), link.click()]);
    const target = page.locator(':target');
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toMatch(/Leadership/i);
    expect(shared.consoleErrors).toEqual([]);
    await shared.close();
  });
});
