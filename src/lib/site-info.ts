// What the footer says about the build itself: when it was built and where its code is. Both come
// from the build's environment, never the clock, so the same seeds and the same variables give
// byte-identical pages.
import type { Report } from '../../core/schemas';
import { referenceDate } from './tracker';

export interface BuildDate {
  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, as precise as its source). */
  date: string;
  /** SOURCE_DATE_EPOCH: the date the build was made for; otherwise the newest document's date. */
  recorded: boolean;
}

/**
 * The build's date from SOURCE_DATE_EPOCH (the reproducible-builds convention, read as the action
 * tracker reads it). Without it the build has no date of its own, and the newest document's
 * publication date is given instead, as the document dates it (a month stays a month).
 */
export function buildDate(reports: readonly Pick<Report, 'published'>[], env: Record<string, string | undefined> = process.env): BuildDate {
  if (env.SOURCE_DATE_EPOCH?.trim()) return { date: referenceDate(reports, env).date, recorded: true };
  const pad = (d: string) => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);
  let newest: string | null = null;
  for (const r of reports) if (r.published && (newest === null || pad(r.published) > pad(newest))) newest = r.published;
  return { date: newest ?? '1970-01-01', recorded: false };
}

/**
 * The address of the site's source code: SOURCE_URL when the build is given one (https only, like
 * a document's official address). The project does not guess where a deployment keeps its code.
 */
export function sourceCodeUrl(env: Record<string, string | undefined> = process.env): string | null {
  const url = env.SOURCE_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`SOURCE_URL must be an https address, not "${url}"`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`SOURCE_URL must be an https address, not "${url}"`);
  return parsed.href;
}
