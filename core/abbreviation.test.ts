import { describe, expect, it } from 'vitest';
import { abbreviationRegExp } from './abbreviation';

describe('abbreviationRegExp', () => {
  it('matches whole words with an optional plural', () => {
    const re = abbreviationRegExp('PO');
    expect(re.test('POs')).toBe(true);
    expect(re.test('PO grade')).toBe(true);
    expect(re.test('POD')).toBe(false);
    expect(re.test('HMPO')).toBe(false);
    expect(abbreviationRegExp('ED&I').test('ED&amp;I')).toBe(true);
  });

  it('is case-sensitive: an abbreviation is not a word written in small letters', () => {
    expect(abbreviationRegExp('DA').test('Data')).toBe(false);
    expect(abbreviationRegExp('DA').test('da')).toBe(false);
    expect(abbreviationRegExp('DA').test("the DA's")).toBe(true);
  });
});
