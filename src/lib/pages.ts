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
