// Loads validated archive contents into an empty repository, all in one transaction.
import type { RepositoryDb } from '../db';
import { countRepository, type RepositoryCounts } from '../db';
import { DomainError, ok, toFailure, type Result } from '../result';
import type { ArchiveContents } from './contents';
import { DATA_TABLES, NON_CONTENT_TABLES, type ArchiveLimits } from './format';
import { readArchive } from './read';

/** Writes every row or none; a repository that already holds anything is refused. */
export async function loadArchiveInto(db: RepositoryDb, contents: ArchiveContents): Promise<Result<RepositoryCounts>> {
  try {
    await db.transaction('rw', DATA_TABLES.map((t) => db.table(t)), async () => {
      for (const table of DATA_TABLES) {
        if (NON_CONTENT_TABLES.includes(table)) continue;
        if ((await db.table(table).count()) > 0) {
          throw new DomainError('not-empty', 'An archive can only be opened into an empty repository; this one already holds data.');
        }
      }
      for (const table of DATA_TABLES) {
        const rows: unknown[] = contents[table];
        if (rows.length === 0) continue;
        // Settings, saved searches and the search index are workspace or derived data: the archive's rows replace any already there.
        if (NON_CONTENT_TABLES.includes(table)) await db.table(table).bulkPut(rows);
        else await db.table(table).bulkAdd(rows);
      }
    });
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toFailure() };
    const reason = toFailure(error).message.split('\n')[0];
    return { ok: false, error: { code: 'load-failed', message: `The archive could not be stored in the repository (${reason}); nothing was written.` } };
  }
  return ok(await countRepository(db));
}

/** Reads an archive and loads it into an empty repository; nothing is written when anything fails. */
export async function openArchive(
  bytes: Uint8Array,
  db: RepositoryDb,
  limits: Partial<ArchiveLimits> = {},
  fileName?: string,
): Promise<Result<RepositoryCounts>> {
  const read = await readArchive(bytes, limits, fileName);
  if (!read.ok) return read;
  return loadArchiveInto(db, read.value);
}
