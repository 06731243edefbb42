import { describe, expect, it } from 'vitest';
import { workerCount } from './pool';

describe('how many ingest workers', () => {
  it('takes --workers first, then INGEST_WORKERS, then one a core, and never more than the documents', () => {
    expect(workerCount(3, 100, { INGEST_WORKERS: '2' })).toBe(3);
    expect(workerCount(undefined, 100, { INGEST_WORKERS: '2' })).toBe(2);
    expect(workerCount(undefined, 1, { INGEST_WORKERS: '2' })).toBe(1);
    expect(workerCount(8, 5, {})).toBe(5);
    expect(workerCount(undefined, 1000, {})).toBeGreaterThanOrEqual(1);
  });

  it('refuses a number that is not a whole number of at least 1', () => {
    expect(() => workerCount(0, 5, {})).toThrow(/at least 1, not 0/);
    expect(() => workerCount(undefined, 5, { INGEST_WORKERS: 'two' })).toThrow(/at least 1, not two/);
    expect(() => workerCount(1.5, 5, {})).toThrow(RangeError);
  });
});
