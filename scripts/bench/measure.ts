// Runs one command and measures it: wall-clock time and peak memory. Peak memory is the
// maximum resident set size of the largest process in the command's tree: the larger of GNU
// time's figure (`/usr/bin/time -f %M`) and the largest process's RSS sampled from /proc every
// 200 ms, because GNU time counts only the descendants that were waited for, and a process that
// ends its helper without waiting (the index phase and Pagefind's service) can hide the largest.
// Without GNU time, the summed RSS of the process tree, sampled. A deadline kills the whole
// process group.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface Measured {
  ok: boolean;
  timedOut: boolean;
  ms: number;
  /** Peak RSS in KiB. */
  peakKb: number;
  exitCode: number | null;
  /** 1-minute load average when the command started. */
  load: number;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);
export const memoryMethod = hasGnuTime
  ? 'max RSS of the largest process in the phase (GNU time %M, or the largest process sampled every 200 ms if larger)'
  : 'summed RSS of the phase’s process tree, sampled from /proc every 200 ms';

/** RSS (KiB) of a process and all its descendants, read from /proc: their sum and the largest. */
function treeRssKb(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, (Number(fields[21]) * 4096) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

export function measure(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; log: string; timeoutMs: number }): Promise<Measured> {
  const timeFile = `${opts.log}.time`;
  rmSync(timeFile, { force: true });
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const out = openSync(opts.log, 'w');
  const load = loadavg()[0]!;
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { env: { ...process.env, ...opts.env }, stdio: ['ignore', out, out], detached: true });
  let sampled = 0;
  let sampledLargest = 0;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const { total, largest } = treeRssKb(child.pid);
    sampled = Math.max(sampled, total);
    sampledLargest = Math.max(sampledLargest, largest);
  }, 200);
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, opts.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      clearTimeout(deadline);
      closeSync(out);
      const fromTime = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
      const peakKb = Number.isFinite(fromTime) && fromTime > 0 ? Math.max(fromTime, sampledLargest) : sampled;
      resolve({ ok: code === 0 && !timedOut, timedOut, ms, peakKb, exitCode: code, load });
    });
  });
}
