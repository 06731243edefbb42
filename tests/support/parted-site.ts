// A copy of the built site whose search index is in several parts, as a large archive's is
// (scripts/search/build-index.ts, PART_WORDS): the seeds' documents are ~8,000 indexed words
// each, so a budget of a few thousand words puts each in a part of its own. The search tests run
// on this copy as well as on dist/, so that a merged index is held to everything a single one is.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DIST_DIR, ROOT_DIR } from './paths.ts';

export interface PartedSite {
  /** The copy's folder (set before the tests run). */
  dir: string;
  /** The index's parts, as /search/parts.json lists them. */
  parts: string[];
}

/** Before the block's tests: dist/ copied and indexed again in parts of at most `words` words; removed after. */
export function usePartedSite(words: number): PartedSite {
  const site: PartedSite = { dir: '', parts: [] };
  beforeAll(() => {
    site.dir = mkdtempSync(join(tmpdir(), 'pf-parted-'));
    cpSync(DIST_DIR, site.dir, { recursive: true });
    const r = spawnSync(process.execPath, ['scripts/index-search.mjs', '--site', site.dir], {
      cwd: ROOT_DIR,
      env: { ...process.env, SEARCH_PART_WORDS: String(words) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`index-search in parts failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-3000)}`);
    site.parts = (JSON.parse(readFileSync(join(site.dir, 'search', 'parts.json'), 'utf8')) as { indexes: string[] }).indexes;
  }, 150_000);
  afterAll(() => {
    if (site.dir) rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}
