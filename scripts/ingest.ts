// npm run ingest: seeds/ → content/. Every file in seeds/ is a document, whatever its name;
// its kind comes from its content. Any error names the file, the line and the reason, exits
// non-zero and leaves content/ as it was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule } from './cli';
import { parseDocument } from './pipeline/parse';
import { decodeSource } from './pipeline/read';
import { assemble, reportId, type SourceDoc } from './pipeline/assemble';
import { renderCorpus, writeAtomically } from './pipeline/write';
import { ParseError } from './pipeline/types';

export class IngestError extends Error {}

export function readSeeds(seedsDir: string, cwd = process.cwd()): SourceDoc[] {
  const names = readdirSync(seedsDir).filter((n) => !n.startsWith('.')).sort();
  if (names.length === 0) throw new IngestError(`${relative(cwd, seedsDir) || seedsDir}: no documents found`);
  const sources: SourceDoc[] = [];
  const byId = new Map<string, string>();
  for (const name of names) {
    const path = join(seedsDir, name);
    const shown = relative(cwd, path) || path;
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    try {
      const { lines } = decodeSource(bytes);
      const doc = parseDocument(lines);
      const id = reportId(doc);
      const other = byId.get(id);
      if (other) throw new ParseError(1, `duplicates ${other}: both are the ${doc.kind} ${id}`);
      byId.set(id, shown);
      sources.push({ file: shown, sha256: createHash('sha256').update(bytes).digest('hex'), doc });
    } catch (e) {
      if (e instanceof ParseError) throw new IngestError(`${shown}:${e.line}: ${e.reason}`);
      throw e;
    }
  }
  return sources;
}

export function ingest(seedsDir: string, outDir: string): { files: number; warnings: string[] } {
  const sources = readSeeds(seedsDir);
  const corpus = assemble(sources);
  const files = renderCorpus(corpus);
  writeAtomically(outDir, files);
  const warnings = corpus.dataQuality.map(
    ({ data: d }) => `${d.source_file ?? 'corpus'}${d.lines ? `:${d.lines[0]}` : ''}: ${d.check}: ${d.message}`,
  );
  return { files: files.size, warnings };
}

if (isMainModule(import.meta.url)) {
  try {
    const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' } } });
    const { files, warnings } = ingest(values.seeds, values.out);
    for (const w of warnings) console.warn(`warning: ${w}`);
    console.log(`ingest: wrote ${files} content files (${warnings.length} data-quality warnings)`);
  } catch (e) {
    console.error(`ingest: error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
