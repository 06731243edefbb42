// What a regional letter says of itself, read from its tree: its date and lead inspector (the
// front matter), who signed it (the signature), which region it is about and which regions and
// PDUs it names.
import type { ParsedDocument, ParsedRecommendation } from '../../types';
import { isoDate } from '../common';
import { REGIONS, regionPattern } from '../../normalise/regions';
import { factsOf, walk, type Section } from '../../tree/types';

export function letterFront(front: Section): { published: string | null; leadInspector: string | null } {
  let published: string | null = null;
  let leadInspector: string | null = null;
  for (const n of front.children) {
    if (n.type !== 'leaf') continue;
    const text = n.finding.text;
    const d: string | null = !published && text.split(' ').length <= 6 ? isoDate(text) : null;
    if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) published = d;
    const lead = /^(.+?),\s*Lead Inspector\b/i.exec(text) ?? /\bLead Inspector:?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*$/.exec(text);
    if (lead && !leadInspector) leadInspector = lead[1]!.trim();
  }
  return { published, leadInspector };
}

/** The name above "Chief Inspector of Probation" in the signature block. */
export function chiefInspector(root: Section): string | null {
  const signature = root.children.flatMap((s) => (s.type === 'section' && s.name === 'signature' ? s.children : []));
  const lines = signature.flatMap((n) => (n.type === 'leaf' ? [n.finding.text] : []));
  const ci = lines.findIndex((s) => /\bChief Inspector\b/i.test(s));
  for (let k = ci - 1; k >= 0; k--) {
    const name = lines[k]!.replace(/,$/, '');
    if (/^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,4}$/.test(name)) return name;
  }
  return null;
}

/** The region: as the letter's body names it ("Probation Service – X region"), else from an addressee ("X region should:"). */
export function letterRegion(root: Section, recs: readonly ParsedRecommendation[]): string | null {
  for (const { node, within } of walk(root)) {
    if (within[0]?.name !== 'letter' && !(node.type === 'section' && node.name === 'letter')) continue;
    const text = node.type === 'leaf' ? node.finding.text : node.type === 'section' ? node.heading?.text : node.type === 'mark' ? node.heading.text : undefined;
    const m = text ? /\bProbation Service\s*[–—-]\s*(.+?)\s+region\b/.exec(text) : null;
    if (m) return m[1]!.trim();
  }
  return recs.map((r) => /^(.+?)\s+region$/.exec(r.addressee)?.[1]).find(Boolean) ?? null;
}

/** The region, the PDUs inspected (in the order the letter names them) and other regions it names "… region". */
export function letterMentions(root: Section, regionName: string, nodes: ParsedDocument['nodes']): ParsedDocument['entitiesMentioned'] {
  const pdus: string[] = [];
  for (const { node } of walk(root)) {
    const pdu = node.type === 'section' && node.name === 'addressee' ? node.entity : node.type === 'leaf' && node.fact?.role === 'verdict' ? node.finding.entityName : null;
    if (pdu && !pdus.includes(pdu)) pdus.push(pdu);
  }
  const out: ParsedDocument['entitiesMentioned'] = [{ name: regionName, type: 'region', regionName }, ...pdus.map((p) => ({ name: p, type: 'pdu' as const, regionName }))];
  const allText = nodes.map((n) => n.text).join('\n');
  for (const r of REGIONS) {
    if (r.region.toLowerCase() === regionName.toLowerCase()) continue;
    if (new RegExp(`\\b${regionPattern(r)}\\s+(?:probation\\s+)?region\\b`).test(allText)) out.push({ name: r.region, type: 'region', regionName: r.region });
  }
  return out;
}

export const verdictFacts = (root: Section) => factsOf(root, 'verdict');
