// Runs fuzz cases for scripts/hostile/fuzz.ts in a worker thread, so that a case that hangs can
// be stopped (the worker is terminated) without stopping the run. For each case: the document
// alone in a seeds folder, the ingest into an output folder holding a sentinel file, then, if
// it ingested, every finding rendered by the site's Markdown pipeline.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { load } from 'js-yaml';
import { markdownProcessor, markdownShared } from '../../src/markdown/options';
import type { ReportFindings } from '../../core/schemas';
import { IngestError, ingestInThread as ingest } from '../pipeline/ingest';
import { FINDINGS_DIR } from '../pipeline/write';

export interface CaseRequest {
  work: string;
  name: string;
  bytes: Uint8Array;
}
export interface CaseReply {
  ending: 'ingested' | 'refused' | 'crashed';
  message: string;
  /** What is wrong with how it ended (empty when it ended well). */
  defects: string[];
  ms: number;
}

export const SENTINEL = 'previous content\n';
const renderer = markdownProcessor.createRenderer(markdownShared);

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

export async function runCase({ work, name, bytes }: CaseRequest): Promise<CaseReply> {
  const dir = mkdtempSync(join(work, 'case-'));
  const seeds = join(dir, 'seeds');
  const out = join(dir, 'content');
  mkdirSync(seeds);
  mkdirSync(out);
  writeFileSync(join(seeds, name), bytes);
  writeFileSync(join(out, 'sentinel.md'), SENTINEL);
  const t0 = performance.now();
  let ending: CaseReply['ending'];
  let message = '';
  const defects: string[] = [];
  try {
    ingest(seeds, out);
    ending = 'ingested';
  } catch (e) {
    if (e instanceof IngestError) {
      ending = 'refused';
      message = e.message;
    } else {
      ending = 'crashed';
      message = e instanceof Error ? `${e.name}: ${e.message} ${(e.stack ?? '').split('\n').slice(1, 3).join(' ').trim()}` : String(e);
      defects.push(`unexpected exception: ${message}`);
    }
  }
  try {
    const files = walk(out);
    const leftovers = readdirSync(dir).filter((n) => n !== 'seeds' && n !== 'content');
    if (leftovers.length) defects.push(`left ${leftovers.join(', ')} beside the output folder`);
    if (ending !== 'ingested') {
      if (files.length !== 1 || readFileSync(join(out, 'sentinel.md'), 'utf8') !== SENTINEL) defects.push('the output folder changed');
    }
    if (ending === 'refused') {
      const m = /^(.+?):(\d+): (.+)$/s.exec(message);
      if (!m) defects.push(`refusal is not "<file>:<line>: <reason>": ${message}`);
      else if (resolve(m[1]!) !== resolve(seeds, name)) defects.push(`refusal names ${m[1]}, not the document`);
      else if (Number(m[2]) < 1) defects.push(`refusal names line ${m[2]}`);
    }
    if (ending === 'ingested') {
      if (files.some((f) => f.endsWith('sentinel.md'))) defects.push('the output folder was not replaced');
      if (files.filter((f) => f.includes('/reports/')).length !== 1) defects.push('not one report written');
      // Render what the report page renders.
      const r = await renderer;
      for (const f of files.filter((x) => x.includes(`/${FINDINGS_DIR}/`) && x.endsWith('.yaml'))) {
        for (const finding of (load(readFileSync(f, 'utf8')) as ReportFindings).findings) {
          const html = (await r.render(finding.markdown, { frontmatter: finding })).code;
          if (/<(script|iframe|img|object|style)\b|javascript:/i.test(html)) defects.push(`markup became HTML in ${finding.anchor}`);
        }
      }
    }
  } catch (e) {
    defects.push(`checking the outcome failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const ms = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  return { ending, message, defects, ms };
}

parentPort?.on('message', async (req: CaseRequest) => {
  parentPort!.postMessage(await runCase(req));
});
