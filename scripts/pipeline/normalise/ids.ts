// Stable identifiers. Finding anchors hash the finding's own words, so a permalink survives
// rebuilds and the insertion of unrelated paragraphs elsewhere in a document.
import { createHash } from 'node:crypto';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Hands out ids unique within one scope, suffixing repeats in order of appearance. */
export class IdScope {
  private readonly used = new Map<string, number>();
  take(base: string): string {
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
