// The vocabulary of a merge: what the user may override, what the report says, and the working state of one merge.
import type { AttributeDefinition, Chapter, City, Document, Memo, Segment, TableName, Theme } from '../../model';
import type { SavedSearch } from '../../search/saved-search';
import type { ArchiveContents } from '../contents';
import type { ArchiveManifest } from '../format';

export type ConflictChoice = 'keep-current' | 'take-incoming';

/** The user's decisions: incoming theme id → existing theme id or "new"; conflict id → choice. */
export interface MergeOverrides {
  themes?: Record<string, string>;
  conflicts?: Record<string, ConflictChoice>;
}

export const NEW_THEME = 'new';

export const MERGE_KINDS = ['documents', 'cities', 'themes', 'segments', 'memos', 'chapters', 'attributeDefinitions', 'savedSearches'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

export interface KindCounts {
  added: number;
  matched: number;
  skipped: number;
  conflicting: number;
}

/** A difference between a matched row here and its incoming twin; `choosable` false means it is only reported. */
export interface MergeConflict {
  /** Stable across re-planning: "theme:<incoming id>:colour", "document:<incoming id>:title". */
  id: string;
  kind: 'theme' | 'document' | 'attributeDefinition';
  /** The theme path, document title or attribute name, for the reader. */
  subject: string;
  field: string;
  current: unknown;
  incoming: unknown;
  choice: ConflictChoice;
  choosable: boolean;
}

/** An incoming theme that nearly matches an existing one: mapped onto it or created new, as chosen. */
export interface ThemeMapping {
  incomingId: string;
  incomingPath: string;
  suggestedId: string;
  suggestedPath: string;
  /** "spelling": same letters up to case, accents and spaces (mapped by default); "similar": a small edit apart (new by default). */
  reason: 'spelling' | 'similar' | 'chosen';
  /** The existing theme id it maps onto, or "new". */
  choice: string;
}

export interface MergedDocument {
  incomingId: string;
  title: string;
  outcome: 'added' | 'matched';
  matchedBy?: 'original' | 'text';
  existingId: string;
}

export interface MergeReport {
  archive: { repositoryName?: string; appVersion: string; createdAt: string; selection?: ArchiveManifest['selection'] };
  counts: Record<MergeKind, KindCounts>;
  documents: MergedDocument[];
  themeMappings: ThemeMapping[];
  conflicts: MergeConflict[];
  skipped: { kind: MergeKind; what: string; reason: string }[];
  /** Coders whose passages the archive holds, so the reader sees whose work arrives. */
  coders: string[];
}

/** What the repository holds now, as far as a merge needs to know. */
export interface ExistingRows {
  documents: Document[];
  cities: City[];
  themes: Theme[];
  segments: Segment[];
  memos: Memo[];
  chapters: Chapter[];
  attributeDefinitions: AttributeDefinition[];
  savedSearches: SavedSearch[];
  /** Keys of every content table, so incoming ids are kept only where free. */
  keys: Record<TableName, Set<string>>;
}

export interface RowWrite {
  table: TableName;
  row: { id: string; [field: string]: unknown };
}

/** The working state of one merge, filled step by step (cities, themes, documents, coding, the rest). */
export interface MergeState {
  existing: ExistingRows;
  incoming: ArchiveContents;
  overrides: MergeOverrides;
  now: string;
  newId: () => string;
  /** Incoming id → id in this repository, per kind. */
  map: { cities: Map<string, string>; themes: Map<string, string>; documents: Map<string, string>; segments: Map<string, string> };
  /** Incoming documents whose text equals the text here, so their passages' offsets hold. */
  placeable: Set<string>;
  writes: RowWrite[];
  savedSearches: SavedSearch[];
  report: MergeReport;
}

export function emptyCounts(): Record<MergeKind, KindCounts> {
  return Object.fromEntries(MERGE_KINDS.map((k) => [k, { added: 0, matched: 0, skipped: 0, conflicting: 0 }])) as Record<MergeKind, KindCounts>;
}

/** The choice for a conflict: the user's override, else the default (keep what is here). */
export function conflictChoice(state: MergeState, id: string): ConflictChoice {
  return state.overrides.conflicts?.[id] ?? 'keep-current';
}

/** Keeps an incoming id when this repository does not use it yet, otherwise makes a new one. */
export function allocateId(state: MergeState, table: TableName, incomingId: string): string {
  const keys = state.existing.keys[table];
  let id = keys.has(incomingId) ? state.newId() : incomingId;
  while (keys.has(id)) id = state.newId();
  keys.add(id);
  return id;
}
