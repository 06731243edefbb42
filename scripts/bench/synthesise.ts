// Synthetic corpora for the benchmark, made from the seeds: document i is seed (i mod S)
// rewritten for "set" ⌊i / S⌋, in which every region and PDU the seeds name gets an invented
// name of its own ("Kent, Surrey and Sussex" / "KSS" → e.g. "Larkenwold", "Surrey" → e.g.
// "Halenholm Weald"), and other place names the seeds use get invented ones too.
// One set's documents share one renaming, so an action plan stays paired with its region's
// reports; every set renames differently, so every document is a distinct report of a distinct
// entity and report ids (entity + kind + date) never collide.
//
// With `reinspectEvery: k` (--reinspect k), every k-th set is a region whose units are inspected
// more than once (the national picture's "what changed between inspections"): the South West
// letter's region and Somerset are given the names of Kent, Surrey and Sussex and of Surrey, so
// that the letter's 2021 ratings of Somerset become an earlier inspection of Surrey's PDU, and
// the West Kent report, renamed as Surrey too and dated a year later, its 2023 re-inspection.
//
//   npx tsx scripts/bench/synthesise.ts [--seeds seeds] [--out bench-out/docs-N] [--count N] [--reinspect k]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule } from '../cli';
import { parseDocument } from '../pipeline/parse';
import { decodeSource } from '../pipeline/read';
import { isMetaFile } from '../pipeline/meta';

export interface Seed {
  name: string;
  text: string;
}

/** Place names the seeds use that are not entities the parser reports, and acronyms of them. */
const PLACE_WORDS = ['Kent', 'Surrey', 'Sussex', 'Brighton', 'Hove', 'Medway', 'Staines', 'Bristol', 'Gloucestershire', 'Devon', 'Cornwall', 'Wiltshire', 'Avon'];
const ACRONYMS = ['BGSW', 'DDC'];

export interface OldNames {
  regions: string[];
  pdus: string[];
}

export function readSeedTexts(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && !isMetaFile(n) && statSync(join(dir, n)).isFile())
    .sort()
    .map((name) => ({ name, text: decodeSource(readFileSync(join(dir, name))).lines.join('\n') }));
}

/** Every region and PDU the seeds name, as the parser reads them. */
export function discoverNames(seeds: Seed[]): OldNames {
  const regions = new Set<string>();
  const pdus = new Set<string>();
  for (const s of seeds) {
    const d = parseDocument(s.text.split('\n'));
    const add = (type: string | null, name: string | null) => name && (type === 'region' ? regions : pdus).add(name);
    add(d.entityType, d.entityName);
    add('region', d.regionName);
    for (const m of d.entitiesMentioned) add(m.type, m.name);
    for (const v of d.verdicts) add(v.entityType, v.entityName);
    for (const r of d.ratings) add('pdu', r.entityName === d.entityName ? null : r.entityName);
  }
  return { regions: [...regions].sort(), pdus: [...pdus].sort() };
}

// ---------------------------------------------------------------------------------------
// Invented names: one word per region ("Northmoor"), word + qualifier per PDU ("Ashford
// Vale"). A region's name is never inside another name (nor another inside it), as the
// pipeline finds an addressee's region by substring.

const STEMS = 'Ash Bram Brack Cald Carr Cold Dun Elm Fern Fox Glen Gras Hal Hart Hol Kes Lang Lark Lin Marl Mel Mill Nor North Oak Pen Quen Rad Raven Rook Sal Shel Stan Stock Thorn Ul Wad Wen Wil Yar Bex Cran Dray Ember Farn Gold Hazel Ivy Kings'.split(' ');
const MIDS = ['', 'en', 'ing'];
const ENDS = 'moor ford dale field wick ton bury ley mere combe stead worth by hurst wood brook cott well den hope thorpe holm wold bridge'.split(' ');
const QUALIFIERS = 'Vale Heath Downs Marsh Fen Weald Water Hills Forest Levels Valley Moors Coast Chase Edge Cross'.split(' ');

/** Middles for corpora past ~1,000 documents, used only once MIDS are exhausted, so smaller corpora keep their names. */
const MORE_MIDS = ['al', 'er', 'ow', 'ar', 'el', 'in'];

function* words(): Generator<string> {
  for (const mids of [MIDS, MORE_MIDS]) {
    const n = STEMS.length * mids.length * ENDS.length;
    for (let k = 0; k < n; k++) {
      const i = (k * 7919) % n; // a fixed stride, so consecutive names do not look alike
      yield STEMS[i % STEMS.length]! + mids[Math.floor(i / STEMS.length) % mids.length]! + ENDS[Math.floor(i / STEMS.length / mids.length)]!;
    }
  }
}

export class NameMaker {
  private readonly pool = words();
  private readonly taken: string[] = []; // every name handed out, lower case
  private readonly regions: string[] = [];
  private qualifiers = 0;

  private take(make: (word: string) => string, isRegion: boolean): string {
    for (let r = this.pool.next(); !r.done; r = this.pool.next()) {
      const name = make(r.value);
      const low = name.toLowerCase();
      if (this.regions.some((x) => low.includes(x))) continue;
      if (isRegion && this.taken.some((x) => x.includes(low))) continue;
      this.taken.push(low);
      if (isRegion) this.regions.push(low);
      return name;
    }
    throw new Error('synthesise: ran out of invented names');
  }
  region = (): string => this.take((w) => w, true);
  pdu = (): string => this.take((w) => `${w} ${QUALIFIERS[this.qualifiers++ % QUALIFIERS.length]}`, false);
  word = (): string => this.take((w) => w, false);
}

