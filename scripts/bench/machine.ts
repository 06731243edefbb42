// The machine a benchmark ran on, and how busy it was.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${osRelease ?? process.platform}, kernel ${release()}`,
  };
}

/** `uptime`'s load averages (1, 5, 15 min), as a string. */
export function load(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).replace(/^.*load averages?:\s*/s, '').trim();
  } catch {
    return loadavg().map((x) => x.toFixed(2)).join(', ');
  }
}
