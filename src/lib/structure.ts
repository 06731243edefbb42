// A document's own shape, read from its outline: the printed front matter (cover, contents page,
// copyright and publisher blocks), which table rows are column headers, and a human locator for
// every citable unit ("P 1.1, para 3", "para 2.1.4", "Recommendation 5", "Item 4, action 2").
// Pure and deterministic: the same outline gives the same locators on every build, so a
// citation's locator stays valid while the document does not change.
import type { ActionPlanItem, Finding, OutlineItem } from '../../core/schemas';

export interface FrontPart {
  /** What the part is, for the reader ("Cover", "Printed contents page", …). */
  label: string;
  /** The heading as the document prints it, if the part has one. */
  heading: string | null;
  findings: Finding[];
}

export interface DocumentStructure {
  front: FrontPart[];
  /** Outline ids (headings and findings) of the front matter. */
  frontIds: Set<string>;
  /** Findings that are the column headers of a table. */
  headerRows: Set<string>;
  /** Every other finding's locator, by finding id. */
  locators: Map<string, string>;
}

export interface StructureInput {
  kind: string;
  outline: readonly OutlineItem[];
  findingById: ReadonlyMap<string, Finding>;
  /** The recommendation number of a finding, where the document numbers it. */
  recNumber?: (findingId: string) => number | null;
  itemByFinding?: ReadonlyMap<string, ActionPlanItem>;
  isKeyQuestion?: (findingId: string) => boolean;
}

type Heading = Extract<OutlineItem, { type: 'heading' }>;

/** Which front-matter block a heading opens, if any. */
function frontLabel(h: Heading, findings: Finding[]): string | null {
  const t = h.text.trim();
  if (/^contents$/i.test(t) && findings.length > 0 && findings.every((f) => f.cells && /^\s*\d{1,3}\s*$/.test(f.cells[f.cells.length - 1] ?? ''))) {
    return 'Printed contents page';
  }
  if (/^©|^(crown )?copyright\b/i.test(t)) return 'Copyright';
  if (/^published by:?$/i.test(t)) return 'Publisher';
  return null;
}

const isCellRow = (f: Finding) => Array.isArray(f.cells) && f.cells.length > 0;

/** A row that reads as column headings: short labels, none a number or a sentence. */
export function looksLikeHeaderRow(f: Finding): boolean {
  if (f.kind !== 'table-row' || !f.cells || f.cells.length < 2) return false;
  const cells = f.cells.map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return false;
  return cells.every((c) => c.length <= 90 && !/[.!;]$/.test(c) && !/^[\d\s.,%<>–-]+$/.test(c));
}

/** "P 1.1. Leadership" → "P 1.1"; "R1.1 Leadership" → "R 1.1"; "2.1 Public protection" → "2.1". */
export function sectionNumber(text: string): string | null {
  const m = /^\s*(?:([A-Z])\s?)?(\d{1,2}(?:\.\d{1,2})*)\.?(?=\s|$)/.exec(text);
  if (!m) return null;
  return m[1] ? `${m[1]} ${m[2]}` : m[2]!;
}

const cleanHeading = (t: string) => t.trim().replace(/[\s:–—-]+$/, '').replace(/\s+/g, ' ');

type Defaults = Required<Pick<StructureInput, 'recNumber' | 'itemByFinding' | 'isKeyQuestion'>> & StructureInput;

/** Where each heading's section ends: everything up to the next heading of the same or a higher level. */
function sectionEnds(outline: readonly OutlineItem[]): Map<number, number> {
  const sectionEnd = new Map<number, number>();
  outline.forEach((o, i) => {
    if (o.type !== 'heading') return;
    let j = i + 1;
    while (j < outline.length) {
      const n = outline[j]!;
      if (n.type === 'heading' && n.level <= o.level) break;
      j++;
    }
    sectionEnd.set(i, j);
  });
  return sectionEnd;
}

/**
 * Front matter: the cover (the document information before its first heading), then the
 * printed blocks recognised by their headings.
 */
function frontMatter({ kind, outline, findingById }: StructureInput): Pick<DocumentStructure, 'front' | 'frontIds'> {
  const sectionEnd = sectionEnds(outline);
  const findingsIn = (from: number, to: number) =>
    outline.slice(from, to).flatMap((o) => (o.type === 'finding' && findingById.get(o.id) ? [findingById.get(o.id)!] : []));
  const front: FrontPart[] = [];
  const frontIds = new Set<string>();
  let i = 0;
  const cover: Finding[] = [];
  while (i < outline.length && outline[i]!.type === 'finding') {
    const f = findingById.get(outline[i]!.id);
    if (!f || f.kind !== 'metadata') break;
    cover.push(f);
    i++;
  }
  if (cover.length) {
    front.push({ label: kind === 'regional-letter' ? 'Letter heading' : 'Cover', heading: null, findings: cover });
    cover.forEach((f) => frontIds.add(f.id));
  }
  outline.forEach((o, idx) => {
    if (o.type !== 'heading') return;
    const end = sectionEnd.get(idx)!;
    const fs = findingsIn(idx + 1, end);
    const label = frontLabel(o, fs);
    if (!label) return;
    front.push({ label, heading: o.text, findings: fs });
    for (const x of outline.slice(idx, end)) frontIds.add(x.id);
  });
  return { front, frontIds };
}

