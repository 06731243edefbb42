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

describe('PDF glyph forms', () => {
  it('are read as the plain letters: ligatures, full-width letters and digits', () => {
    expect(foldTypography(['The \ufb01ndings of the e\ufb00ective sta\ufb03ng re\ufb02ect \ufb00 \ufb04'])).toEqual(['The findings of the effective staffing reflect ff ffl']);
    expect(foldTypography(['\uff30\uff11\uff0e\uff11 Leadership'])).toEqual(['P1.1 Leadership']);
  });

  it('lose the invisible characters that split a word: soft hyphens, zero-width spaces, joiners and marks', () => {
    expect(foldTypography(['Inade\u200bquate', 'Requires im\u00adprovement', '\ufeffP 1.1\u2060 Leadership', 'Good\u200e\u202e'])).toEqual([
      'Inadequate',
      'Requires improvement',
      'P 1.1 Leadership',
      'Good',
    ]);
  });

  it('keep what is not a glyph form: superscript footnote markers, dashes, curly quotes, ellipses', () => {
    const kept = 'Managers¹ – ‘oversight’ … “2½ days” ²³';
    expect(foldTypography([kept])).toEqual([kept]);
  });
});
