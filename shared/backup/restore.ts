// Replaces the whole repository with a backup, in one transaction: either the backup's rows or the old ones, never a mix.
import { DATA_TABLES, loadArchiveInto, readArchive } from '../archive';
import type { RepositoryCounts, RepositoryDb } from '../db';
import { DomainError, toFailure, type Result } from '../result';

export async function restoreBackup(db: RepositoryDb, bytes: Uint8Array, fileName: string): Promise<Result<RepositoryCounts>> {
  const read = await readArchive(bytes, {}, fileName);
  if (!read.ok) return read;
  try {
    return await db.transaction('rw', DATA_TABLES.map((t) => db.table(t)), async () => {
      for (const table of DATA_TABLES) await db.table(table).clear();
      const loaded = await loadArchiveInto(db, read.value);
      // Throwing aborts the transaction, so the cleared tables come back as they were.
      if (!loaded.ok) throw new DomainError(loaded.error.code, loaded.error.message);
      return loaded;
    });
  } catch (error) {
    const failure = toFailure(error, 'restore-failed');
    return { ok: false, error: { code: failure.code, message: `The backup "${fileName}" could not be restored (${failure.message.split('\n')[0]}); the repository is unchanged.` } };
  }
}
