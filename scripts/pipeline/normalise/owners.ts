// An action plan's "owner" cell, read as the roles it names, each with a key under which the
// same role written differently files together: "Heads of PDU" and "Head of PDU", "Head of
// Performance & Quality" and "Head of Performance and Quality", "DD Transforming Delivery
// Directorate" and "Deputy Director Transforming Delivery Directorate", "Head of Special
// Projects, KSS" and "Head of Special Projects". The shown text stays as written.
import type { OwnerRole } from '../../../core/schemas';

/** Abbreviations written for a role's title in owner cells (the glossary gives their expansions). */
const TITLES: Readonly<Record<string, string>> = { DD: 'deputy director', HoS: 'head of service' };

/** The key of one role: lower case, "&" as "and", titles expanded, plurals folded, no region tag. */
export function ownerKey(role: string): string {
  return role
    .replace(/,\s*[A-Z]{2,5}\s*$/, '') // "…, KSS": the region's initials
    .replace(/\b[A-Za-z]+\b/g, (w) => TITLES[w] ?? w)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/**
 * The roles an owner cell names, split where the document separates them: "/", ";", " & "
 * before a title ("DD … & DD …"), or a new "Head(s) of" run on without a separator ("Head of
 * Performance and Quality Heads of PDU"). Empty pieces and a stray "PDU" before "Heads of PDU"
 * are dropped.
 */
export function readOwners(cell: string): OwnerRole[] {
  const roles: OwnerRole[] = [];
  for (const piece of cell.split(/\s*[/;]\s*|\s+&\s+(?=(?:DD|Deputy|Head|Heads)\b)|\s+(?=Heads? of\b)/)) {
    const label = piece.replace(/^[\s.,/]+|[\s.,/]+$/g, '');
    if (!label || /^PDUs?$/i.test(label)) continue;
    const key = ownerKey(label);
    if (key && !roles.some((r) => r.key === key)) roles.push({ key, label });
  }
  return roles;
}
