// Mutations with their inverse: every change is recorded as row patches, undo and redo replay them.
import type { Table } from 'dexie';
import type { Change, RowPatch, TableName } from '../model';
import { TABLE_NAMES, isoNow, type Clock } from '../model';
import { DomainError, ok, toFailure, type Result } from '../result';
import type { RepositoryDb } from './database';
import { deepEqual } from './deep-equal';

/** Who is making a change, and (for tests) which clock to read. */
export interface MutationContext {
  coder: string;
  clock?: Clock;
}

/** Collects the patches of one mutation while it writes, inside one transaction. */
export class Draft {
  private readonly patches = new Map<string, RowPatch>();

  constructor(private readonly db: RepositoryDb) {}

  async get<T>(table: TableName, key: string): Promise<T | undefined> {
    return (await this.table(table).get(key)) as T | undefined;
  }

  async put<T extends { id: string }>(table: TableName, row: T): Promise<void> {
    const before = await this.table(table).get(row.id);
    await this.table(table).put(row);
    this.record(table, row.id, before ?? null, row);
  }

  async delete(table: TableName, key: string): Promise<void> {
    const before = await this.table(table).get(key);
    if (before === undefined) return;
    await this.table(table).delete(key);
    this.record(table, key, before, null);
  }

  /** The patches to log; a created row is not copied into the log (see RowPatch.elided). */
  result(): RowPatch[] {
    return [...this.patches.values()]
      .filter((p) => !deepEqual(p.before, p.after))
      .map((p) => (p.before === null && p.after !== null ? { ...p, after: null, elided: true } : p));
  }

  private table(name: TableName): Table<unknown, string> {
    return this.db.table(name);
  }

  private record(table: TableName, key: string, before: unknown, after: unknown): void {
    const id = `${table}/${key}`;
    const earlier = this.patches.get(id);
    this.patches.set(id, { table, key, before: earlier ? earlier.before : before, after });
  }
}

function allTables(db: RepositoryDb): Table[] {
  return [...TABLE_NAMES.map((name) => db.table(name)), db.changes];
}

/**
 * Runs `plan` in one read-write transaction and records what it changed as one undoable step.
 * When `plan` throws, nothing is written. A new change discards the redo stack.
 */
export async function mutate<T>(
  db: RepositoryDb,
  ctx: MutationContext,
  label: string,
  plan: (draft: Draft) => Promise<T>,
): Promise<Result<T>> {
  try {
    const value = await db.transaction('rw', allTables(db), async () => {
      const draft = new Draft(db);
      const planned = await plan(draft);
      const patches = draft.result();
      if (patches.length > 0) {
        await db.changes.where('state').equals('undone').modify({ state: 'discarded' });
        await db.changes.add({ at: isoNow(ctx.clock), coder: ctx.coder, label, patches, state: 'done' });
      }
      return planned;
    });
    return ok(value);
  } catch (error) {
    return { ok: false, error: toFailure(error, 'change-failed') };
  }
}

/** Replays a change backwards (undo) or forwards (redo); returns its patches as they must now be logged. */
async function replay(db: RepositoryDb, change: Change, direction: 'undo' | 'redo'): Promise<RowPatch[]> {
  const ordered = direction === 'undo' ? [...change.patches].reverse() : change.patches;
  const logged: RowPatch[] = [];
  for (const patch of ordered) {
    const table = db.table(patch.table);
    const current = (await table.get(patch.key)) ?? null;
    const expected = direction === 'undo' ? patch.after : patch.before;
    const matches = patch.elided && direction === 'undo' ? current !== null : deepEqual(current, expected ?? null);
    if (!matches) {
      const what = current === null ? 'has since been deleted' : 'has been changed since';
      throw new DomainError(
        'target-changed',
        `Cannot ${direction} "${change.label}": a ${patch.table.replace(/s$/, '')} it touched ${what}.`,
      );
    }
    const target = direction === 'undo' ? patch.before : patch.after;
    if (target === null || target === undefined) await table.delete(patch.key);
    else await table.put(target);
    if (patch.elided && direction === 'undo') logged.push({ ...patch, after: current, elided: false });
    else if (patch.before === null && direction === 'redo') logged.push({ ...patch, after: null, elided: true });
    else logged.push(patch);
  }
  return direction === 'undo' ? logged.reverse() : logged;
}

/** Undoes the most recent done change. Returns null when there is nothing to undo. */
export async function undo(db: RepositoryDb): Promise<Result<Change | null>> {
  try {
    return ok(
      await db.transaction('rw', allTables(db), async () => {
        const change = await db.changes.where('state').equals('done').last();
        if (!change) return null;
        const patches = await replay(db, change, 'undo');
        await db.changes.update(change.seq!, { state: 'undone', patches });
        return { ...change, patches, state: 'undone' as const };
      }),
    );
  } catch (error) {
    return { ok: false, error: toFailure(error, 'undo-failed') };
  }
}

/** Redoes the most recently undone change. Returns null when there is nothing to redo. */
export async function redo(db: RepositoryDb): Promise<Result<Change | null>> {
  try {
    return ok(
      await db.transaction('rw', allTables(db), async () => {
        const change = await db.changes.where('state').equals('undone').first();
        if (!change) return null;
        const patches = await replay(db, change, 'redo');
        await db.changes.update(change.seq!, { state: 'done', patches });
        return { ...change, patches, state: 'done' as const };
      }),
    );
  } catch (error) {
    return { ok: false, error: toFailure(error, 'redo-failed') };
  }
}

/** The history panel's list, newest first. */
export async function listChanges(db: RepositoryDb, limit = 200): Promise<Change[]> {
  return db.changes.reverse().limit(limit).toArray();
}

export async function canUndoRedo(db: RepositoryDb): Promise<{ undo: string | null; redo: string | null }> {
  const [last, next] = await Promise.all([
    db.changes.where('state').equals('done').last(),
    db.changes.where('state').equals('undone').first(),
  ]);
  return { undo: last?.label ?? null, redo: next?.label ?? null };
}

