// npm run screenshots: full-page screenshots of the main pages of the built site, for the docs
// and for reviewing the design. Serves dist/ (build it first with `npm run build`) on 127.0.0.1
// and writes docs/screenshots/<page>-<desktop|mobile>.png with Debian's Chromium:
//   desktop  1280×900 viewport, full page
//   mobile   390×844 viewport (a phone: touch, mobile viewport), full page
// Deterministic: fixed viewports and device scale factor 1, light colour scheme, reduced
// motion, animations and the text caret disabled, fixed locale and time zone, and nothing
// loaded from another origin (such requests are blocked, and fail the run).
//
//   npm run screenshots [-- --site dist --out docs/screenshots]
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { ROOT_DIR } from '../tests/support/paths.ts';
import { serveDist } from '../tests/support/server.ts';

/**
 * The pages, full page unless a shot is of one state: `open` clicks those summaries first (a
 * disclosure opened), `at` scrolls that element to the top, and the shot is then of the screen.
 */
interface Shot {
  name: string;
  path: string;
  open?: string[];
  at?: string;
}
const SURREY = '/reports/surrey-pdu-inspection-2024-03/';
const PAGES: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'report', path: SURREY },
  { name: 'theme', path: '/themes/domestic-abuse/' },
  { name: 'standard', path: '/standards/2023-p-2-1/' },
  // A report's front matter in its panel, opened.
  { name: 'report-about', path: SURREY, open: ['details.about-doc > summary'], at: 'details.about-doc' },
  // A paragraph's citation, opened from its locator: Harvard, OSCOLA, downloads, permalink, tags.
  { name: 'report-paragraph-cite', path: SURREY, open: ['#p-4bac5b18 a.pc'], at: '#strengths' },
  // An action plan: the plan's columns as a line, items with their locators.
  { name: 'action-plan', path: '/reports/kent-surrey-and-sussex-action-plan-2024-05-06/', at: '#action-plan-probation-service-kent-surrey-sussex-region' },
  // The citations of a paragraph: locator, Harvard, OSCOLA.
  { name: 'cite', path: '/cite/surrey-pdu-inspection-2024-03/', at: '#p-4bac5b18' },
];

const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return resolve(ROOT_DIR, i >= 0 && args[i + 1] ? args[i + 1]! : fallback);
}

async function main(): Promise<void> {
  const site = option('--site', 'dist');
  const out = option('--out', 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await serveDist(site);
  const browser = await launchBrowser();
  const external: string[] = [];
  try {
    for (const [device, settings] of Object.entries(DEVICES)) {
      const context = await browser.newContext({
        ...settings,
        deviceScaleFactor: 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        forcedColors: 'none',
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      const origin = new URL(server.url).origin;
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:')) await route.continue();
        else {
          external.push(url);
          await route.abort('blockedbyclient');
        }
      });
      const page = await context.newPage();
      for (const { name, path, open = [], at } of PAGES) {
        const res = await page.goto(server.url + path, { waitUntil: 'networkidle' });
        if (res?.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
        await page.evaluate(() => document.fonts.ready);
        for (const sel of open) await page.locator(sel).first().click();
        if (at) await page.locator(at).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
        const file = join(out, `${name}-${device}.png`);
        await page.screenshot({ path: file, fullPage: !at, animations: 'disabled', caret: 'hide', scale: 'css' });
        console.log(`wrote ${relative(ROOT_DIR, file)} (${path})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (external.length) throw new Error(`the pages requested other origins:\n${external.join('\n')}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
