import { describe, expect, it } from 'vitest';
import { chunk, listPagePath, listPages, pagePath, pagesOfGroups } from './pages';

describe('pagesOfGroups', () => {
  const sizes = (pages: number[][]) => pages.map((p) => p.reduce((a, b) => a + b, 0));
  it('fills pages with whole groups up to the budget, in order', () => {
    const pages = pagesOfGroups([120, 100, 90, 30, 250, 10], (n) => n, 250);
    expect(pages).toEqual([[120, 100], [90, 30], [250], [10]]);
    expect(sizes(pages).every((n) => n <= 250)).toBe(true);
  });
  it('gives a group larger than the budget a page of its own', () => {
    expect(pagesOfGroups([5, 900, 5], (n) => n, 250)).toEqual([[5], [900], [5]]);
  });
  it('keeps everything on one page when it fits, and one empty page for nothing', () => {
    expect(pagesOfGroups([40, 60, 80], (n) => n, 250)).toEqual([[40, 60, 80]]);
    expect(pagesOfGroups([], (n: number) => n, 250)).toEqual([[]]);
  });
});

describe('pagePath', () => {
  it('puts page 1 at the listing itself and later pages below it', () => {
    expect(pagePath('/themes/mappa/', 1)).toBe('/themes/mappa/');
    expect(pagePath('/themes/mappa/', 3)).toBe('/themes/mappa/3/');
  });
});

describe('chunk / listPages / listPagePath', () => {
  it('cuts items into pages of the size, the last shorter, and one empty page for nothing', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([[]]);
  });
  it('numbers pages and counts the place of each page’s first item', () => {
    const pages = listPages([[{ k: 3 }, { k: 1 }], [{ k: 2 }]], (x) => x.k);
    expect(pages.map((p) => [p.n, p.of, p.first, p.total])).toEqual([[1, 2, 1, 6], [2, 2, 5, 6]]);
    expect(listPages(chunk(['a', 'b', 'c'], 2)).map((p) => p.first)).toEqual([1, 3]);
  });
  it('puts later pages of a listing in a folder of other pages under page/', () => {
    expect(listPagePath('/reports/', 1)).toBe('/reports/');
    expect(listPagePath('/reports/', 2)).toBe('/reports/page/2/');
  });
});
