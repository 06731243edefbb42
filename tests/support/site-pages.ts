// The pages of a built site, listed from the filesystem (not from a sitemap or the content), so a
// page that exists only because of a routing mistake is still checked.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST_DIR } from './paths.ts';

export interface SitePage {
  /** The file, relative to the site folder, e.g. `reports/x/index.html`. */
  file: string;
  /** The URL path that serves it, e.g. `/reports/x/` (or `/404.html`). */
  path: string;
  /**
   * The kind of page: its route pattern, with each dynamic segment written `*`, e.g. `/`,
   * `/reports/`, `/reports/*\/`, `/cite/*\/*\/`. One type per `src/pages/` route, near enough.
   */
  type: string;
}

/** Folders of the built site that hold no pages of ours (Astro's assets, the search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

function walk(dir: string, root: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (dir === root && NOT_PAGES.has(e.name)) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out);
    else if (e.isFile()) out.push(relative(root, full).split(sep).join('/'));
  }
}

/** Every file of the site folder, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string = DIST_DIR, { all = false } = {}): string[] {
  const out: string[] = [];
  // No site (the build failed): no files; tests/support/require-build.ts then says why.
  if (!existsSync(dir)) return out;
  if (all) {
    // everything, assets included
    const rec = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const full = join(d, e.name);
        if (e.isDirectory()) rec(full);
        else if (e.isFile()) out.push(relative(dir, full).split(sep).join('/'));
      }
    };
    rec(dir);
  } else {
    walk(dir, dir, out);
  }
  return out.sort();
}

export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** `/reports/x/` → `/reports/*\/`; top-level pages and section indexes keep their names. */
export function typeOfPath(path: string): string {
  if (!path.endsWith('/')) return path; // 404.html
  const segs = path.split('/').filter(Boolean);
  if (segs.length <= 1) return path;
  return `/${segs[0]}/${segs.slice(1).map(() => '*/').join('')}`;
}

/** Every HTML page of the built site, sorted by path. */
export function listPages(dir: string = DIST_DIR): SitePage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const path = pathOfFile(file);
      return { file, path, type: typeOfPath(path) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Pages grouped by type, types in order of first appearance (sorted paths). */
export function pagesByType(pages: SitePage[]): Map<string, SitePage[]> {
  const m = new Map<string, SitePage[]>();
  for (const p of pages) m.set(p.type, [...(m.get(p.type) ?? []), p]);
  return m;
}

/**
 * A deterministic sample of `n` items spread evenly over the list (the first and the last
 * included), so the same pages are picked on every run and every part of the list is covered.
 */
export function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n <= 1) return items.slice(0, n);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]!);
  return out;
}
