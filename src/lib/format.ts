// Small pure formatting helpers (no Intl, so output does not depend on the build machine).
import type { DocumentKind, EntityType, FindingKind, Rating } from '../../core/schemas';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2024-05` → "May 2024"; `2024-05-06` → "6 May 2024"; anything else as written. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function yearOf(iso: string | null | undefined): string | null {
  const m = /^(\d{4})/.exec(iso ?? '');
  return m ? m[1] : null;
}

/** Date parts for CSL-JSON: [[year, month?, day?]]. */
export function dateParts(iso: string | null | undefined): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x): x is string => !!x).map(Number);
}

export const RATING_ABBR: Record<Rating, string> = {
  Outstanding: 'O',
  Good: 'G',
  'Requires improvement': 'RI',
  Inadequate: 'I',
};

export const RATING_CLASS: Record<Rating, string> = {
  Outstanding: 'r-o',
  Good: 'r-g',
  'Requires improvement': 'r-ri',
  Inadequate: 'r-i',
};

export const KIND_LABEL: Record<DocumentKind, string> = {
  'regional-report': 'Regional inspection report',
  'pdu-report': 'PDU inspection report',
  'regional-letter': 'Regional letter',
  'action-plan': 'Action plan',
};

/**
 * A finding's kind as a reader would name it, beside its text in lists; none for plain
 * paragraphs, list points and table entries, whose kind is an internal word, not news.
 */
export const FINDING_READER_LABELS: Partial<Record<FindingKind, string>> = {
  strength: 'Strength',
  'area-for-improvement': 'Area for improvement',
  recommendation: 'Recommendation',
  action: 'Action in response',
  testimonial: 'Person on probation',
  'key-question': 'Key question',
  progress: 'Progress on a previous recommendation',
  rating: 'Rating',
};

export const ENTITY_TYPE_LABEL: Record<EntityType, string> = { region: 'Region', pdu: 'PDU' };

/** "Surrey" + pdu → "Surrey PDU"; names that already say what they are are left alone. */
export function entityDisplayName(name: string, type: EntityType): string {
  if (type === 'pdu') return /\bPDU\b/i.test(name) ? name : `${name} PDU`;
  return /\bregion\b/i.test(name) || /\bWales\b/.test(name) ? name : `${name} region`;
}

/** Band of a key-question percentage, as inferred from the seeds. */
export function bandOf(percent: number): Rating {
  if (percent >= 80) return 'Outstanding';
  if (percent >= 65) return 'Good';
  if (percent >= 50) return 'Requires improvement';
  return 'Inadequate';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Normalise a standard code for matching: `R1.1.` → `R 1.1`, ` 2.1 ` → `2.1`. */
export function normaliseCode(code: string): string {
  const c = code.trim().replace(/\.+$/, '').toUpperCase();
  const m = /^([A-Z]?)\s*(\d+(?:\.\d+)*)$/.exec(c);
  if (!m) return c.replace(/\s+/g, ' ');
  return m[1] ? `${m[1]} ${m[2]}` : m[2];
}

/** Sentence-case first letter for recommendation text written as a continuation ("ensure …"). */
export function upperFirst(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function percent(score: number | null | undefined): string {
  return score === null || score === undefined ? '' : `${Math.round(score * 100)}%`;
}
