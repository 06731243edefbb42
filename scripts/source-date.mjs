// The date a build is for: SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else
// the time of the commit being built, so that the action tracker judges target dates against
// the day the site was made rather than its newest document (which left two-year-old dates
// "due"), and the same checkout still builds byte for byte the same site. Never the clock.
import { spawnSync } from 'node:child_process';

/**
 * `env` with SOURCE_DATE_EPOCH set, and a line for the build log saying where it came from.
 * Without a variable or a git commit (a copy of the sources outside git) the pages fall back
 * to the newest document's date, and the line says so.
 */
export function withSourceDate(env = process.env, cwd = process.cwd()) {
  if (env.SOURCE_DATE_EPOCH?.trim()) {
    return { env, note: `build: dates are judged against SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH.trim()} (${isoDay(env.SOURCE_DATE_EPOCH)})` };
  }
  const r = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8' });
  const epoch = r.status === 0 ? r.stdout.trim() : '';
  if (!/^\d+$/.test(epoch)) {
    return { env, note: 'build: SOURCE_DATE_EPOCH is not set and no git commit was found: dates are judged against the newest document; set SOURCE_DATE_EPOCH to the date the site is built for' };
  }
  return {
    env: { ...env, SOURCE_DATE_EPOCH: epoch },
    note: `build: SOURCE_DATE_EPOCH=${epoch} (${isoDay(epoch)}), the time of the last commit; set SOURCE_DATE_EPOCH to build for another date`,
  };
}

const isoDay = (epoch) => (/^\d+$/.test(epoch.trim()) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : 'not a number of seconds');
