// Lists filed by key, shared by the pipeline and the site: pages and scripts read per-key
// slices instead of filtering the whole corpus for each key.

/** Items by key, in the items' order. */
export function group<T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> {
  return groupMany(items, (t) => [key(t)]);
}

/** Like group, for items filed under several keys (each at most once), in the items' order. */
export function groupMany<T, K>(items: Iterable<T>, keys: (t: T) => Iterable<K>): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    for (const k of new Set(keys(it))) {
      const list = m.get(k);
      if (list) list.push(it);
      else m.set(k, [it]);
    }
  }
  return m;
}
