// A regional letter's blocks → its section tree:
//   front        letterhead, date, To/CC, salutation                → 'metadata' findings
//   letter       regional observations, sections, Summary            → sections (level 2), lists
//                ("Key strengths", "(Key) areas for improvement", level 3) of their kind
//   signature    "Yours sincerely" … up to the next heading          → 'metadata' findings
//   annexe       Annexe one: "X PDU should:" (level 3) opens a PDU inspection's recommendations;
//                the region / HMPPS "should:" headings after it (level 4) belong to it
//   ratings      Annexe two: one ratings table per PDU (ratings-annexe.ts)
// A handler per block type, and for prose one per part, as the report's tree.ts.
import type { FindingKind } from '../../../../core/schemas';
import { parseInline } from '../../inline';
import type { DocHeading } from '../../types';
import { addresseeOf, findingFromBlock, findingFromRaw, headingText } from '../common';
import { alternation, requireSection, sectionOf, wordList } from '../../framework/vocabulary';
import type { Programme } from '../../framework/programmes';
import { section, type Section, type TextBlock, type TreeNode } from '../../tree/types';
import { readFrontMatter } from './front';
import { normalisePduName, plain } from './names';
import { RatingsAnnexe } from './ratings-annexe';

type Part = 'letter' | 'signature' | 'recommendations-annexe' | 'ratings-annexe' | 'annexe';
type Block<T extends TextBlock['type']> = Extract<TextBlock, { type: T }>;

/** The lists of a letter's sections, by the section of data/headings.yaml their heading opens. */
const LIST_OF_SECTION: Record<string, FindingKind> = {
  [requireSection('strengths')]: 'strength',
  [requireSection('areas-for-improvement')]: 'area-for-improvement',
};
const VALEDICTION = new RegExp(`^${alternation(wordList('valedictions'))}\\b`, 'i');
const ANNEXE = requireSection('annexe');
export const isAnnexe = (heading: string) => sectionOf(heading) === ANNEXE;

interface Ctx {
  blocks: readonly TextBlock[];
  i: number;
  stack: Section[];
  part: Part;
  listKind: FindingKind | null;
  bulletSinceList: boolean;
  addressee: string | null;
  /** The PDU whose inspection the current recommendations come from. */
  group: string | null;
  annexe: RatingsAnnexe;
}

const top = (c: Ctx) => c.stack[c.stack.length - 1]!;
const add = (c: Ctx, node: TreeNode) => void top(c).children.push(node);
const heading = (text: string, level: number, line: number): DocHeading => ({ type: 'heading', text, level, line });
function open(c: Ctx, depth: number, s: Section): void {
  c.stack.length = depth;
  add(c, s);
  c.stack.push(s);
}
const blockText = (b: TextBlock) => (b.type === 'table-row' ? plain(b.cells.join(' ')) : plain(b.raw));

function annexeHeading(c: Ctx, h: string, b: Block<'heading'>): void {
  c.annexe.closeTable();
  const part: Part = /rating/i.test(h) ? 'ratings-annexe' : /recommendation/i.test(h) ? 'recommendations-annexe' : 'annexe';
  [c.part, c.listKind, c.addressee, c.group] = [part, null, null, null];
  open(c, 1, section(part, heading(h, 2, b.lines[0])));
}

function addresseeHeading(c: Ctx, h: string, who: string, b: Block<'heading'>): void {
  c.addressee = who;
  if (/\s(?:PDU|Probation Delivery Unit)$/i.test(who)) {
    c.group = normalisePduName(who);
    return open(c, 2, section('addressee', heading(h, 3, b.lines[0]), { addressee: who, entity: c.group }));
  }
  // A region's or HMPPS's recommendations from a PDU's inspection sit under that PDU's heading.
  const depth = c.group && c.stack.length > 2 && c.stack[2]!.entity ? 3 : 2;
  open(c, depth, section('addressee', heading(h, c.group ? 4 : 3, b.lines[0]), { addressee: who }));
}

