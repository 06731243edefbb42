// Headless Debian Chromium driven by playwright-core, for the site tests.
// Playwright's own browser download (`npx playwright install`) is not used: the project runs
// on machines without access to it, so tests use the distribution's package instead
// (`apt-get install -y chromium`, which .ci/run does).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

/** Where Debian puts Chromium. CHROMIUM_PATH overrides it (e.g. on another distribution). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags that keep Chromium headless, quiet and off the network except for our pages. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests use Debian's Chromium; ` +
        'install it with `apt-get install -y chromium` (as root, after `apt-get update`), ' +
        'or set CHROMIUM_PATH to a Chromium binary. `npx playwright install` is not used.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface DialogRecord {
  type: string;
  message: string;
}

export interface PageVisit {
  page: Page;
  context: BrowserContext;
  /** The response to the navigation itself (null for same-document navigations). */
  response: Response | null;
  /** Every request (or WebSocket) to an origin other than the server's; all are blocked. */
  externalRequests: string[];
  /** console.error messages, and uncaught exceptions thrown in the page. */
  consoleErrors: string[];
  /** alert/confirm/prompt/beforeunload dialogs; each is dismissed. */
  dialogs: DialogRecord[];
  /**
   * Same-origin requests that failed or answered with a status of 400 or more (the navigation
   * itself included, so opening a missing page on purpose puts its URL here).
   */
  failedRequests: string[];
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /** Passed to page.goto; 'load' unless given. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Viewport; Playwright's default (1280x720) unless given. */
  viewport?: { width: number; height: number };
  /**
   * Lift the pages' Content-Security-Policy, for a test that injects tooling of its own (axe-core
   * as an inline script). The policy itself is tested by tests/csp.test.ts.
   */
  bypassCSP?: boolean;
}

/**
 * The browser's own fetch of a page's icon (public/favicon.svg), cancelled because the page was
 * left before it finished (ERR_ABORTED): not a request of the page's that failed. An icon that is
 * missing (404) still counts, as a response.
 */
export function isCancelledIconFetch(request: { url(): string; failure(): { errorText: string } | null }): boolean {
  return /\/(favicon\.svg|apple-touch-icon\.png)$/.test(request.url()) && request.failure()?.errorText === 'net::ERR_ABORTED';
}

/** URLs that never reach the network, so they are not "another origin". */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about|javascript):/i.test(url);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Opens `path` (e.g. `/` or `/reports/x/`) of the site served at `baseUrl` in a fresh browser
 * context, recording what a test usually wants to assert is empty. Requests to any other origin
 * are recorded and aborted, so a test never depends on, or leaks to, the outside world.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  options: OpenPageOptions = {},
): Promise<PageVisit> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    baseURL: baseUrl,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
  const visit: Omit<PageVisit, 'page' | 'response'> = {
    context,
    externalRequests: [],
    consoleErrors: [],
    dialogs: [],
    failedRequests: [],
    close: () => context.close(),
  };

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalScheme(url) || originOf(url) === origin) {
      await route.continue();
    } else {
      visit.externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const page = await context.newPage();
  page.on('websocket', (ws) => {
    if (originOf(ws.url().replace(/^ws/, 'http')) !== origin) visit.externalRequests.push(ws.url());
  });
  page.on('console', (msg) => {
    // the requests blocked above are already in externalRequests
    if (msg.type() === 'error' && !msg.text().includes('ERR_BLOCKED_BY_CLIENT')) {
      visit.consoleErrors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => {
    visit.consoleErrors.push(`Uncaught ${err.name}: ${err.message}`);
  });
  page.on('dialog', (dialog) => {
    visit.dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => {});
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (originOf(url) === origin && !isCancelledIconFetch(request)) {
      visit.failedRequests.push(`${url} (${request.failure()?.errorText ?? 'failed'})`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && originOf(res.url()) === origin) {
      visit.failedRequests.push(`${res.url()} (${res.status()})`);
    }
  });

  const response = await page.goto(path, { waitUntil: options.waitUntil ?? 'load' });
  return { ...visit, page, response };
}
