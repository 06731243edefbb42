// Page weight of one built site, printed: the largest page of each type, raw and gzip, against
// the targets. `npx tsx scripts/bench/weight-cli.ts DIST`.
import { PAGE_TARGET_GZIP, PAGE_TARGET_RAW, pageWeight } from './weight';
const dist = process.argv[2] ?? 'dist';
const w = pageWeight(dist);
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
for (const t of w.types) {
  const flag = t.htmlGzipMax > PAGE_TARGET_GZIP || t.htmlRawMax > PAGE_TARGET_RAW ? 'OVER' : 'ok';
  console.log(`${t.type.padEnd(15)} ${String(t.pages).padStart(6)}  raw max ${kb(t.htmlRawMax).padStart(10)}  gzip max ${kb(t.htmlGzipMax).padStart(9)}  ${flag}  ${t.rawMaxPage}${t.rawMaxPage !== t.maxPage ? ` | ${t.maxPage}` : ''}`);
}
