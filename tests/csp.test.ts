// Content-Security-Policy (issue 14). Every page carries, as a <meta> in its <head> (set by
// astro.config.mjs security.csp), a policy that lets scripts and styles come from the site's own
// origin only, plus the hashes of the inline scripts the site itself writes:
//   1. Statically, over every HTML page: one policy, before any script, style or stylesheet;
//      script-src and style-src without 'unsafe-inline' / 'unsafe-eval'; object-src 'none';
//      base-uri 'self'; default-src 'self'; every inline script the page holds is allowed by a
//      hash of the policy (else it would not run), and no inline style attribute or element
//      goes unhashed.
//   2. In Chromium, over every page type (up to 3 pages of each): no CSP violation is reported
//      (securitypolicyviolation events, recorded from before the page's first script, and the
//      console); on the search page a query is run (Pagefind's WebAssembly), on a citation page
//      the copy script must have run.
//   3. A page whose HTML had a script, an event-handler attribute, a javascript: link and a
//      data: script injected (served at the page's own address) runs none of them, each is
//      reported blocked; the same page without its policy runs them (the control).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';
import { listPages, pagesByType, spread } from './support/site-pages.ts';
import { useSiteInBrowser } from './support/site-session.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: Element) =>
  el.childNodes.map((c) => ('value' in c ? (c as { value: string }).value : '')).join('') ||
  ('content' in el ? (el as unknown as { content: { childNodes: Node[] } }).content.childNodes.map((c) => ('value' in c ? (c as { value: string }).value : '')).join('') : '');

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) out.push(n);
    for (const c of ('childNodes' in n ? n.childNodes : []) as Node[]) walk(c);
  };
  walk(root);
  return out;
}

