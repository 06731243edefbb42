import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDate } from './source-date.mjs';

const ROOT = join(import.meta.dirname, '..');

describe('withSourceDate', () => {
  it('keeps a SOURCE_DATE_EPOCH that is set, and names its day in the log line', () => {
    const { env, note } = withSourceDate({ SOURCE_DATE_EPOCH: '1735732800' }, ROOT);
    expect(env.SOURCE_DATE_EPOCH).toBe('1735732800');
    expect(note).toContain('(2025-01-01)');
  });

  it('takes the last commit’s time in a git checkout, so a build is for the day its sources were made', () => {
    const commit = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const { env, note } = withSourceDate({}, ROOT);
    expect(env.SOURCE_DATE_EPOCH).toBe(commit);
    expect(note).toMatch(/the time of the last commit/);
  });

  it('outside git, leaves it unset and says the newest document is used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      const { env, note } = withSourceDate({}, dir);
      expect(env.SOURCE_DATE_EPOCH).toBeUndefined();
      expect(note).toMatch(/no git commit was found: dates are judged against the newest document/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
