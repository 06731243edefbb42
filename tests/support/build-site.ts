// Vitest global setup of the `site` project: builds the site once (`npm run build`: ingest,
// astro build, search index) before any site test runs. With SKIP_BUILD=1 an existing dist/
// is reused, which saves minutes when iterating on tests against an unchanged site.
//
// A failed build does not stop the run: the unit tests still run and report (they often say
// why the build broke), and every site test file fails at once with the build's error, through
// tests/support/require-build.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST_DIR, ROOT_DIR } from './paths.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Why the site could not be built, or null when dist/ is ready. */
    siteBuildError: string | null;
  }
}

const BUILD_TIMEOUT_MS = 30 * 60 * 1000;
const LOG_TAIL_LINES = 60;
/** BUILD_QUIET=1 hides the build's output unless it fails. */
const QUIET = process.env.BUILD_QUIET === '1';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('siteBuildError', await buildSite());
}

async function buildSite(): Promise<string | null> {
  const hasDist = existsSync(join(DIST_DIR, 'index.html'));
  if (process.env.SKIP_BUILD === '1' && hasDist) {
    console.log('[site tests] SKIP_BUILD=1: using the existing dist/ without rebuilding');
    return null;
  }
  if (process.env.SKIP_BUILD === '1') {
    console.log('[site tests] SKIP_BUILD=1 but there is no dist/index.html yet: building anyway');
  }

  console.log('[site tests] building the site once: npm run build');
  const started = Date.now();
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run('npm', ['run', 'build'], ROOT_DIR, BUILD_TIMEOUT_MS);
  } catch (err) {
    return `could not start \`npm run build\`: ${String(err)}`;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const { code, signal, output } = result;

  if (code !== 0) {
    const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
    const tail = output.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
    console.error(
      `\n[site tests] \`npm run build\` ${how} after ${seconds}s; every site test will fail. ` +
        `Last ${LOG_TAIL_LINES} lines of its output:\n${tail}\n`,
    );
    return `\`npm run build\` ${how} after ${seconds}s, so the built site cannot be tested (its output is printed before the test results)`;
  }
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    return '`npm run build` succeeded but wrote no dist/index.html';
  }
  console.log(`[site tests] site built in ${seconds}s`);
  return null;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout can stop the whole build
    });
    const chunks: Buffer[] = [];
    // Shown as it comes (nothing else prints during global setup), and kept for the summary.
    const keep = (c: Buffer) => {
      chunks.push(c);
      if (!QUIET) process.stdout.write(c);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      chunks.push(Buffer.from(`\n[site tests] build timed out after ${timeoutMs / 1000}s\n`));
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
