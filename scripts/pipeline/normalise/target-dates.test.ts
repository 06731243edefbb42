import { describe, expect, it } from 'vitest';
import { readTargetDate } from './target-dates';
import { readOwners } from './owners';
import { assemble } from '../assemble';
import { readSeeds } from '../ingest';

const date = (text: string) => readTargetDate(text).date;

describe('readTargetDate on the cells of the seed action plan', () => {
  it('a month is its last day', () => {
    expect(readTargetDate('March 2025')).toEqual({ date: '2025-03-31', complete: false, ongoing: false });
    expect(date('June 2025')).toBe('2025-06-30');
    expect(date('September 2024')).toBe('2024-09-30');
    expect(date('December 2024')).toBe('2024-12-31');
    expect(date('April 2025')).toBe('2025-04-30');
  });

  it('"Completed and ongoing" and "Complete" are statuses, not dates', () => {
    expect(readTargetDate('Completed and ongoing')).toEqual({ date: null, complete: true, ongoing: true });
    expect(readTargetDate('Complete and ongoing')).toEqual({ date: null, complete: true, ongoing: true });
    expect(readTargetDate('Complete')).toEqual({ date: null, complete: true, ongoing: false });
  });

  it('a date with words around it', () => {
    expect(readTargetDate('April 2024, with ongoing review')).toEqual({ date: '2024-04-30', complete: false, ongoing: true });
    expect(readTargetDate('September 2024 (initial review) and ongoing')).toEqual({ date: '2024-09-30', complete: false, ongoing: true });
    expect(readTargetDate('By End of 2026')).toEqual({ date: '2026-12-31', complete: false, ongoing: false });
  });

  it('reads every target date cell of the seeds as a date or a status', () => {
    const cells = assemble(readSeeds('seeds')).actionPlanItems.flatMap((i) => i.data.target_dates);
    expect(cells.length).toBeGreaterThanOrEqual(80);
    for (const cell of cells) {
      const t = readTargetDate(cell);
      expect(t.date !== null || t.complete, cell).toBe(true);
    }
  });
});

describe('readTargetDate on variants the next action plan may write', () => {
  it('abbreviated months, a day, numeric UK dates, quarters', () => {
    expect(date('Sept 2024')).toBe('2024-09-30');
    expect(date('Feb. 2024')).toBe('2024-02-29');
    expect(date('Feb 2025')).toBe('2025-02-28');
    expect(date('31st March 2025')).toBe('2025-03-31');
    expect(date('15 June, 2025')).toBe('2025-06-15');
    expect(date('30/09/2024')).toBe('2024-09-30');
    expect(date('Q2 2025')).toBe('2025-06-30');
    expect(date('2025 Q4')).toBe('2025-12-31');
    expect(date('end of March 2025')).toBe('2025-03-31');
  });

  it('not a date: no date, and no day that does not exist', () => {
    expect(readTargetDate('Ongoing')).toEqual({ date: null, complete: false, ongoing: true });
    expect(readTargetDate('TBC')).toEqual({ date: null, complete: false, ongoing: false });
    expect(date('31/02/2025')).toBeNull();
    expect(date('')).toBeNull();
  });

  it('"completed by" a date is a target, not done', () => {
    expect(readTargetDate('To be completed by June 2025')).toEqual({ date: '2025-06-30', complete: false, ongoing: false });
  });
});

describe('readOwners', () => {
  const keys = (cell: string) => readOwners(cell).map((r) => r.key);
  const labels = (cell: string) => readOwners(cell).map((r) => r.label);

  it('files "Heads of PDU" and "Head of PDU" together, the shown text as written', () => {
    expect(readOwners('Heads of PDU')).toEqual([{ key: 'head of pdu', label: 'Heads of PDU' }]);
    expect(keys('Head of PDU')).toEqual(['head of pdu']);
  });

  it('splits the seed cells at "/", at " & " before a title and at a run-on "Heads of"', () => {
    expect(labels('Head of Operations / Heads of PDU / Head of Special Projects, KSS / Court Strategic Lead/')).toEqual([
      'Head of Operations',
      'Heads of PDU',
      'Head of Special Projects, KSS',
      'Court Strategic Lead',
    ]);
    expect(keys('Head of Special Projects, KSS')).toEqual(keys('Head of Special Projects'));
    expect(labels('DD Probation Operations Directorate & DD Transforming Delivery Directorate')).toEqual([
      'DD Probation Operations Directorate',
      'DD Transforming Delivery Directorate',
    ]);
    expect(keys('DD Transforming Delivery Directorate')).toEqual(keys('Deputy Director Transforming Delivery Directorate'));
    expect(labels('Head of Performance and Quality Heads of PDU/Head of Public Protection')).toEqual([
      'Head of Performance and Quality',
      'Heads of PDU',
      'Head of Public Protection',
    ]);
    expect(keys('Head of Performance and Quality')).toEqual(keys('Head of Performance & Quality'));
    expect(labels('Head of Operations / PDU Heads of PDU / Head of Performance & Quality')).toEqual([
      'Head of Operations',
      'Heads of PDU',
      'Head of Performance & Quality',
    ]);
    expect(labels('Head of Operations/Head of Public Protection/Head of Performance & Quality.')).toEqual([
      'Head of Operations',
      'Head of Public Protection',
      'Head of Performance & Quality',
    ]);
  });

  it('keeps a name with an "&" inside it whole, and one role once', () => {
    expect(labels('National Strategic Contract Management Team, Reducing Reoffending, Partnerships & Accommodation Directorate')).toHaveLength(1);
    expect(keys('Head of Programmes / Head of Programme')).toEqual(['head of programme']);
  });
});
