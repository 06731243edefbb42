import { describe, expect, it } from 'vitest';
import { regionFinder } from './entities';

// Regions and PDUs as the seeds name them, with a PDU named like another region.
const REGIONS = ['Kent, Surrey and Sussex', 'North East', 'South West'];
const PDUS = ['Surrey', 'East Kent', 'West Kent', 'Dorset', 'North East Lincolnshire'];
const regionNamedIn = regionFinder(REGIONS, PDUS);

describe('regionFinder', () => {
  it('finds a region in the spellings the seeds use', () => {
    expect(regionNamedIn('Kent, Surrey and Sussex region')).toBe('Kent, Surrey and Sussex');
    expect(regionNamedIn('Brighton and East Sussex PDU, West Sussex PDU – Kent, Surrey, Sussex Region')).toBe('Kent, Surrey and Sussex');
    expect(regionNamedIn('South West region')).toBe('South West');
    expect(regionNamedIn('KSS Regional Probation Director')).toBe('Kent, Surrey and Sussex');
  });
  it('does not take a PDU, or part of a word, for a region', () => {
    expect(regionNamedIn('Surrey PDU')).toBeNull();
    expect(regionNamedIn('East Kent PDU')).toBeNull();
    expect(regionNamedIn('North East Lincolnshire PDU')).toBeNull();
    expect(regionNamedIn('Southwestern PDUs')).toBeNull();
    expect(regionNamedIn('HM Prison and Probation Service (HMPPS)')).toBeNull();
  });
  it('still finds the region beside a PDU named like it', () => {
    expect(regionNamedIn('North East region and North East Lincolnshire PDU')).toBe('North East');
  });
});
