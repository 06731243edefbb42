// npm run build: ingest (seeds/ → content/), astro build, Pagefind index (dist/).
// `npm run build -- --skip-refused` (or SKIP_REFUSED=1 npm run build) builds the site without
// the documents the ingest refuses, lists them in the log and on the data-quality page; by
// default one refused document stops the build and nothing is written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withHeapLimit } from './heap.mjs';
import { PREVIEW_NOTE, siteConfigured } from '../core/site-origin.mjs';
import { withSourceDate } from './source-date.mjs';

const { values } = parseArgs({ options: { 'skip-refused': { type: 'boolean', default: false } } });
const steps = [
  ['tsx', ['scripts/ingest.ts', ...(values['skip-refused'] ? ['--skip-refused'] : [])]],
  ['astro', ['build']],
  [process.execPath, ['scripts/index-search.mjs']],
];
const dated = withSourceDate();
console.log(dated.note);
if (!siteConfigured()) console.warn(`build: ${PREVIEW_NOTE}.`);
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: withHeapLimit(dated.env) });
  if (r.error) throw r.error;
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The refused documents again, last, where a long build log is read.
const refusedFile = join('content', 'refused.json');
if (existsSync(refusedFile)) {
  const refused = JSON.parse(readFileSync(refusedFile, 'utf8'));
  console.warn(`build: ${refused.length} refused document${refused.length === 1 ? '' : 's'} left out of the site (listed on /data-quality/):`);
  for (const r of refused) console.warn(`  ${r.source_file}:${r.line}: ${r.reason}`);
}
