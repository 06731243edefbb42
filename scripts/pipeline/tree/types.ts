// The section tree every kind of document is read into: sections found by the document's own
// headings and numbering (parts, domains, standards, lists, addressees, tables), holding the
// findings read from its blocks in order. Extractors (../extract/) read the facts from it, one
// kind of fact each; flattening it gives the document's outline (ParsedDocument.nodes).
import type { Block } from '../blocks';
import type { ActionPlanStatus } from '../../../core/schemas';
import type { DocFinding, DocHeading, DocNode, Lines, ParsedFootnote } from '../types';

export type TextBlock = Exclude<Block, { type: 'rule' }>;

/** What a finding states, where it states a fact an extractor reads: the words as written. */
export type Fact =
  | { role: 'standard-rating'; code: string; name: string; rating: string; line: number; ratingLine: number }
  | { role: 'overall-rating'; rating: string; line: number }
  | { role: 'verdict'; fieldwork: string | null; score: [number, number] | null; line: number }
  | { role: 'key-question'; question: string; percent: number; bold: boolean; line: number }
  | { role: 'previous-recommendation'; cells: string[]; line: number }
  /** `about`: the inspection that made it, where not the document's own (a letter's PDUs). */
  | { role: 'recommendation'; number: number | null; addressee: string | null; about?: string | null }
  | { role: 'chief-inspector'; name: string }
  | { role: 'plan-total'; label: string; value: number; line: number };
export type Role = Fact['role'];

export interface Leaf {
  type: 'leaf';
  finding: DocFinding;
  /** The block the finding was read from (its first, when it joins two). */
  block: TextBlock;
  fact?: Fact;
  /** Its index in the outline, once the tree is flattened. */
  index?: number;
}

/** A footnote, where the document prints it (a page's foot, between two halves of a paragraph). */
export interface FootnoteLeaf {
  type: 'footnote';
  footnote: ParsedFootnote;
}

/** A heading that opens no section of its own: its findings stay in the section around it. */
export interface Mark {
  type: 'mark';
  heading: DocHeading;
  /** A plain line read as a heading (an action plan's capitalised title), not a marked-up one: its words. */
  plainLine?: string;
}

/** An action-plan item's cells as read, across the rows a page break cut it into. */
export interface ItemCells {
  number: number;
  label: string;
  lines: Lines;
  status: ActionPlanStatus;
  /** The recommendation column's paragraphs, addressee headings ("Surrey PDU should:") included. */
  recParagraphs: string[];
  owners: string[];
  dates: string[];
  /** The addressee heading in force when the item's row was read. */
  addressee: string | null;
}

export interface Section {
  type: 'section';
  /** The section's name: a part ("ratings"), "domain", "standard", "group", "addressee", "key-questions"… */
  name: string;
  heading: DocHeading | null;
  /** A standard's section, or a key-question table: the standard's code as the programme writes it. */
  code?: string;
  /** An addressee's recommendations: who they are addressed to, as the heading writes it. */
  addressee?: string;
  /** The inspected entity the section's findings are about, where not the document's own. */
  entity?: string;
  /** An action-plan item's section: its cells; its findings are its recommendation and actions. */
  item?: ItemCells;
  children: TreeNode[];
}

export type TreeNode = Section | Leaf | FootnoteLeaf | Mark;

export function section(name: string, heading: DocHeading | null, extra: Partial<Section> = {}): Section {
  return { type: 'section', name, heading, ...extra, children: [] };
}

/** Every node under `root`, in document order, with the sections it is inside (outermost first). */
export function* walk(root: Section, within: Section[] = []): Generator<{ node: TreeNode; within: Section[] }> {
  for (const node of root.children) {
    yield { node, within };
    if (node.type === 'section') yield* walk(node, [...within, node]);
  }
}

/** The leaves under `root` that state a fact of this role, in document order. */
export function factsOf<R extends Role>(root: Section, role: R): { leaf: Leaf; fact: Extract<Fact, { role: R }>; within: Section[] }[] {
  const out: { leaf: Leaf; fact: Extract<Fact, { role: R }>; within: Section[] }[] = [];
  for (const { node, within } of walk(root)) {
    if (node.type === 'leaf' && node.fact?.role === role) out.push({ leaf: node, fact: node.fact as Extract<Fact, { role: R }>, within });
  }
  return out;
}

/** The sections under `root` of a name, in document order. */
export function sectionsNamed(root: Section, name: string): { section: Section; within: Section[] }[] {
  const out: { section: Section; within: Section[] }[] = [];
  for (const { node, within } of walk(root)) if (node.type === 'section' && node.name === name) out.push({ section: node, within });
  return out;
}

/** The outline: headings and findings in document order. Numbers each leaf with its index. */
export function flatten(root: Section): DocNode[] {
  const nodes: DocNode[] = [];
  if (root.heading) nodes.push(root.heading);
  for (const { node } of walk(root)) {
    if (node.type === 'section' && node.heading) nodes.push(node.heading);
    else if (node.type === 'mark') nodes.push(node.heading);
    else if (node.type === 'leaf') node.index = nodes.push(node.finding) - 1;
  }
  return nodes;
}
