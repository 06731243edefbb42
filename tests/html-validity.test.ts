// HTML validity of the built site (issue 3): every HTML page in dist/ (listed from the
// filesystem) is checked with html-validate's Node API and its "html-validate:recommended"
// preset (the strictest one it ships: the standard rules plus style rules such as
// attr-quotes, doctype-style and no-inline-style), with no rule turned off or relaxed: the site
// passes them all, so there is nothing to adjust. A rule that has to be relaxed one day should
// be set in RULES below, each with a comment saying which deliberate choice it conflicts with.
//
// Timing: ~15 s for the 885 pages of the seeds' site on this machine (2 cores), no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message, type RuleConfig } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/paths.ts';
import { listPages, pagesByType } from './support/site-pages.ts';

/** Rules changed from the preset, each with the reason (none needed so far). */
const RULES: RuleConfig = {};

const htmlvalidate = new HtmlValidate({ extends: ['html-validate:recommended'], rules: RULES });
const pages = listPages();

function describeMessage(file: string, m: Message): string {
  const severity = m.severity === 2 ? 'error' : 'warning';
  return `dist/${file}:${m.line}:${m.column} ${severity} ${m.ruleId}: ${m.message}${m.selector ? `\n    at ${m.selector}` : ''}`;
}

describe('HTML validity (html-validate:recommended)', () => {
  it('the validator reports what it should (a known-bad page fails)', async () => {
    const report = await htmlvalidate.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p><div id="a"></div></p><span id="a"></span><img src="x.png"></body></html>',
      'canary.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-implicit-close', 'no-dup-id', 'wcag/h37']));
  });

  it('lists the pages from dist/', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  for (const [type, list] of pagesByType(pages)) {
    it(`no errors or warnings on ${type} (${list.length} page${list.length === 1 ? '' : 's'})`, { timeout: 300_000 }, async () => {
      const problems: string[] = [];
      for (const p of list) {
        const report = await htmlvalidate.validateString(readFileSync(join(DIST_DIR, p.file), 'utf8'), `dist/${p.file}`);
        for (const r of report.results) for (const m of r.messages) problems.push(describeMessage(p.file, m));
      }
      expect(problems, `${problems.length} problem(s):\n${problems.slice(0, 200).join('\n')}`).toEqual([]);
    });
  }
});
