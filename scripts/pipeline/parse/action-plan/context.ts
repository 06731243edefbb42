// What reading an items table keeps as it goes: shared by the reader (items.ts) and the check
// that the table is whole (wholeness.ts), each of which reads it, and neither of which imports the other.
import type { Block } from '../../blocks';
import type { Lines } from '../../types';
import type { Section, TextBlock, TreeNode } from '../../tree/types';
import type { TableBounds } from './columns';
import type { Draft } from './draft';

/** The last thing the table held, to tell a finished table from a cut one. */
export interface LastRow {
  raw: string;
  lines: Lines;
  kind: 'item' | 'addressee' | 'orphan' | 'header';
  /** A row with fewer cells than columns that stops before the last column was cut short. */
  short?: boolean;
}

export interface ItemsCtx {
  blocks: Block[];
  lines: readonly string[];
  table: TableBounds;
  /** The items section, then the addressee section in force. */
  stack: Section[];
  draft: (Draft & { block: TextBlock }) | null;
  /** Rows go on an item missing from the document: they stay rows of their own. */
  orphanMode: boolean;
  addressee: string | null;
  /** What stood between the current item's rows, placed after the item. */
  deferred: TreeNode[];
  /** Item numbers read, and their lines. */
  seen: Map<number, number>;
  lastRow: LastRow | null;
}
