import { execFileSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HEAP_SHARE, withHeapLimit } from './heap.mjs';

const GiB = 2 ** 30;

describe('the build\'s heap limit', () => {
  it('is a share of the machine\'s memory, in MiB', () => {
    expect(withHeapLimit({}, 24 * GiB).NODE_OPTIONS).toBe(`--max-old-space-size=${Math.floor(24 * 1024 * HEAP_SHARE)}`);
  });

  it('keeps other options, and a limit already set', () => {
    expect(withHeapLimit({ NODE_OPTIONS: '--enable-source-maps' }, 8 * GiB).NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=6144');
    expect(withHeapLimit({ NODE_OPTIONS: '--max-old-space-size=2048' }, 8 * GiB).NODE_OPTIONS).toBe('--max-old-space-size=2048');
  });

  it('is the limit a child process gets: above V8\'s default on this machine', () => {
    const read = (env: NodeJS.ProcessEnv) =>
      Number(execFileSync(process.execPath, ['-e', 'console.log(require("v8").getHeapStatistics().heap_size_limit)'], { env, encoding: 'utf8' }));
    const { NODE_OPTIONS: _, ...plain } = process.env;
    const limit = read(withHeapLimit(plain));
    expect(limit).toBeGreaterThan(read(plain));
    expect(limit / 2 ** 20).toBeGreaterThanOrEqual(Math.floor((totalmem() / 2 ** 20) * HEAP_SHARE));
  });
});
