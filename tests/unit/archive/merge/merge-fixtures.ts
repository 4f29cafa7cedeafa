// Test helpers for merges: sample repositories with their own ids, their archives' contents, and whole-repository snapshots.
import { exportArchive, readArchive, type ArchiveContents } from '../../../../shared/archive';
import type { RepositoryDb } from '../../../../shared/db';
import { themePaths } from '../../../../shared/archive';
import { loadSampleProject } from '../../../../shared/sample';
import { fixedClock, freshDb, sequentialIds } from '../../../helpers';
import { allRows } from '../archive-fixtures';

/** The sample project with ids of its own ("a-1", "a-2" … for prefix "a"), so matching cannot lean on ids. */
export async function sampleRepository(prefix: string): Promise<RepositoryDb> {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: fixedClock, newId: sequentialIds(prefix) });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return db;
}

export async function contentsOf(db: RepositoryDb): Promise<ArchiveContents> {
  const read = await readArchive(await exportArchive(db, { appVersion: 'test', clock: fixedClock }));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** Every table, the change log included, for "nothing changed" checks. */
export const snapshot = allRows;

/** A passage as a reader sees it: document title, range, theme paths and coder, independent of ids. */
export async function describedSegments(db: RepositoryDb): Promise<string[]> {
  const documents = new Map((await db.documents.toArray()).map((d) => [d.id, d.title]));
  const paths = themePaths(await db.themes.toArray());
  return (await db.segments.toArray())
    .map((s) => `${documents.get(s.documentId)} ${s.start}-${s.end} [${s.themeIds.map((id) => paths.get(id)).sort().join(', ')}] by ${s.coder}`)
    .sort();
}

export const mergeContext = { coder: 'Merger', clock: fixedClock };
