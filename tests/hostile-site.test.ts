// Hostile content, site side (issue 5): a small site built from documents carrying markup and
// script injections must show them as text and run none of them.
//
// The documents are two of the real seeds (the PDU inspection report and the action plan)
// with the injections of scripts/hostile/generate.ts, all at once: at every place where the
// generator writes a payload (a paragraph, a testimonial quote, a key-question cell, a
// recommendation; the action plan's introduction, recommendation cell and response cell), this
// test writes all five payloads below, and it adds the generator's "payloads on lines of their
// own" block too. That folder is ingested with the CLI (`tsx scripts/ingest.ts --seeds DIR
// --out DIR`) and built once with `astro build` into a temporary folder (CONTENT_DIR, and
// Astro's cache in the temporary folder through tests/support/astro.isolated.config.mjs, so
// the project's own content/, dist/ and cache are never touched). Then every page of that build is
// opened in Chromium (one tab, reused), and on each:
//   - no dialog opened, no console error or uncaught exception, nothing requested from
//     another origin, no same-origin request failed;
//   - no <script>, <iframe>, <object>, <embed>, <style>, <img> or event-handler attribute came
//     from the documents: the site's own pages have no <img>, no <iframe>, no <style> element
//     and no on* attribute at all, and their only scripts are the site's (none of them holds
//     "alert");
//   - no link or attribute holds a javascript: URL;
//   - on every report page, and on the citation page of every finding carrying a payload, each
//     payload is visible as text (`<script>alert(1)</script>` etc. in the rendered text).
// The search page is left out: it shows no document text, and this build has no search index.
// Timing on a busy 2-core machine: ~10 s ingest + build, ~60 s for the 413 pages (two tabs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases, loadSeeds, PAYLOADS, type Seed } from '../scripts/hostile/generate.ts';
import { isCancelledIconFetch, launchBrowser } from './support/browser.ts';
import { ROOT_DIR } from './support/paths.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { listPages, type SitePage } from './support/site-pages.ts';

const KEYS = ['script', 'img-onerror', 'javascript-link', 'iframe', 'style'];
const USED = KEYS.map((k) => {
  const p = PAYLOADS.find((x) => x.key === k);
  if (!p) throw new Error(`scripts/hostile/generate.ts has no payload "${k}"`);
  return p;
});
/** What the reader must see for each payload: the markup as text; an unsafe link keeps its words. */
const VISIBLE = USED.map((p) => (p.key === 'javascript-link' ? p.expect : p.text));
const COMBINED = USED.map((p) => p.text).join(' ');

const bin = (name: string) => join(ROOT_DIR, 'node_modules', '.bin', name);

/**
 * Where the generator inserted `text` (followed by a space) into `original` to make `changed`:
 * the offsets in `original`. The payload never occurs in the seeds, so a greedy walk is exact.
 */
function insertionPoints(original: string, changed: string, text: string): number[] {
  const points: number[] = [];
  let i = 0;
  let j = 0;
  while (j < changed.length) {
    if (changed.startsWith(`${text} `, j)) {
      points.push(i);
      j += text.length + 1;
    } else {
      if (original[i] !== changed[j]) throw new Error(`cannot align a hostile line with its seed at ${i}: ${changed.slice(0, 80)}`);
      i++;
      j++;
    }
  }
  if (i !== original.length) throw new Error(`cannot align a hostile line with its seed: ${changed.slice(0, 80)}`);
  return points;
}

interface HostileSeed {
  name: string;
  text: string;
  /** Places given all the payloads (paragraph, testimonial, key-question cell…). */
  places: string[];
}

