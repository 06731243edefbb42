// Page weight of a built site: per page type, the HTML's gzip size and the JavaScript each
// page ships (its <script src> files with their static imports, plus inline scripts; JSON
// data blocks such as JSON-LD are not JavaScript); and the CSS the pages link, gzipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = ['home', 'report', 'region', 'PDU', 'standard', 'theme', 'recommendation', 'ratings', 'national', 'listing', 'data quality', 'citation', 'search', 'compare', 'tracker', 'filter', 'other'] as const;
/** Targets for every HTML page, whatever the archive's size (issue 10). */
export const PAGE_TARGET_GZIP = 100_000;
export const PAGE_TARGET_RAW = 1_000_000;
/** Pages that are tools rather than content: they may ship JavaScript. */
export const TOOL_PAGE_TYPES: readonly string[] = ['search', 'citation', 'compare', 'tracker', 'filter'];
export type PageType = (typeof PAGE_TYPES)[number];
/**
 * Content pages that carry a small progressive enhancement, and how much JavaScript it may be:
 * the report page marks the section being read in its contents and opens a paragraph's citation
 * in a dialog (without JavaScript, the contents are plain links and the citation a page).
 */
export const ENHANCEMENT_JS: Readonly<Partial<Record<PageType, number>>> = { report: 10_000 };

/** The type of a page from its path in dist/ ("reports/x/index.html"). Listings count as other. */
export function pageType(path: string): PageType {
  const p = path.split(/[\\/]/);
  if (path === 'index.html') return 'home';
  if (p[0] === 'search') return 'search';
  if (p[0] === 'cite') return 'citation';
  if (p[0] === 'compare') return 'compare';
  if (p[0] === 'actions') return 'tracker';
  // The national picture (/national/…): content pages, but for the filter tool.
  if (p[0] === 'national') return p[1] === 'filter' ? 'filter' : 'national';
  if (p[0] === 'data-quality') return 'data quality';
  if (p[0] === 'ratings') return p[1] === 'page' || p.length < 3 ? 'listing' : 'ratings';
  // A section's own index and its later pages (/reports/page/2/) are listings.
  const sections = ['reports', 'recommendations', 'entities', 'standards', 'themes'];
  if (sections.includes(p[0]!) && (p.length === 2 || p[1] === 'page')) return 'listing';
  if (p.length < 3) return 'other'; // /about/, /glossary/, /data/, /404.html …
  const byDir: Record<string, PageType> = { reports: 'report', regions: 'region', pdus: 'PDU', standards: 'standard', themes: 'theme', recommendations: 'recommendation' };
  return byDir[p[0]!] ?? 'other';
}

export interface TypeWeight {
  type: PageType;
  pages: number;
  htmlGzipMedian: number;
  htmlGzipMax: number;
  maxPage: string;
  /** The largest page uncompressed (a phone parses all of it). */
  htmlRawMax: number;
  rawMaxPage: string;
  jsMax: number;
  jsPages: number;
}

export interface Weight {
  types: TypeWeight[];
  /** Stylesheets the pages link and distinct inline <style> blocks, each counted once, gzipped. */
  cssGzip: number;
  cssFiles: string[];
  /** Every .css file in dist/, gzipped (Pagefind writes UI stylesheets whether used or not). */
  cssAllFilesGzip: number;
  /**
   * Content pages that ship any JavaScript. The tool pages are aside: search, and the
   * per-document citation pages whose one job is copying a citation to the clipboard.
   */
  contentPagesWithJs: string[];
}

const gz = (b: Buffer | string) => gzipSync(b).length;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function filesUnder(dir: string, ext: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(ext)).sort();
}

/** A site path ("/_astro/x.js") or a path relative to the page as a file in dist/, if it is one. */
function local(dist: string, page: string, ref: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0]!;
  const file = clean.startsWith('/') ? join(dist, clean) : join(dist, dirname(page), clean);
  return existsSync(file) ? file : null;
}

/** Bytes of a script and everything it imports statically, each file once. */
function scriptBytes(file: string, seen: Set<string>): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let total = Buffer.byteLength(text);
  for (const m of text.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
    const dep = posix.normalize(join(dirname(file), m[1]!));
    if (existsSync(dep)) total += scriptBytes(dep, seen);
  }
  return total;
}

export function pageWeight(dist: string): Weight {
  const byType = new Map<PageType, { sizes: number[]; max: [number, string]; raw: [number, string]; js: number[] }>();
  const css = new Set<string>();
  const inlineCss = new Set<string>(); // each distinct <style> block once
  const contentPagesWithJs: string[] = [];
  for (const page of filesUnder(dist, '.html')) {
    const html = readFileSync(join(dist, page), 'utf8');
    const type = pageType(page);
    let js = 0;
    const seen = new Set<string>();
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1]!;
      const typeAttr = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
      if (typeAttr && !/^(module|text\/javascript|application\/javascript)$/.test(typeAttr)) continue;
      const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      const file = src ? local(dist, page, src) : null;
      js += file ? scriptBytes(file, seen) : Buffer.byteLength(m[2]!);
    }
    for (const m of html.matchAll(/<link\b[^>]*rel\s*=\s*["']?stylesheet[^>]*>/gi)) {
      const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
      const file = href ? local(dist, page, href) : null;
      if (file) css.add(file);
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss.add(m[1]!);
    if (js > (ENHANCEMENT_JS[type] ?? 0) && !TOOL_PAGE_TYPES.includes(type)) contentPagesWithJs.push(page);
    const t = byType.get(type) ?? { sizes: [], max: [0, ''], raw: [0, ''], js: [] };
    const size = gz(html);
    t.sizes.push(size);
    if (size > t.max[0]) t.max = [size, page];
    const raw = Buffer.byteLength(html);
    if (raw > t.raw[0]) t.raw = [raw, page];
    t.js.push(js);
    byType.set(type, t);
  }
  const cssFiles = [...css].sort();
  return {
    types: PAGE_TYPES.filter((t) => byType.has(t)).map((type) => {
      const t = byType.get(type)!;
      return {
        type,
        pages: t.sizes.length,
        htmlGzipMedian: median(t.sizes),
        htmlGzipMax: t.max[0],
        maxPage: t.max[1],
        htmlRawMax: t.raw[0],
        rawMaxPage: t.raw[1],
        jsMax: Math.max(...t.js),
        jsPages: t.js.filter((x) => x > 0).length,
      };
    }),
    cssGzip: cssFiles.reduce((s, f) => s + gz(readFileSync(f)), 0) + [...inlineCss].reduce((s, c) => s + gz(c), 0),
    cssFiles: cssFiles.map((f) => relative(dist, f)),
    cssAllFilesGzip: filesUnder(dist, '.css').reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0),
    contentPagesWithJs,
  };
}
