// Step "standing": a region or PDU has a page only when a document inspects, rates or
// addresses it (or is addressed to it); one named in passing stays plain text, and is observed
// for the data-quality page.
import type { Assembly, DocumentCorpus, Entry } from './assembly';

/**
 * The regions and PDUs one document inspects, rates or is about (its own and its region), and
 * those its recommendations and findings are about: all but the addressees, which the
 * addressees step reads.
 */
export function ownStanding(c: Pick<DocumentCorpus, 'reports' | 'recommendations' | 'findings'>): string[] {
  const out = new Set<string>();
  for (const { data: r } of c.reports) {
    if (r.entity) out.add(r.entity);
    if (r.region) out.add(r.region);
    for (const v of r.verdicts) out.add(v.entity);
    for (const x of r.ratings) out.add(x.entity);
  }
  for (const { data: rec } of c.recommendations) if (rec.about_entity) out.add(rec.about_entity);
  for (const { data: f } of c.findings) if (f.entity) out.add(f.entity);
  return [...out];
}

/** The regions and PDUs a document inspects, rates or addresses, or is about (its own and its region). */
export function entitiesWithStanding(a: Pick<Assembly, 'docs'>): Set<string> {
  const out = new Set<string>();
  for (const d of a.docs) {
    for (const e of d.standing) out.add(e);
    for (const rec of d.recommendations) for (const e of rec.addressee_entities) out.add(e);
    for (const item of d.actionPlanItems) for (const e of item.addressee_entities) out.add(e);
  }
  return out;
}

export function standing(a: Assembly): void {
  const keep = entitiesWithStanding(a);
  for (const { report: r, namedAt } of a.docs) {
    for (const id of r.entities_mentioned.filter((x) => !keep.has(x))) {
      const e = a.entities.get(id);
      if (!e) continue;
      const known = namedAt.find((n) => n.name === e.name);
      a.observed.passingMentions.push({ report: r.id, entity: id, name: e.name, type: e.type, lines: known ? known.lines : a.findingNaming(r.id, e.name) });
    }
    r.entities_mentioned = r.entities_mentioned.filter((x) => keep.has(x));
  }
  for (const id of [...a.entities.keys()]) if (!keep.has(id)) a.entities.delete(id);
  for (const e of a.entities.values()) e.documents.sort();
  a.corpus.entities = [...a.entities.values()].map((data): Entry<typeof data> => ({ data: { ...data, aliases: [...data.aliases].sort() }, body: '' }));
}
