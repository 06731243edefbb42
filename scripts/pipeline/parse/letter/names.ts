// Names in a regional letter: PDUs as written, the Probation Service's regions.
import { parseInline } from '../../inline';

/** The Probation Service's regions; a name counts as mentioned when written "<name> (probation) region". */
export const REGIONS: { name: string; pattern: string }[] = [
  { name: 'North East', pattern: 'North East' },
  { name: 'North West', pattern: 'North West' },
  { name: 'Yorkshire and the Humber', pattern: 'Yorkshire and (?:the )?Humber' },
  { name: 'Greater Manchester', pattern: 'Greater Manchester' },
  { name: 'East Midlands', pattern: 'East Midlands' },
  { name: 'West Midlands', pattern: 'West Midlands' },
  { name: 'East of England', pattern: 'East of England' },
  { name: 'London', pattern: 'London' },
  { name: 'Kent, Surrey and Sussex', pattern: 'Kent,? Surrey,? and Sussex' },
  { name: 'South Central', pattern: 'South Central' },
  { name: 'South West', pattern: 'South West' },
  { name: 'Wales', pattern: 'Wales' },
];

/** Plain text of a bit of markup (tags, emphasis and entities removed, spaces collapsed). */
export const plain = (raw: string): string => parseInline(raw).text;

/** "<b>Dorset PDU</b>" / "Dorset Probation Delivery Unit" / "Dorset" → "Dorset". */
export function normalisePduName(raw: string): string {
  return plain(raw)
    .replace(/\s+(?:PDU|Probation Delivery Unit)s?$/i, '')
    .replace(/\s+&\s+/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}
