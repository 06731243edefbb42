import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataList } from '../../../core/data-file';
import { canonicalRegionName } from './entities';
import { REGIONS, REGIONS_DATA, REGIONS_FILE, regionPattern } from './regions';

describe('data/regions.yaml', () => {
  it('lists the Probation Service’s twelve regions', () => {
    expect(REGIONS.length).toBe(12);
    expect(REGIONS.map((r) => r.region)).toContain('Kent, Surrey and Sussex');
  });

  it('gives each spelling the documents use its region', () => {
    expect(canonicalRegionName('KSS')).toBe('Kent, Surrey and Sussex');
    expect(canonicalRegionName('Kent, Surrey, Sussex Region')).toBe('Kent, Surrey and Sussex');
    expect(canonicalRegionName('The Probation Service – South West region')).toBe('South West');
    const kss = new RegExp(`\\b${regionPattern(REGIONS.find((r) => r.region.startsWith('Kent'))!)}\\s+region\\b`);
    for (const t of ['Kent, Surrey and Sussex region', 'Kent Surrey and Sussex region', 'Kent, Surrey, and Sussex region', 'KSS region']) expect(kss.test(t), t).toBe(true);
    expect(kss.test('Kent and Sussex region')).toBe(false);
  });

  it('refuses a region listed twice, naming the file and line', () => {
    const text = readFileSync(REGIONS_FILE, 'utf8');
    const twice = text.replace('- region: North West', '- region: North East');
    const line = twice.split('\n').findIndex((l, i, all) => l === '- region: North East' && all.indexOf(l) !== i) + 1;
    expect(() => parseDataList(twice, 'data/regions.yaml', REGIONS_DATA)).toThrow(`data/regions.yaml:${line}: region 2 (North East): region: North East is listed twice`);
  });
});