/** The seed with every payload at each of the generator's places, plus its standalone block. */
function hostileSeed(seed: Seed, all: ReturnType<typeof generateCases>): HostileSeed {
  const inline = all.find((c) => c.category === 'injection' && c.seed === seed.name && c.file.startsWith('inline-script-'));
  const standalone = all.find((c) => c.category === 'injection' && c.seed === seed.name && c.file.startsWith('lines-'));
  if (!inline || !standalone) throw new Error(`the generator made no injection cases for ${seed.name}`);
  const script = USED[0]!.text;
  const inlineLines = inline.files.find((f) => f.name === inline.file)!.bytes.toString('utf8').split('\n');
  const lines = [...seed.lines];
  let changedLines = 0;
  for (let k = 0; k < lines.length; k++) {
    if (inlineLines[k] === lines[k]) continue;
    const points = insertionPoints(lines[k]!, inlineLines[k]!, script);
    let out = lines[k]!;
    for (const at of [...points].reverse()) out = `${out.slice(0, at)}${COMBINED} ${out.slice(at)}`;
    lines[k] = out;
    changedLines++;
  }
  if (changedLines === 0) throw new Error(`no payload placed in ${seed.name}`);
  // The standalone block: lines the generator inserted between paragraphs.
  const withBlock = standalone.files.find((f) => f.name === standalone.file)!.bytes.toString('utf8').split('\n');
  if (seed.finalNewline) withBlock.pop();
  let d = 0;
  while (d < seed.lines.length && withBlock[d] === seed.lines[d]) d++;
  lines.splice(d, 0, ...withBlock.slice(d, d + withBlock.length - seed.lines.length));
  return {
    name: seed.name,
    text: lines.join('\n') + (seed.finalNewline ? '\n' : ''),
    places: [...(inline.placements ?? []).map((p) => p.where), ...(standalone.placements ?? []).map((p) => p.where)],
  };
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${cmd.replace(/^.*\//, '')} ${args.join(' ')} failed (${r.status ?? r.signal ?? r.error}):\n${out}`);
  }
}

interface PageLog {
  dialogs: string[];
  errors: string[];
  failed: string[];
}

/** Tabs opening the pages at the same time (the machines have 2 cores). */
const TABS = 2;

describe('a site built from hostile documents', () => {
  const work = mkdtempSync(join(tmpdir(), 'hostile-site-'));
  const seedsDir = join(work, 'seeds');
  const contentDir = join(work, 'content');
  const distDir = join(work, 'dist');
  let seeds: HostileSeed[] = [];
  let pages: SitePage[] = [];
  let server: StaticServer;
  let browser: Browser;
  const tabs: { page: Page; log: PageLog }[] = [];
  /** Requests to another origin, from any tab (all blocked). */
  const external: string[] = [];
  /** The citation pages whose quoted finding holds a payload, and what they showed. */
  const citeQuotes = new Map<string, string>();

  beforeAll(async () => {
    const started = Date.now();
    const all = loadSeeds(join(ROOT_DIR, 'seeds'));
    const cases = generateCases(all);
    // The PDU report (the smaller inspection report) and the action plan.
    const reports = all.filter((s) => s.kind === 'inspection-report').sort((a, b) => a.lines.length - b.lines.length);
    const plan = all.find((s) => s.kind === 'action-plan');
    if (!reports[0] || !plan) throw new Error('the seeds hold no inspection report or no action plan');
    seeds = [hostileSeed(reports[0], cases), hostileSeed(plan, cases)];
    mkdirSync(seedsDir);
    for (const s of seeds) writeFileSync(join(seedsDir, s.name), s.text);

    run(bin('tsx'), ['scripts/ingest.ts', '--seeds', seedsDir, '--out', contentDir]);
    run(bin('astro'), ['build', '--config', 'tests/support/astro.isolated.config.mjs', '--outDir', distDir, '--silent'], {
      CONTENT_DIR: contentDir,
      SITE_TEST_CACHE_DIR: join(work, 'cache'),
    });
    pages = listPages(distDir).filter((p) => p.path !== '/search/');
    console.log(`[hostile-site] documents ingested and built in ${((Date.now() - started) / 1000).toFixed(1)}s: ${pages.length} pages`);

    server = await serveDist(distDir);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(server.url).origin;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url)) await route.continue();
      else {
        external.push(url);
        await route.abort('blockedbyclient');
      }
    });
    for (let i = 0; i < TABS; i++) {
      const page = await context.newPage();
      const log: PageLog = { dialogs: [], errors: [], failed: [] };
      page.on('dialog', (d) => {
        log.dialogs.push(`${d.type()}: ${d.message()}`);
        d.dismiss().catch(() => {});
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('ERR_BLOCKED_BY_CLIENT')) log.errors.push(m.text());
      });
      page.on('pageerror', (e) => log.errors.push(`Uncaught ${e.name}: ${e.message}`));
      page.on('requestfailed', (r) => {
        if (r.url().startsWith(`${origin}/`) && !isCancelledIconFetch(r)) log.failed.push(`${r.url()} (${r.failure()?.errorText})`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url().startsWith(`${origin}/`)) log.failed.push(`${r.url()} (${r.status()})`);
      });
      tabs.push({ page, log });
    }
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the hostile documents carry every payload at every place, and were built', () => {
    expect(seeds).toHaveLength(2);
    for (const s of seeds) for (const text of USED.map((p) => p.text)) expect(s.text).toContain(text);
    expect(seeds[0]!.places).toEqual(expect.arrayContaining(['paragraph', 'testimonial', 'key-question cell']));
    expect(seeds[1]!.places).toEqual(expect.arrayContaining(['recommendation cell', 'response cell']));
    expect(pages.filter((p) => p.type === '/reports/*/')).toHaveLength(2);
    expect(pages.filter((p) => p.type === '/cite/*/')).toHaveLength(2);
  });

  /** Everything on the open page that should not be there. */
  function domProblems(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const show = (e: Element) => e.outerHTML.slice(0, 120);
      for (const s of document.querySelectorAll('script')) {
        const src = s.getAttribute('src');
        if (/alert/.test(s.textContent ?? '')) found.push(`a script from the document: ${show(s)}`);
        if (src !== null && !src.startsWith('/')) found.push(`a script from elsewhere: ${show(s)}`);
        if (s.closest('.doc, blockquote, p, li, td, th, dd, .cite-box, .findings')) found.push(`a script inside the text: ${show(s)}`);
      }
      // The site's own Content-Security-Policy is the first <meta http-equiv> of <head>.
      const policy = document.querySelector('head > meta[http-equiv="content-security-policy" i]');
      for (const e of document.querySelectorAll('iframe, frame, object, embed, img, style, body link, base, meta[http-equiv]')) {
        if (e === policy && document.querySelector('meta[http-equiv]') === policy) continue;
        found.push(`<${e.tagName.toLowerCase()}> element: ${show(e)}`);
      }
      for (const e of document.querySelectorAll('*')) {
        for (const a of e.attributes) {
          if (/^on/i.test(a.name)) found.push(`event handler attribute ${a.name} on ${show(e)}`);
          if (/^\s*javascript:/i.test(a.value)) found.push(`javascript: URL in ${a.name} of ${show(e)}`);
        }
      }
      if (getComputedStyle(document.body).display === 'none') found.push('the body is hidden');
      return found;
    });
  }

  it('the checks catch what they are meant to catch (a dialog, injected elements)', async () => {
    const { page, log } = tabs[0]!;
    await page.goto(`${server.url}/about/`, { waitUntil: 'load' });
    expect(await domProblems(page)).toEqual([]);
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        '<p><img src="data:," onerror="void 0"><iframe></iframe><style>p{}</style><a href="javascript:void 0">x</a><script>/* alert */</script></p>',
      );
    });
    const found = (await domProblems(page)).join('\n');
    for (const what of ['<img>', '<iframe>', '<style>', 'onerror', 'javascript:', 'a script from the document']) expect(found).toContain(what);
    await page.evaluate(() => setTimeout(() => alert('canary'), 0));
    await expect.poll(() => log.dialogs.length).toBe(1);
    log.dialogs.length = 0;
  });

  it('no page runs, loads or renders anything from the documents', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const queue = [...pages];
    await Promise.all(
      tabs.map(async ({ page, log }) => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          const before = { d: log.dialogs.length, e: log.errors.length, f: log.failed.length };
          const res = await page.goto(server.url + p.path, { waitUntil: 'load' });
          if (res?.status() !== 200) problems.push(`${p.path}: HTTP ${res?.status()}`);
          // a tool page's script fetches its data after the load: let it finish here, or the next
          // page's navigation aborts it and the failure is counted against that page
          if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle');
          for (const m of await domProblems(page)) problems.push(`${p.path}: ${m}`);
          for (const m of log.dialogs.slice(before.d)) problems.push(`${p.path}: dialog ${m}`);
          for (const m of log.errors.slice(before.e)) problems.push(`${p.path}: console error ${m}`);
          for (const m of log.failed.slice(before.f)) problems.push(`${p.path}: failed request ${m}`);
          if (p.type === '/cite/*/') {
            const quotes = await page.locator('main li.cite-entry').evaluateAll((lis) => lis.map((li) => [li.id, li.querySelector('blockquote')?.textContent ?? '']));
            for (const [id, quote] of quotes) if (USED.some((u) => quote!.includes(u.text))) citeQuotes.set(`${p.path}#${id}`, quote!.trim());
          }
        }
      }),
    );
    // A dialog a payload put on a timer would show here. No payload's script can run (the checks
    // above and tests/csp.test.ts), so none can set a timer; a turn of each tab's task queue
    // runs any zero-delay one already queued, without waiting a fixed time.
    for (const { page } of tabs) await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    expect(tabs.flatMap((t) => t.log.dialogs), 'dialogs').toEqual([]);
    expect(external, 'requests to another origin').toEqual([]);
    expect(problems.sort(), `${problems.length} problem(s):\n${problems.slice(0, 100).join('\n')}`).toEqual([]);
  });

  it('every report page shows every payload as text, at every place it was written', { timeout: 120_000 }, async () => {
    const { page } = tabs[0]!;
    for (const p of pages.filter((x) => x.type === '/reports/*/')) {
      await page.goto(server.url + p.path, { waitUntil: 'load' });
      // The front matter and the document's details are in disclosures, closed at first: opened,
      // as a reader would, so that innerText holds them.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const text = await page.locator('main').innerText();
      const seed = seeds.find((s) => text.includes(s.name)); // the page names its source file
      expect(seed, `${p.path} names its source file`).toBeDefined();
      const inline = seed!.places.filter((w) => !/on lines of its own/.test(w)).length;
      USED.forEach((u, i) => {
        const v = VISIBLE[i]!;
        const count = text.split(v).length - 1;
        // every place the payload went: each inline place, and its own line if it has one
        const want = inline + (seed!.places.includes(`${u.key} on lines of its own`) ? 1 : 0);
        expect(count, `"${v}" shown as text on ${p.path} (places: ${seed!.places.join(', ')})`).toBeGreaterThanOrEqual(want);
      });
      // and it is visible: the element holding the first payload is rendered, in the page's flow
      const holder = page.locator('main').getByText(VISIBLE[0]!, { exact: false }).first();
      await holder.scrollIntoViewIfNeeded();
      expect(await holder.isVisible()).toBe(true);
    }
  });

  it('every citation page of a finding with a payload shows it as text', () => {
    // Read while opening every page, above. A finding written with the payloads inline holds
    // them all (the payloads on lines of their own may join a neighbouring paragraph, as the
    // ingest reads them, so they are checked on the report pages only).
    const inline = [...citeQuotes].filter(([, q]) => q.includes(USED[1]!.text)); // <img …> is only ever inline
    expect(inline.length, 'citations of findings with the payloads inline').toBeGreaterThanOrEqual(5);
    for (const [path, quote] of inline) for (const v of VISIBLE) expect(quote, `${path}: "${v}" shown as text`).toContain(v);
  });
});
