// Turn a report's outline into the blocks the report page renders: headings with tidy levels,
// paragraphs, lists of bullets, tables of rows, quotes, numbered recommendations and action plan
// items. Pure: takes plain data, so the grouping rules can be unit-tested.
import type { ActionPlanItem, Finding, OutlineItem } from '../../core/schemas';

export interface HeadingBlock {
  type: 'heading';
  id: string;
  text: string;
  /** Rendered level, 2–6, never skipping a level below the previous heading. */
  level: number;
}
export type Block =
  | HeadingBlock
  | { type: 'p'; finding: Finding }
  | { type: 'list'; findings: Finding[] }
  | { type: 'quote'; finding: Finding }
  | { type: 'table'; findings: Finding[] }
  | { type: 'recs'; findings: Finding[]; numbered: boolean }
  | { type: 'item'; item: ActionPlanItem; findings: Finding[]; level: number };

const LIST_KINDS = new Set(['strength', 'area-for-improvement', 'bullet']);

export function isTableRow(f: Finding): boolean {
  return Array.isArray(f.cells) && f.cells.length > 0;
}

/** Heading levels as written are unreliable: rebase them to start at h2 and never skip. */
export function normaliseLevels(outline: readonly OutlineItem[]): Map<string, number> {
  const levels = new Map<string, number>();
  const hs = outline.filter((o): o is Extract<OutlineItem, { type: 'heading' }> => o.type === 'heading');
  if (!hs.length) return levels;
  const base = Math.min(...hs.map((h) => h.level));
  let prev = 1;
  for (const h of hs) {
    const want = h.level - base + 2;
    const lvl = Math.max(2, Math.min(want, prev + 1, 6));
    levels.set(h.id, lvl);
    prev = lvl;
  }
  return levels;
}

export function buildBlocks(
  outline: readonly OutlineItem[],
  findingById: ReadonlyMap<string, Finding>,
  itemByFinding: ReadonlyMap<string, ActionPlanItem> = new Map(),
): Block[] {
  const levels = normaliseLevels(outline);
  const blocks: Block[] = [];
  const itemsDone = new Set<string>();
  let lastLevel = 1;
  for (const o of outline) {
    if (o.type === 'heading') {
      const level = levels.get(o.id) ?? 2;
      lastLevel = level;
      blocks.push({ type: 'heading', id: o.id, text: o.text, level });
      continue;
    }
    const f = findingById.get(o.id);
    if (!f) continue;
    const item = itemByFinding.get(f.id);
    if (item) {
      if (itemsDone.has(item.id)) continue;
      itemsDone.add(item.id);
      const findings = item.finding_ids.map((id) => findingById.get(id)).filter((x): x is Finding => !!x);
      blocks.push({ type: 'item', item, findings, level: Math.min(lastLevel + 1, 6) });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    if (isTableRow(f)) {
      if (prev?.type === 'table' && prev.findings[0].section === f.section) prev.findings.push(f);
      else blocks.push({ type: 'table', findings: [f] });
    } else if (LIST_KINDS.has(f.kind)) {
      if (prev?.type === 'list' && prev.findings[0].section === f.section) prev.findings.push(f);
      else blocks.push({ type: 'list', findings: [f] });
    } else if (f.kind === 'recommendation') {
      if (prev?.type === 'recs' && prev.findings[0].section === f.section) prev.findings.push(f);
      else blocks.push({ type: 'recs', findings: [f], numbered: false });
    } else if (f.kind === 'testimonial') {
      blocks.push({ type: 'quote', finding: f });
    } else {
      blocks.push({ type: 'p', finding: f });
    }
  }
  return blocks;
}

export interface TocNode {
  id: string;
  text: string;
  level: number;
  children: TocNode[];
}

/** Nest headings (rendered levels) into a tree, down to maxLevel. */
export function buildToc(blocks: readonly Block[], maxLevel = 3): TocNode[] {
  const root: TocNode = { id: '', text: '', level: 1, children: [] };
  const stack: TocNode[] = [root];
  for (const b of blocks) {
    if (b.type !== 'heading' || b.level > maxLevel) continue;
    const node: TocNode = { id: b.id, text: b.text, level: b.level, children: [] };
    while (stack.length > 1 && stack[stack.length - 1].level >= node.level) stack.pop();
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return root.children;
}

/** Split text on "recommendation 22"-style references so they can be linked as written. */
export function splitCrossRefs(text: string): (string | { text: string; number: number })[] {
  const out: (string | { text: string; number: number })[] = [];
  const re = /\brecommendations?\s+(\d+)/gi;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ text: m[0], number: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
