// npm run ingest: seeds/ → content/. Every file in seeds/ is a document, whatever its name;
// its kind comes from its content. By default any refused document names the file, the line and
// the reason, exits non-zero and leaves content/ as it was. With --skip-refused (or
// SKIP_REFUSED=1) the other documents are written, and the refused ones are listed in the log
// and in content/refused.json for the data-quality page. `--themes FILE` tags with another
// theme taxonomy than data/themes.yaml (docs/themes.md). `--check FILE…` reads the given files
// with the rest of seeds/, writes nothing and reports on each (scripts/check.ts). Documents are
// read in worker threads, one a core (`--workers N` or INGEST_WORKERS=N to set how many; 1 reads
// them in this thread), and written one at a time, so the ingest's memory does not grow with
// the archive (docs/architecture.md).
import { parseArgs } from 'node:util';
import { isMainModule } from './cli';
import { growHeapSlowly } from './heap.mjs';
import { checkFiles, formatCheck } from './check';
import { IngestError, ingest, skipRefusedFromEnv } from './pipeline/ingest';
import { formatRefusal } from './pipeline/refusal';

async function main(): Promise<void> {
  // Before the documents are read: the few kilobytes of links kept a document would otherwise
  // cost about 100 KiB of memory a document (scripts/heap.mjs).
  growHeapSlowly();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content' },
      check: { type: 'boolean', default: false },
      'skip-refused': { type: 'boolean', default: false },
      themes: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (values.check) {
    if (positionals.length === 0) throw new IngestError('--check needs the files to check: npm run ingest -- --check FILE…');
    const result = checkFiles(values.seeds, positionals);
    for (const note of result.notes) console.error(`note: ${note}`);
    console.log(formatCheck(result));
    if (result.files.some((f) => f.refusal)) process.exitCode = 1;
    return;
  }
  if (positionals.length) throw new IngestError(`unexpected argument ${positionals[0]} (to check files without writing anything: --check FILE…)`);
  const skipRefused = values['skip-refused'] || skipRefusedFromEnv();
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const { files, warnings, refused } = await ingest(values.seeds, values.out, { skipRefused, themesFile: values.themes, workers });
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const r of refused) console.warn(formatRefusal(r).map((l, i) => (i === 0 ? `refused: ${l}` : l)).join('\n'));
  console.log(
    `ingest: wrote ${files} content files (${warnings.length} data-quality warnings)` +
      (refused.length ? `; skipped ${refused.length} refused document${refused.length === 1 ? '' : 's'}: ${refused.map((r) => r.file).join(', ')}` : ''),
  );
}

if (isMainModule(import.meta.url)) {
  main().catch((e: unknown) => {
    if (e instanceof IngestError && e.refusals.length) {
      const [first, ...rest] = e.refusals;
      const lines = formatRefusal(first!);
      console.error(`ingest: error: ${lines[0]}`);
      for (const l of lines.slice(1)) console.error(l);
      for (const r of rest) console.error(`  also refused: ${r.file}:${r.line}: ${r.reason}`);
      console.error('  nothing written. To check a file: npm run ingest -- --check FILE; to build without the refused: npm run build -- --skip-refused');
    } else console.error(`ingest: error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
