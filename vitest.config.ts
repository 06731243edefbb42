// Two test projects, both run by `npm test` (= `vitest run`):
//   unit  scripts/**/*.test.ts, src/**/*.test.ts  pure and fast: no build, no browser
//   site  tests/**/*.test.ts                        against the built site in dist/, some in
//                                                   Debian Chromium; the global setup builds the
//                                                   site once (SKIP_BUILD=1 reuses dist/)
// Run one: `npm test -- --project unit`. Run through npm so the project's Node 22 is used.
import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './tests/support/summary-reporter.ts';

const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  throw new Error(
    `Vitest is running on Node ${process.versions.node}; this project needs Node 22, which it ` +
      'brings itself (the `node` devDependency). Run the tests with `npm test` (or `npx vitest`), ' +
      'which put node_modules/.bin, and so Node 22, first on PATH.',
  );
}

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter()],
    // the machines this runs on have 2 cores
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          // some unit tests run the ingest in a child process; on 2 busy cores that can take
          // longer than Vitest's default 5 s
          testTimeout: 30_000,
          // some suites ingest the seeds in a beforeAll: 2-3 s alone, over 10 s on a loaded machine
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-site.ts'],
          setupFiles: ['tests/support/require-build.ts'],
          // one file at a time: each may run a browser and a server, on 2 cores
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