/**
 * Column headers: the leading rows of a run of table rows that read as headings, with rows of
 * content after them; or a lone heading row over action plan items (the plan's columns).
 */
function headerRowsOf({ outline, findingById, itemByFinding, isKeyQuestion }: Defaults, frontIds: ReadonlySet<string>): Set<string> {
  const headerRows = new Set<string>();
  const runs: { findings: Finding[]; next: string | null }[] = [];
  let run: Finding[] = [];
  const close = (next: string | null) => {
    if (run.length) runs.push({ findings: run, next });
    run = [];
  };
  for (const o of outline) {
    if (frontIds.has(o.id)) continue;
    if (o.type === 'heading') {
      close(null);
      continue;
    }
    const f = findingById.get(o.id);
    if (!f) continue;
    if (isCellRow(f) && !itemByFinding.has(f.id) && (run.length === 0 || run[0]!.section === f.section)) run.push(f);
    else {
      close(f.id);
      if (isCellRow(f) && !itemByFinding.has(f.id)) run.push(f);
    }
  }
  close(null);
  for (const r of runs) {
    const lead: Finding[] = [];
    for (const f of r.findings) {
      if (!looksLikeHeaderRow(f) || isKeyQuestion(f.id)) break;
      lead.push(f);
    }
    const rest = r.findings.length - lead.length;
    if (lead.length && rest > 0) lead.forEach((f) => headerRows.add(f.id));
    else if (lead.length === r.findings.length && r.next && itemByFinding.has(r.next)) lead.forEach((f) => headerRows.add(f.id));
  }
  return headerRows;
}

/**
 * The section a finding is counted in: the deepest numbered heading when the section's outermost
 * heading is numbered ("P 1.1", "2.1"); otherwise the outermost heading as printed. A chapter's
 * unnumbered sub-section ("1." › "Feedback from people on probation") is named; a standard's
 * sub-headings ("P 1.1" › "Strengths") count within the standard.
 */
function sectionOf(stack: readonly Heading[]): { label: string; numbered: string | null } {
  const outer = stack[0];
  let label: string | undefined;
  let numbered: string | null = null;
  if (outer && sectionNumber(outer.text)) {
    let at = stack.length - 1;
    while (at >= 0 && !(numbered = sectionNumber(stack[at]!.text))) at--;
    const child = stack[at + 1];
    if (numbered && /^\d/.test(numbered) && child) numbered = null, (label = cleanHeading(child.text));
  }
  if (numbered) label = numbered;
  else label ??= outer ? cleanHeading(outer.text) : 'Opening';
  return { label, numbered };
}

/** An action plan item's finding: its recommendation, its actions and its other paragraphs, counted within the item. */
function itemLocator(f: Finding, item: ActionPlanItem, itemCounts: Map<string, { action: number; para: number }>): string {
  const label = item.item_label.replace(/\.\s*$/, '').trim() || String(item.item);
  const c = itemCounts.get(item.id) ?? { action: 0, para: 0 };
  itemCounts.set(item.id, c);
  if (f.kind === 'recommendation') return `Item ${label}, recommendation`;
  if (f.kind === 'action') return `Item ${label}, action ${++c.action}`;
  return `Item ${label}, para ${++c.para}`;
}

/** Every finding's locator but the front matter's and the column headers'. */
function locatorsOf({ outline, findingById, recNumber, itemByFinding, isKeyQuestion }: Defaults, skip: (id: string) => boolean): Map<string, string> {
  const locators = new Map<string, string>();
  const recNumbers = new Map<number, number>();
  for (const o of outline) {
    if (o.type !== 'finding') continue;
    const n = recNumber(o.id);
    if (n !== null) recNumbers.set(n, (recNumbers.get(n) ?? 0) + 1);
  }
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const stack: Heading[] = [];
  const itemCounts = new Map<string, { action: number; para: number }>();
  for (const o of outline) {
    if (o.type === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= o.level) stack.pop();
      stack.push(o);
      continue;
    }
    if (skip(o.id)) continue;
    const f = findingById.get(o.id);
    if (!f) continue;
    const item = itemByFinding.get(f.id);
    if (item) {
      locators.set(f.id, itemLocator(f, item, itemCounts));
      continue;
    }
    const rn = recNumber(f.id);
    if (rn !== null && recNumbers.get(rn) === 1) {
      locators.set(f.id, `Recommendation ${rn}`);
      continue;
    }
    const { label, numbered } = sectionOf(stack);
    const unit = isKeyQuestion(f.id) ? 'key question' : isCellRow(f) ? 'row' : 'para';
    const k = next(`${label}\u0000${unit}`);
    if (numbered && /^\d/.test(numbered) && unit === 'para') locators.set(f.id, `para ${numbered}.${k}`);
    else locators.set(f.id, `${label}, ${unit} ${k}`);
  }
  return locators;
}

export function documentStructure(input: StructureInput): DocumentStructure {
  const full: Defaults = { ...input, recNumber: input.recNumber ?? (() => null), itemByFinding: input.itemByFinding ?? new Map(), isKeyQuestion: input.isKeyQuestion ?? (() => false) };
  const { front, frontIds } = frontMatter(full);
  const headerRows = headerRowsOf(full, frontIds);
  const locators = locatorsOf(full, (id) => frontIds.has(id) || headerRows.has(id));
  return { front, frontIds, headerRows, locators };
}
