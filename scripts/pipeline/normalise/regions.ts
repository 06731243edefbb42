// The Probation Service's regions are data (data/regions.yaml): their names and the other
// spellings documents use, read once through the data-file reader.
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { loadDataList, type DataListOptions } from '../../../core/data-file';

export const RegionDefinition = z.strictObject({
  region: z.string().trim().min(1),
  spellings: z.array(z.string().trim().min(1)).default([]),
});
export type RegionDefinition = z.infer<typeof RegionDefinition>;

export const RegionsFile = z.array(RegionDefinition).superRefine((regions, ctx) => {
  const seen = new Set<string>();
  regions.forEach((r, i) => {
    if (seen.has(r.region)) ctx.addIssue({ code: 'custom', path: [i, 'region'], message: `${r.region} is listed twice` });
    seen.add(r.region);
  });
});

export const REGIONS_FILE = fileURLToPath(new URL('../../../data/regions.yaml', import.meta.url));

export const REGIONS_DATA: DataListOptions<RegionDefinition> = {
  schema: RegionsFile,
  shape: 'a list of regions',
  name: (raw, index) => {
    const r = (raw as { region?: unknown } | undefined)?.region;
    return `region ${index + 1}${typeof r === 'string' ? ` (${r})` : ''}`;
  },
};

/** The regions, in the file's order. */
export const REGIONS: readonly RegionDefinition[] = loadDataList(REGIONS_FILE, REGIONS_DATA);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern of a region's name and spellings as running text writes them, commas optional:
 * "Kent,? Surrey,? and Sussex".
 */
export function regionPattern(r: RegionDefinition): string {
  const spell = (s: string) => escape(s).replace(/,?\s+/g, ',?\\s+');
  return `(?:${[r.region, ...r.spellings].map(spell).join('|')})`;
}