function onHeading(c: Ctx, b: Block<'heading'>): void {
  const h = headingText(b.raw);
  if (c.part === 'signature') open(c, 1, section((c.part = 'letter'), null));
  const list = LIST_OF_SECTION[sectionOf(h) ?? ''];
  const who = addresseeOf(h);
  if (isAnnexe(h)) return annexeHeading(c, h, b);
  if (list) {
    [c.listKind, c.bulletSinceList] = [list, false];
    return open(c, Math.min(c.stack.length, 3), section('group', heading(h, 3, b.lines[0])));
  }
  if (who) return addresseeHeading(c, h, who, b);
  [c.listKind, c.addressee] = [null, null];
  open(c, 2, section('section', heading(h, 2, b.lines[0])));
}

/** A paragraph's kind: an item of the list it stands in (between two bullets, or under a list heading whose items lost their bullets), else narrative. */
function paragraphKind(c: Ctx): FindingKind {
  const prev = c.blocks[c.i - 1];
  const next = c.blocks[c.i + 1];
  return c.listKind && ((prev?.type === 'bullet' && next?.type === 'bullet') || !c.bulletSinceList) ? c.listKind : 'narrative';
}

function onProse(c: Ctx, b: Exclude<TextBlock, Block<'heading'> | Block<'footnote'>>): void {
  if (c.part === 'letter' && b.type === 'paragraph' && VALEDICTION.test(blockText(b))) open(c, 1, section((c.part = 'signature'), null));
  if (c.part === 'signature') {
    // Keep the lines as written: a scanned signature read as a bullet ("- Lussell") is debris, not a list.
    const raw = b.type === 'bullet' ? `${b.marker} ${b.raw}` : b.type === 'table-row' ? b.cells.filter((x) => x.trim()).join(' \u2003 ') : b.raw;
    return add(c, { type: 'leaf', finding: findingFromRaw(raw, 'metadata', b.lines), block: b });
  }
  if (c.addressee) {
    // Every item under an "X should:" heading is a recommendation, bulleted or not.
    const fact = { role: 'recommendation', number: null, addressee: c.addressee, about: c.group } as const;
    return add(c, { type: 'leaf', finding: findingFromBlock(b, 'recommendation', null, c.group), block: b, fact });
  }
  if (b.type === 'bullet') c.bulletSinceList = true;
  const kind: FindingKind = b.type === 'bullet' ? (c.listKind ?? 'bullet') : b.type === 'table-row' ? 'table-row' : paragraphKind(c);
  add(c, { type: 'leaf', finding: findingFromBlock(b, kind, null, c.part === 'letter' ? null : c.group), block: b });
}

function onBlock(c: Ctx, b: TextBlock): void {
  if (b.type === 'footnote') {
    const { inline, text } = parseInline(b.raw);
    return add(c, { type: 'footnote', footnote: { number: b.number, text, inline, lines: b.lines } });
  }
  // Annexe two's rows are read by content whatever block they were segmented into.
  if (c.part === 'ratings-annexe' && !(b.type === 'heading' && isAnnexe(headingText(b.raw)))) return c.annexe.read(b);
  if (b.type === 'heading') return onHeading(c, b);
  onProse(c, b);
}

export interface LetterTree {
  root: Section;
  annexe: RatingsAnnexe;
}

export function letterTree(blocks: readonly TextBlock[], lines: readonly string[], programme: Programme): LetterTree {
  const root = section('document', null);
  const front = section('front', null);
  root.children.push(front);
  const stack = [root];
  const c: Ctx = { blocks, i: readFrontMatter(blocks, front), stack, part: 'letter', listKind: null, bulletSinceList: false, addressee: null, group: null, annexe: null! };
  c.annexe = new RatingsAnnexe(programme, lines, (n) => add(c, n));
  open(c, 1, section('letter', null));
  for (; c.i < blocks.length; c.i++) onBlock(c, blocks[c.i]!);
  c.annexe.closeTable();
  return { root, annexe: c.annexe };
}
