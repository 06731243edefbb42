import { describe, expect, it } from 'vitest';
import { pairActions } from './plan';

describe('pairActions', () => {
  it('pairs equal lists', () => {
    const p = pairActions({ actions: ['a', 'b'], owners: ['o1', 'o2'], target_dates: ['d1', 'd2'] });
    expect(p.mismatch).toBe(false);
    expect(p.actions).toEqual([{ text: 'a', owner: 'o1', date: 'd1' }, { text: 'b', owner: 'o2', date: 'd2' }]);
    expect(p.extraOwners).toEqual([]);
  });
  it('never pads and keeps extras', () => {
    const p = pairActions({ actions: ['a', 'b', 'c'], owners: ['o1'], target_dates: ['d1', 'd2', 'd3', 'd4'] });
    expect(p.mismatch).toBe(true);
    expect(p.actions[2]).toEqual({ text: 'c', owner: null, date: 'd3' });
    expect(p.extraOwners).toEqual([]);
    expect(p.extraDates).toEqual(['d4']);
  });
  it('keeps owners when there are no actions', () => {
    const p = pairActions({ actions: [], owners: ['o1'], target_dates: [] });
    expect(p.actions).toEqual([]);
    expect(p.extraOwners).toEqual(['o1']);
  });
});
