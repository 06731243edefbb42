// Extractor: an action plan's items: number, addressees (the headings inside its recommendation
// cell, else the heading it stands under), its recommendation as the plan words it, status,
// actions, owners, target dates, and the "see recommendation 22" references its actions make.
import type { ParsedActionPlanItem } from '../types';
import { headingAddressee, plain } from '../parse/action-plan/cells';
import { crossReferences } from '../parse/action-plan/draft';
import { sectionsNamed, type Leaf, type Section } from '../tree/types';

export function planItems(root: Section): ParsedActionPlanItem[] {
  return sectionsNamed(root, 'item').map(({ section }) => {
    const cells = section.item!;
    const leaves = section.children.filter((n): n is Leaf => n.type === 'leaf');
    const rec = leaves.find((l) => l.finding.kind === 'recommendation');
    const actions = leaves.filter((l) => l.finding.kind === 'action').map((l) => l.finding.text);
    const own = cells.recParagraphs.map(headingAddressee).filter((a): a is string => a !== null);
    return {
      item: cells.number,
      itemLabel: cells.label,
      addressees: own.length ? own : cells.addressee ? [cells.addressee] : [],
      recommendation: rec ? rec.finding.text : '',
      status: cells.status,
      actions,
      owners: cells.owners.map(plain),
      targetDates: cells.dates.map(plain),
      crossReferences: crossReferences(actions),
      nodes: leaves.map((l) => l.index!),
      lines: cells.lines,
    };
  });
}