/** old name → new name, for sets 0 … count-1 (set k's renaming does not depend on count). */
export function renamings(old: OldNames, count: number): Map<string, string>[] {
  const maker = new NameMaker();
  // Places that are not entities get one invented name for the whole corpus.
  const common = new Map<string, string>();
  for (const w of PLACE_WORDS) if (!old.regions.includes(w) && !old.pdus.includes(w)) common.set(w, maker.word());
  ACRONYMS.forEach((a, i) => common.set(a, 'XQZW'.slice(0, a.length - 1) + String.fromCharCode(65 + i)));
  const sets: Map<string, string>[] = [];
  for (let k = 0; k < count; k++) {
    const m = new Map<string, string>();
    for (const r of old.regions) m.set(r, maker.region());
    for (const p of old.pdus) m.set(p, maker.pdu());
    for (const [from, to] of common) m.set(from, to);
    sets.push(m);
  }
  return sets;
}

// ---------------------------------------------------------------------------------------
// Rewriting

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as the documents may write it: any spacing or line break; a region's commas and "and" optional. */
function spellings(name: string, region: boolean): string[] {
  const ws = name.split(/[\s,]+/).filter((w) => w && !(region && w === 'and'));
  const sep = region ? '(?:,?\\s+(?:and\\s+)?|\\s*&\\s*)' : '\\s+';
  const out = [ws.map((w) => (w === 'and' ? '(?:and|&)' : escape(w))).join(sep)];
  const initials = ws.map((w) => w[0]).join('');
  if (region && ws.length >= 3 && /^[A-Z]+$/.test(initials)) out.push(initials); // "KSS"
  return out;
}

/** Rewrites a text by a renaming: names as written, or set in capitals ("KENT, SURREY, SUSSEX REGION"). */
export function rewriter(old: OldNames, renaming: Map<string, string>): (text: string) => string {
  const spelt = [...renaming].flatMap(([from, to]) =>
    spellings(from, old.regions.includes(from)).map((s) => ({ s, to, exact: new RegExp(`^${s}$`), caps: new RegExp(`^${s}$`, 'i') })),
  );
  // Longest spelling first, so "West Kent" is taken whole before "Kent".
  spelt.sort((a, b) => b.s.length - a.s.length);
  const all = new RegExp(`\\b(?:${spelt.map((x) => x.s).join('|')})\\b`, 'gi');
  return (text) =>
    text.replace(all, (match) => {
      const exact = spelt.find((x) => x.exact.test(match));
      if (exact) return exact.to;
      const caps = !/[a-z]/.test(match) && spelt.find((x) => x.caps.test(match));
      return caps ? caps.to.toUpperCase() : match;
    });
}

export interface SynthesiseOptions {
  /** Every k-th set (the k-th, 2k-th, …) has units inspected more than once; none when unset. */
  reinspectEvery?: number;
}

/** Names a re-inspection set gives the same name: [from, as]: `from` is renamed as `as` is. */
export const REINSPECTED: readonly (readonly [string, string])[] = [
  ['South West', 'Kent, Surrey and Sussex'],
  ['Somerset', 'Surrey'],
  ['West Kent', 'Surrey'],
];
/** The seed's entity whose report becomes the later inspection, its years moved on by one. */
const LATER = 'West Kent';

/** Every year (2000–2099) in a text, one later: the report's date, fieldwork and the rest alike. */
export const yearLater = (text: string) => text.replace(/\b20(\d\d)\b/g, (_, yy: string) => `20${String(Number(yy) + 1).padStart(2, '0')}`);

/** Whether set `set` (from 0) is a re-inspection set. */
export const isReinspectionSet = (set: number, every: number | undefined) => !!every && every > 0 && (set + 1) % every === 0;

/** The synthetic documents, in order: document i is seed i mod S, rewritten for set ⌊i / S⌋. */
export function synthesise(seeds: Seed[], count: number, old = discoverNames(seeds), options: SynthesiseOptions = {}): Seed[] {
  const sets = renamings(old, Math.ceil(count / seeds.length));
  const known = new Set([...old.regions, ...old.pdus]);
  const rewrite = sets.map((m, set) => {
    if (!isReinspectionSet(set, options.reinspectEvery)) return rewriter(old, m);
    const merged = new Map(m);
    for (const [from, as] of REINSPECTED) if (known.has(from) && merged.has(as)) merged.set(from, merged.get(as)!);
    return rewriter(old, merged);
  });
  const later = seeds.map((s) => options.reinspectEvery !== undefined && parseDocument(s.text.split('\n')).entityName === LATER);
  const docs: Seed[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const set = Math.floor(i / seeds.length);
    let text = rewrite[set]!(seed.text);
    if (later[i % seeds.length] && isReinspectionSet(set, options.reinspectEvery)) text = yearLater(text);
    docs.push({ name: `${String(i).padStart(5, '0')}_set${set}_${basename(seed.name)}`, text });
  }
  return docs;
}

export function writeCorpus(seedsDir: string, outDir: string, count: number, options: SynthesiseOptions = {}): number {
  const docs = synthesise(readSeedTexts(seedsDir), count, undefined, options);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const d of docs) writeFileSync(join(outDir, d.name), d.text);
  return docs.length;
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '50' }, seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, reinspect: { type: 'string' } } });
  const count = Number(values.count);
  const n = writeCorpus(values.seeds, values.out ?? `bench-out/docs-${count}`, count, { reinspectEvery: values.reinspect ? Number(values.reinspect) : undefined });
  console.log(`synthesise: wrote ${n} documents`);
}
