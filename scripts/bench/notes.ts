// Blocks of BENCHMARKS.md's notes that one option of npm run bench writes (--hostile, --fuzz,
// --lighthouse), each between its own markers, so that a plain `npm run bench` keeps them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Replaces (or adds, at the end of the notes) the block between `<!-- name -->` markers. */
export function writeBlock(name: string, body: string): void {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}: written by npm run bench -- --${name} -->`;
  const end = `<!-- /${name} -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  let next: string;
  if (a >= 0 && b > a) next = text.slice(0, a) + block + text.slice(b + end.length);
  else if (text.includes('<!-- /notes -->')) next = text.replace('<!-- /notes -->', `\n${block}\n<!-- /notes -->`);
  else next = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
