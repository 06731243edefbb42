import { describe, expect, it } from 'vitest';
import { foldTypography } from './typography';

/** The line at `at` of `lines` once folded. */
const folded = (lines: string[], at = 0) => foldTypography(lines)[at];

describe('a tab after a numbered heading\'s number', () => {
  it('is a space, on a line of its own', () => {
    expect(folded(['', 'P 1.1.\tLeadership', ''], 1)).toBe('P 1.1. Leadership');
    expect(folded(['1.\tOrganisational arrangements and activity'])).toBe('1. Organisational arrangements and activity');
    expect(folded(['## **R 2.3\tCourt work**'])).toBe('## **R 2.3 Court work**');
    expect(folded(['text before', 'P2.1\t\tAssessment  ', 'text after'], 1)).toBe('P2.1 Assessment');
  });

  it('stays a cell boundary in a table: rows beside each other, as the ratings tables have them', () => {
    const table = ['1.1\tLeadership\tRequires improvement\t', '1.2\tStaff\tRequires improvement\t'];
    expect(foldTypography(table)).toEqual(table);
    const twoCells = ['1.1\tLeadership', '1.2\tStaff'];
    expect(foldTypography(twoCells)).toEqual(twoCells);
  });

  it('stays a cell boundary in a numbered row that is no heading, even on its own', () => {
    for (const row of ['12\tensure that staff have manageable workloads', '3\tThe region has improved its oversight.', '\t12\tStaff training', '1.1\t65%']) {
      expect(folded(['', row, ''], 1), JSON.stringify(row)).toBe(row);
    }
  });
});
