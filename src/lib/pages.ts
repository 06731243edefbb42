// Long lists split into pages of whole groups: a theme's findings, grouped by document, grow with
// the archive (a theme tags about 20,000 findings in 1,000 documents), so a page holds whole
// documents up to a budget of items rather than all of them.

/**
 * Groups in order, split into pages: a page takes whole groups while its item count stays
 * within the budget; a group larger than the budget has a page of its own. Never empty: no
 * groups give one empty page.
 */
export function pagesOfGroups<G>(groups: readonly G[], size: (g: G) => number, budget: number): G[][] {
  const pages: G[][] = [[]];
  let count = 0;
  for (const g of groups) {
    const n = size(g);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && count + n > budget) {
      pages.push([g]);
      count = n;
    } else {
      page.push(g);
      count += n;
    }
  }
  return pages;
}

/** The path of page `n` (from 1) of a paginated listing at `base` (ending in "/"). */
export const pagePath = (base: string, n: number) => (n <= 1 ? base : `${base}${n}/`);

/**
 * The path of page `n` of a listing whose folder also holds other pages (/reports/<id>/): later
 * pages go under `page/` (/reports/page/2/), where no document id can be.
 */
export const listPagePath = (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`);

/** Items in order, `size` to a page; never empty: no items give one empty page. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** A page of a listing: its items, its number (from 1) and the number of pages. */
export interface ListPage<T> {
  items: T[];
  n: number;
  of: number;
  /** The place of the page's first item among all the listing's items, from 1. */
  first: number;
  total: number;
}

export function listPages<T>(pages: T[][], count: (t: T) => number = () => 1): ListPage<T>[] {
  const total = pages.reduce((s, p) => s + p.reduce((a, t) => a + count(t), 0), 0);
  let first = 1;
  return pages.map((items, i) => {
    const page = { items, n: i + 1, of: pages.length, first, total };
    first += items.reduce((a, t) => a + count(t), 0);
    return page;
  });
}
