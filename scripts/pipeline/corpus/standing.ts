// Step "standing": a region or PDU has a page only when a document inspects, rates or
// addresses it (or is addressed to it); one named in passing stays plain text, and is observed
// for the data-quality page.
import type { Assembly, Corpus, Entry } from './assembly';

/** The regions and PDUs a document inspects, rates or addresses, or is about (its own and its region). */
export function entitiesWithStanding(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const { data: r } of corpus.reports) {
    if (r.entity) out.add(r.entity);
    if (r.region) out.add(r.region);
    for (const v of r.verdicts) out.add(v.entity);
    for (const x of r.ratings) out.add(x.entity);
  }
  for (const { data: rec } of corpus.recommendations) {
    for (const e of rec.addressee_entities) out.add(e);
    if (rec.about_entity) out.add(rec.about_entity);
  }
  for (const { data: item } of corpus.actionPlanItems) for (const e of item.addressee_entities) out.add(e);
  for (const { data: f } of corpus.findings) if (f.entity) out.add(f.entity);
  return out;
}

export function standing(a: Assembly): void {
  const keep = entitiesWithStanding(a.corpus);
  for (const r of a.corpus.reports) {
    for (const id of r.data.entities_mentioned.filter((x) => !keep.has(x))) {
      const e = a.entities.get(id);
      if (e) a.observed.passingMentions.push({ report: r.data.id, entity: id, name: e.name, type: e.type });
    }
    r.data.entities_mentioned = r.data.entities_mentioned.filter((x) => keep.has(x));
  }
  for (const id of [...a.entities.keys()]) if (!keep.has(id)) a.entities.delete(id);
  for (const e of a.entities.values()) e.documents.sort();
  a.corpus.entities = [...a.entities.values()].map((data): Entry<typeof data> => ({ data: { ...data, aliases: [...data.aliases].sort() }, body: '' }));
}
