import { describe, expect, it } from 'vitest';
import { regionNamedIn } from './entities';

// Regions and PDUs as the seeds name them, with a PDU named like another region.
const REGIONS = ['Kent, Surrey and Sussex', 'North East', 'South West'];
const PDUS = ['Surrey', 'East Kent', 'West Kent', 'Dorset', 'North East Lincolnshire'];

describe('regionNamedIn', () => {
  it('finds a region in the spellings the seeds use', () => {
    expect(regionNamedIn('Kent, Surrey and Sussex region', REGIONS, PDUS)).toBe('Kent, Surrey and Sussex');
    expect(regionNamedIn('Brighton and East Sussex PDU, West Sussex PDU – Kent, Surrey, Sussex Region', REGIONS, PDUS)).toBe('Kent, Surrey and Sussex');
    expect(regionNamedIn('South West region', REGIONS, PDUS)).toBe('South West');
    expect(regionNamedIn('KSS Regional Probation Director', REGIONS, PDUS)).toBe('Kent, Surrey and Sussex');
  });
  it('does not take a PDU, or part of a word, for a region', () => {
    expect(regionNamedIn('Surrey PDU', REGIONS, PDUS)).toBeNull();
    expect(regionNamedIn('East Kent PDU', REGIONS, PDUS)).toBeNull();
    expect(regionNamedIn('North East Lincolnshire PDU', REGIONS, PDUS)).toBeNull();
    expect(regionNamedIn('Southwestern PDUs', REGIONS, PDUS)).toBeNull();
    expect(regionNamedIn('HM Prison and Probation Service (HMPPS)', REGIONS, PDUS)).toBeNull();
  });
  it('still finds the region beside a PDU named like it', () => {
    expect(regionNamedIn('North East region and North East Lincolnshire PDU', REGIONS, PDUS)).toBe('North East');
  });
});
