// A Vitest reporter that adds one plain closing line after the default report, e.g.
//   42 passed, 0 failed, 1 skipped
// in the plainest form (no prefix), so that a CI log can be read by tools that look for
// "N passed, N failed" on the last line. A test file that
// could not be collected (syntax error, failing import, failing beforeAll) counts as one
// failure, as do errors thrown outside any test.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

export class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    _reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++; // skipped, todo, or never run (pending)
      }
      if (failedHere === 0 && (module.state() === 'failed' || module.errors().length > 0)) {
        failedHere = 1;
      }
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
