// The history panel: who did what and when, and the coder's name asked once and kept in settings.
import { SETTING_KEYS, type ChangeState } from '../model';
import { getSetting, listChanges, setSetting, type RepositoryDb } from '../db';
import { fail, ok, type Result } from '../result';

export interface HistoryEntry {
  seq: number;
  at: string;
  coder: string;
  label: string;
  state: ChangeState;
  /** How many rows the change touched. */
  rows: number;
}

/** The change log as the history panel lists it, newest first; discarded (overwritten redo) steps are left out. */
export async function historyEntries(db: RepositoryDb, limit = 200): Promise<HistoryEntry[]> {
  const changes = await listChanges(db, limit);
  return changes
    .filter((c) => c.state !== 'discarded')
    .map((c) => ({ seq: c.seq ?? 0, at: c.at, coder: c.coder, label: c.label, state: c.state, rows: c.patches.length }));
}

export async function getCoderName(db: RepositoryDb): Promise<string | undefined> {
  const name = await getSetting<string>(db, SETTING_KEYS.coderName);
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/** Stores the coder's name (not an undoable change: it describes who works, not the research). */
export async function setCoderName(db: RepositoryDb, name: string): Promise<Result<string>> {
  const trimmed = name.trim();
  if (trimmed === '') return fail('empty-name', 'Type your name as it should appear in the history.');
  if (trimmed.length > 80) return fail('name-too-long', 'A coder name can be at most 80 characters.');
  await setSetting(db, SETTING_KEYS.coderName, trimmed);
  return ok(trimmed);
}
