import { describe, expect, it } from 'vitest';
import { pagePath, pagesOfGroups } from './pages';

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
