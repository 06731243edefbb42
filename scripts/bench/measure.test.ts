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
    // leaves Pagefind's service): the helper's memory is the phase's peak. The parent leaves
    // once the helper says its memory is filled, and a second later (several samples), so that a
    // busy machine's slow start cannot make the helper's peak fall outside the phase.
    const helper = `const b = Buffer.alloc(300e6, 1); process.stdout.write('full'); setTimeout(() => b.length, 4000);`;
    const parent = `const h = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(helper)}], { stdio: ['ignore', 'pipe', 'inherit'], detached: true }); h.stdout.once('data', () => { h.stdout.destroy(); h.unref(); setTimeout(() => {}, 1000); });`;
    const m = await measure(process.execPath, ['-e', parent], { log: join(dir, 'log'), timeoutMs: 60_000 });
    expect(m.ok).toBe(true);
    // The parent alone is ~50 MB.
    expect(m.peakKb / 1024).toBeGreaterThan(250);
  });
});
