// Names in a regional letter: PDUs as written.
import { parseInline } from '../../inline';

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
