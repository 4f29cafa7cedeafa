// The change log: every mutation as row patches (before → after), so undo and redo are replays.
import { z } from 'zod';

export const TABLE_NAMES = [
  'documents',
  'texts',
  'sources',
  'cities',
  'themes',
  'segments',
  'memos',
  'chapters',
  'attributeDefinitions',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** One row's state before and after a mutation; null means "did not exist". */
export interface RowPatch {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
  /**
   * Set on creations while the change is done: the new row lives only in its table, not twice.
   * Undo moves the row into `after` (and clears this); redo moves it back.
   */
  elided?: boolean;
}

export const changeStates = ['done', 'undone', 'discarded'] as const;
export type ChangeState = (typeof changeStates)[number];

export interface Change {
  /** Auto-increment position in the log. */
  seq?: number;
  at: string;
  coder: string;
  /** What happened, in the researcher's words: "Coded 1 passage as Housing". */
  label: string;
  patches: RowPatch[];
  state: ChangeState;
}

export const rowPatchSchema = z.object({
  table: z.enum(TABLE_NAMES),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  elided: z.boolean().optional(),
});

export const changeSchema = z.object({
  seq: z.number().int().optional(),
  at: z.string(),
  coder: z.string(),
  label: z.string(),
  patches: z.array(rowPatchSchema),
  state: z.enum(changeStates),
});