/** The policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !m.has(name.toLowerCase())) m.set(name.toLowerCase(), sources);
  }
  return m;
}

const pages = listPages();
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const EXECUTABLE = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

describe('every page carries the Content-Security-Policy', () => {
  it(`${pages.length} pages: the policy, strict, and allowing each inline script by its hash`, () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const p of pages) {
      const doc = parse(readFileSync(join(DIST_DIR, p.file), 'utf8'));
      const all = elements(doc);
      const metas = all.filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) {
        problems.push(`${p.path}: ${metas.length} CSP <meta> elements`);
        continue;
      }
      const meta = metas[0]!;
      const head = all.find((e) => e.tagName === 'head');
      if (!head || !elements(head).includes(meta)) problems.push(`${p.path}: the policy is not in <head>`);
      // A <meta> policy only governs what comes after it.
      const first = all.findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && /stylesheet|preload|modulepreload/i.test(attr(e, 'rel') ?? '')));
      if (first >= 0 && first < all.indexOf(meta)) problems.push(`${p.path}: <${all[first]!.tagName}> before the policy`);
      const policy = parsePolicy(attr(meta, 'content') ?? '');
      const script = policy.get('script-src') ?? [];
      const style = policy.get('style-src') ?? [];
      const expectations: [boolean, string][] = [
        [JSON.stringify(policy.get('default-src')) === `["'self'"]`, "default-src 'self'"],
        [JSON.stringify(policy.get('object-src')) === `["'none'"]`, "object-src 'none'"],
        [JSON.stringify(policy.get('base-uri')) === `["'self'"]`, "base-uri 'self'"],
        [script.includes("'self'"), "script-src 'self'"],
        [style.includes("'self'"), "style-src 'self'"],
        [!script.some((s) => /^'unsafe-(inline|eval|hashes)'$/.test(s) || s === '*' || /^(https?|data|blob):?$/i.test(s)), 'no unsafe or wildcard script sources'],
        [!style.some((s) => s === "'unsafe-inline'" || s === '*'), 'no unsafe-inline styles'],
        [!policy.has('script-src-elem') && !policy.has('script-src-attr'), 'no script-src-elem/attr loosening'],
      ];
      for (const [ok, what] of expectations) if (!ok) problems.push(`${p.path}: expected ${what}`);
      for (const el of all) {
        if (el.tagName === 'script' && !attr(el, 'src') && EXECUTABLE(attr(el, 'type'))) {
          if (!script.includes(sha256(textOf(el)))) problems.push(`${p.path}: an inline script not allowed by a hash`);
        }
        if (el.tagName === 'style' && !style.includes(sha256(textOf(el)))) problems.push(`${p.path}: an inline <style> not allowed by a hash`);
        if (el.attrs.some((a) => a.name === 'style')) problems.push(`${p.path}: a style="" attribute on <${el.tagName}>`);
        if (el.attrs.some((a) => /^on/i.test(a.name))) problems.push(`${p.path}: an event-handler attribute on <${el.tagName}>`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Records CSP violations from before the page's first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`);
    });
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...((await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) ?? []), ...console];
}

describe('no CSP violations in the browser', () => {
  const site = useSiteInBrowser();
  const sample = [...pagesByType(pages).values()].flatMap((list) => spread(list, 3));

  it(`${sample.length} pages, every page type: no violation`, { timeout: 240_000 }, async () => {
    const found: string[] = [];
    for (const p of sample) {
      const context = await site.browser.newContext({ baseURL: site.server.url });
      try {
        const page = await context.newPage();
        const violations = await watchViolations(page);
        await page.goto(p.path, { waitUntil: 'networkidle' });
        if (p.type === '/search/') {
          // Load Pagefind and its WebAssembly.
          await page.fill('#q', 'risk');
          await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
          expect(await page.locator('#search-results > li').count(), 'search results under the policy').toBeGreaterThan(0);
        }
        if (p.type.startsWith('/cite/')) {
          // The copy script ran: it fills in the access date.
          expect(await page.locator('.acc').first().textContent(), 'citation script under the policy').not.toBe('[date]');
        }
        for (const v of await violations()) found.push(`${p.path}: ${v}`);
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });

  it('blocks a script injected into a page', async () => {
    const report = pages.find((p) => p.type === '/reports/*/')!;
    const html = readFileSync(join(DIST_DIR, report.file), 'utf8');
    const injected = html.replace(
      '<main',
      '<script>window.__injected = "script"</script>' +
        '<img src="data:," onload="window.__injected = \'handler\'" alt="">' +
        '<a id="js-link" href="javascript:window.__injected=\'link\'">x</a>' +
        '<script src="data:text/javascript,window.__injected=%22data%22"></script>' +
        '<main',
    );
    expect(injected).not.toBe(html);
    const context = await site.browser.newContext({ baseURL: site.server.url });
    try {
      const page = await context.newPage();
      const violations = await watchViolations(page);
      // Served at the page's own address, as if the build had written it.
      await page.route(`**${report.path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }));
      await page.goto(report.path, { waitUntil: 'load' });
      await page.click('#js-link').catch(() => {});
      // Wait for the three violations to be reported (an inline handler's can come after load),
      // rather than for a fixed time, which a busy machine outlasted.
      const kinds = ['script-src-elem blocked inline', 'script-src-attr blocked inline', 'script-src-elem blocked data'];
      await expect
        .poll(async () => {
          const seen = await violations();
          return kinds.filter((k) => !seen.some((x) => x.startsWith(k)));
        }, { timeout: 20_000 })
        .toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
      const v = await violations();
      expect(v.some((x) => x.startsWith('script-src-elem blocked inline')), JSON.stringify(v)).toBe(true);
      expect(v.some((x) => x.startsWith('script-src-attr blocked inline')), JSON.stringify(v)).toBe(true);
      expect(v.some((x) => x.startsWith('script-src-elem blocked data')), JSON.stringify(v)).toBe(true);
    } finally {
      await context.close();
    }
    // Control: the same page without its policy runs the injected script, so the policy is
    // what blocked it.
    const control = await site.browser.newContext({ baseURL: site.server.url });
    try {
      const page = await control.newPage();
      const bare = injected.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      expect(bare).not.toBe(injected);
      await page.route(`**${report.path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bare }));
      await page.goto(report.path, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeDefined();
    } finally {
      await control.close();
    }
  });
});
