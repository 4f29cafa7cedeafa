// Repository settings (not undoable: they describe the workspace, not the research).
import { SETTING_KEYS } from '../../model';
import type { RepositoryDb } from '../database';

export async function getSetting<T>(db: RepositoryDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: RepositoryDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function repositoryName(db: RepositoryDb): Promise<string> {
  return (await getSetting<string>(db, SETTING_KEYS.repositoryName)) ?? 'Untitled repository';
}
