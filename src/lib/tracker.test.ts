import { describe, expect, it } from 'vitest';
import { actionState, referenceDate } from './tracker';
import { changeOf } from './history';
import { standardRows } from './compare';
import { STANDARDS } from '../../scripts/pipeline/normalise/standards';

describe('referenceDate', () => {
  const reports = [{ published: '2024-05-06' }, { published: '2024-05' }, { published: '2023-08-24' }, { published: null }];
  it('is SOURCE_DATE_EPOCH when set, as a UTC date', () => {
    expect(referenceDate(reports, { SOURCE_DATE_EPOCH: '1735732800' })).toEqual({ date: '2025-01-01', source: 'SOURCE_DATE_EPOCH' });
    expect(referenceDate(reports, { SOURCE_DATE_EPOCH: '0' }).date).toBe('1970-01-01');
  });
  it('else the newest document, a month-only date counting from its first day', () => {
    expect(referenceDate(reports, {})).toEqual({ date: '2024-05-06', source: 'newest document' });
    expect(referenceDate([{ published: '2024-06' }, { published: '2024-05-31' }], {}).date).toBe('2024-06-01');
  });
  it('refuses a SOURCE_DATE_EPOCH that is not seconds', () => {
    expect(() => referenceDate(reports, { SOURCE_DATE_EPOCH: '2025-01-01' })).toThrow(/whole number of seconds/);
  });
});

describe('actionState', () => {
  const t = (date: string | null, complete = false) => ({ date, complete, ongoing: false });
  it('done, overdue (before the reference date), due (on or after it), or no date', () => {
    expect(actionState(t(null, true), '2024-05-06')).toBe('done');
    expect(actionState(t('2024-04-30', true), '2024-05-06')).toBe('done');
    expect(actionState(t('2024-04-30'), '2024-05-06')).toBe('overdue');
    expect(actionState(t('2024-05-06'), '2024-05-06')).toBe('due');
    expect(actionState(t(null), '2024-05-06')).toBe('undated');
    expect(actionState(null, '2024-05-06')).toBe('undated');
  });
});

describe('ratings over time and side by side', () => {
  it('changeOf reads the scale from Outstanding down', () => {
    expect(changeOf('Requires improvement', 'Good')).toBe('better');
    expect(changeOf('Good', 'Inadequate')).toBe('worse');
    expect(changeOf('Good', 'Good')).toBe('same');
  });
  it('puts related standards of the two frameworks on one row, named by the 2023 one', () => {
    const rows = standardRows(STANDARDS);
    const leadership = STANDARDS.filter((s) => s.name === 'Leadership').map((s) => rows.get(s.id)!.key);
    expect(new Set(leadership).size).toBe(1);
    expect(rows.get('2021-2-2')).toEqual(rows.get(STANDARDS.find((s) => s.framework === '2023' && s.level === 'pdu' && s.name === 'Assessment')!.id));
    expect(rows.get('2021-2-2')!.label).toBe('Assessment');
    expect(rows.get('2021-1-2')!.label).toBe('Staffing'); // 2021 "Staff", 2023 "Staffing"
  });
});
