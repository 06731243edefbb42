// A document's programme, found by the standards it names against data/frameworks.yaml: the
// framework whose standards at the document's level (PDU or region) it names most by number
// and name. A new programme is a change to the data file, not to the readers.
import type { EntityType, Framework, Standard } from '../../../core/schemas';
import { STANDARDS } from '../normalise/standards';

/** One framework's standards at one level: what a report of that level rates. */
export interface Programme {
  framework: Framework;
  level: EntityType;
  /** In the file's order. */
  standards: Standard[];
  /** The letter the framework writes before the level's codes ("P", "R"), or "" (2021: "1.1"). */
  prefix: string;
}

/** A standard as a document writes it: "P 2.1 Assessment" → letter P, number 2.1, name Assessment. */
export interface NamedStandard {
  letter: string | null;
  number: string;
  name: string;
}

const commonPrefix = (codes: string[]): string => {
  const letters = new Set(codes.map((c) => /^([A-Z]+)\s/.exec(c)?.[1] ?? ''));
  return letters.size === 1 ? [...letters][0]! : '';
};

/** Every framework's standards by level, in the file's order of first appearance. */
export const PROGRAMMES: readonly Programme[] = (() => {
  const out: Programme[] = [];
  for (const s of STANDARDS) {
    let p = out.find((x) => x.framework === s.framework && x.level === s.level);
    if (!p) out.push((p = { framework: s.framework, level: s.level, standards: [], prefix: '' }));
    p.standards.push(s);
  }
  for (const p of out) p.prefix = commonPrefix(p.standards.map((s) => s.code));
  return out;
})();

const numberOf = (code: string) => code.replace(/^[A-Z]+\s/, '');

/**
 * Whether a standard as written is this standard of the framework: the same number and (if
 * written) letter, and its name, perhaps followed by more words (a rating on the same line).
 */
function names(s: Standard, n: NamedStandard): boolean {
  const [name, written] = [s.name.toLowerCase(), n.name.toLowerCase()];
  if (numberOf(s.code) !== n.number || (written !== name && !written.startsWith(`${name} `))) return false;
  return n.letter === null || s.code === `${n.letter} ${n.number}`;
}

/**
 * The programme of a document at `level` that names the most of `named`; on a tie, or when it
 * names none, the first in the file's order. Null when no framework has standards at the level.
 */
export function identifyProgramme(level: EntityType, named: readonly NamedStandard[]): Programme | null {
  let best: Programme | null = null;
  let bestCount = -1;
  for (const p of PROGRAMMES.filter((x) => x.level === level)) {
    const count = p.standards.filter((s) => named.some((n) => names(s, n))).length;
    if (count > bestCount) [best, bestCount] = [p, count];
  }
  return best;
}

/** A standard named at the start of a text: "P 2.1 Assessment", "R1.1. Leadership", "2.1 Court work". */
export function namedStandard(text: string): NamedStandard | null {
  const m = /^([RP])?\s?(\d\.\d)\.?\s+(.+?)\s*$/.exec(text.trim());
  return m ? { letter: m[1] ?? null, number: m[2]!, name: m[3]! } : null;
}

/** A code as the programme writes it: a bare "2.1" takes the programme's letter ("P 2.1"). */
export function programmeCode(p: Programme, written: string): string {
  return /^[A-Z]/.test(written) || !p.prefix ? written : `${p.prefix} ${written}`;
}

/** A standard of any framework with key questions, to show in messages what a standard's heading looks like. */
export const EXAMPLE_STANDARD: Standard = STANDARDS.find((s) => s.key_questions.length > 0) ?? STANDARDS[0]!;
