// Planning a merge (read-only) and applying it as one undoable change inside one transaction.
import { mutate, type MutationContext, type RepositoryDb } from '../../db';
import { TABLE_NAMES, isoNow, randomId, type IdGenerator, type TableName } from '../../model';
import { DomainError, ok, toFailure, type Result } from '../../result';
import type { ArchiveContents } from '../contents';
import { mergeCities } from './cities';
import { mergeMemos, mergeSegments } from './coding';
import { mergeDocuments } from './documents';
import { mergeAttributeDefinitions, mergeChapters, mergeSavedSearches } from './extras';
import { mergeThemes } from './themes';
import { emptyCounts, type ExistingRows, type MergeOverrides, type MergeReport, type MergeState, type RowWrite } from './types';

/** A planned merge: the archive it came from, the decisions it was planned with, and its report. */
export interface MergePlan {
  incoming: ArchiveContents;
  overrides: MergeOverrides;
  report: MergeReport;
  /** Rows to write; planning again inside the transaction (at apply) recomputes them against the repository as it is then. */
  writes: RowWrite[];
}

export interface MergeOptions {
  clock?: () => Date;
  newId?: IdGenerator;
}

async function readExisting(db: RepositoryDb): Promise<ExistingRows> {
  const keys = {} as Record<TableName, Set<string>>;
  for (const table of TABLE_NAMES) keys[table] = new Set((await db.table(table).toCollection().primaryKeys()) as string[]);
  return {
    documents: await db.documents.toArray(),
    cities: await db.cities.toArray(),
    themes: await db.themes.toArray(),
    segments: await db.segments.toArray(),
    memos: await db.memos.toArray(),
    chapters: await db.chapters.toArray(),
    attributeDefinitions: await db.attributeDefinitions.toArray(),
    savedSearches: await db.savedSearches.toArray(),
    keys,
  };
}

/** Works out every row a merge writes and its report, from the repository's rows and the archive (pure). */
export function buildMerge(existing: ExistingRows, incoming: ArchiveContents, overrides: MergeOverrides, options: MergeOptions = {}): MergeState {
  const { manifest } = incoming;
  const state: MergeState = {
    existing,
    incoming,
    overrides,
    now: isoNow(options.clock),
    newId: options.newId ?? randomId,
    map: { cities: new Map(), themes: new Map(), documents: new Map(), segments: new Map() },
    placeable: new Set(),
    writes: [],
    savedSearches: [],
    report: {
      archive: { repositoryName: manifest.repositoryName, appVersion: manifest.appVersion, createdAt: manifest.createdAt, selection: manifest.selection },
      counts: emptyCounts(),
      documents: [],
      themeMappings: [],
      conflicts: [],
      skipped: [],
      coders: [...new Set(incoming.segments.map((s) => s.coder))].sort(),
    },
  };
  mergeCities(state);
  mergeThemes(state);
  mergeDocuments(state);
  mergeSegments(state);
  mergeMemos(state);
  mergeChapters(state);
  mergeAttributeDefinitions(state);
  mergeSavedSearches(state);
  return state;
}

/** Plans a merge without writing anything: the report shows what applying it would do. */
export async function planMerge(db: RepositoryDb, incoming: ArchiveContents, overrides: MergeOverrides = {}, options: MergeOptions = {}): Promise<MergePlan> {
  const existing = await db.transaction('r', [...TABLE_NAMES.map((t) => db.table(t)), db.savedSearches], () => readExisting(db));
  const state = buildMerge(existing, incoming, overrides, options);
  return { incoming, overrides, report: state.report, writes: state.writes };
}

function mergeLabel(report: MergeReport): string {
  const from = report.archive.repositoryName ? ` "${report.archive.repositoryName}"` : '';
  const { documents, segments } = report.counts;
  return `Merged archive${from}: ${documents.added} documents and ${segments.added} coded passages added`;
}

/**
 * Applies a plan (with any further overrides) as ONE undoable change: the merge is planned again
 * inside the transaction, so it fits the repository as it is; when anything fails nothing is written.
 */
export async function applyMerge(
  db: RepositoryDb,
  ctx: MutationContext & MergeOptions,
  plan: MergePlan,
  overrides: MergeOverrides = {},
): Promise<Result<MergeReport>> {
  const decisions: MergeOverrides = {
    themes: { ...plan.overrides.themes, ...overrides.themes },
    conflicts: { ...plan.overrides.conflicts, ...overrides.conflicts },
  };
  try {
    const tables = [...TABLE_NAMES.map((t) => db.table(t)), db.changes, db.savedSearches];
    const report = await db.transaction('rw', tables, async () => {
      const state = buildMerge(await readExisting(db), plan.incoming, decisions, ctx);
      const written = await mutate(db, ctx, mergeLabel(state.report), async (draft) => {
        for (const { table, row } of state.writes) await draft.put(table, row);
      });
      if (!written.ok) throw new DomainError('merge-failed', written.error.message);
      // Saved searches live outside the change log: undoing the merge leaves them.
      if (state.savedSearches.length > 0) await db.savedSearches.bulkAdd(state.savedSearches);
      return state.report;
    });
    return ok(report);
  } catch (error) {
    const reason = toFailure(error).message.split('\n')[0];
    return { ok: false, error: { code: 'merge-failed', message: `The archive could not be merged (${reason}); the repository is unchanged.` } };
  }
}
