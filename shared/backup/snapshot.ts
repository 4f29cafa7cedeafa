// Takes one backup: the whole repository as a .comparanda archive, written to the store, then the oldest pruned.
import { exportArchive } from '../archive';
import type { RepositoryDb } from '../db';
import { systemClock, type Clock } from '../model';
import { ok, type Result } from '../result';
import { backupDue, backupName, backupsToPrune, type BackupReason, type BackupSettings } from './policy';
import type { BackupStore, StoredBackup } from './store';

export interface SnapshotOptions {
  reason: BackupReason;
  settings: BackupSettings;
  appVersion: string;
  clock?: Clock;
  /** Writes the archive elsewhere (the app: in a worker, off the UI thread); exportArchive on `db` when left out. */
  archive?: () => Promise<Uint8Array>;
}

export interface SnapshotReport {
  /** The backup written; null when the repository holds nothing worth keeping. */
  written: StoredBackup | null;
  /** Older backups deleted to keep only the newest N. */
  pruned: string[];
}

async function isEmpty(db: RepositoryDb): Promise<boolean> {
  const counts = await Promise.all([db.documents.count(), db.themes.count(), db.cities.count(), db.memos.count(), db.chapters.count()]);
  return counts.every((n) => n === 0);
}

/** Writes a backup now (an empty repository is not backed up) and prunes the oldest beyond `settings.keep`. */
export async function takeBackup(db: RepositoryDb, store: BackupStore, options: SnapshotOptions): Promise<Result<SnapshotReport>> {
  if (await isEmpty(db)) return ok({ written: null, pruned: [] });
  const clock = options.clock ?? systemClock;
  const bytes = options.archive ? await options.archive() : await exportArchive(db, { appVersion: options.appVersion, clock });
  const written = await store.write(backupName(clock(), options.reason), bytes);
  if (!written.ok) return written;
  const listed = await store.list();
  if (!listed.ok) return listed;
  const pruned: string[] = [];
  for (const name of backupsToPrune(listed.value.map((b) => b.name), options.settings.keep)) {
    // A backup that cannot be deleted stays; the next backup tries again.
    if ((await store.remove(name)).ok) pruned.push(name);
  }
  return ok({ written: written.value, pruned });
}

/** Takes a daily backup when one is due; answers null when none was due. */
export async function backupIfDue(db: RepositoryDb, store: BackupStore, options: Omit<SnapshotOptions, 'reason'>): Promise<Result<SnapshotReport | null>> {
  const listed = await store.list();
  if (!listed.ok) return listed;
  const now = (options.clock ?? systemClock)();
  if (!backupDue(listed.value.map((b) => b.name), now, options.settings)) return ok(null);
  return takeBackup(db, store, { ...options, reason: 'daily' });
}
