import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure } from './measure';

const dir = mkdtempSync(join(tmpdir(), 'measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('peak memory of a phase', () => {
  it('counts a helper process its parent leaves without waiting for it', async () => {
    // The parent starts a helper that holds 300 MB, and exits before it (as the index phase
    // leaves Pagefind's service): the helper's memory is the phase's peak.
    const helper = `const b = Buffer.alloc(300e6, 1); setTimeout(() => b.length, 4000);`;
    const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(helper)}], { stdio: 'inherit', detached: true }).unref(); setTimeout(() => {}, 300);`;
    const m = await measure(process.execPath, ['-e', parent], { log: join(dir, 'log'), timeoutMs: 20_000 });
    expect(m.ok).toBe(true);
    // The parent alone is ~50 MB; sampled under load the helper may be caught part-filled, so
    // the bound is well below 300 MB but far above the parent.
    expect(m.peakKb / 1024).toBeGreaterThan(150);
  });
});
