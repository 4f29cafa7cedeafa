// Saved searches: a named query the researcher re-runs from the sidebar (the savedSearches table, v3).
import { isoNow, randomId, type Clock, type IdGenerator } from '../model';
import { fail, ok, type Result } from '../result';
import type { RepositoryDb } from '../db/database';
import { parseQuery } from './parse-query';

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  createdAt: string;
}

/** Saves a query under a name; a query that does not parse is refused with the parser's message. */
export async function saveSearch(
  db: RepositoryDb,
  input: { name: string; query: string },
  options: { clock?: Clock; newId?: IdGenerator } = {},
): Promise<Result<SavedSearch>> {
  const name = input.name.trim();
  if (name === '') return fail('invalid', 'A saved search needs a name.');
  const parsed = parseQuery(input.query);
  if (!parsed.ok) return fail('invalid', `"${input.query}" cannot be saved: ${parsed.error.message}`);
  const saved: SavedSearch = { id: (options.newId ?? randomId)(), name, query: input.query, createdAt: isoNow(options.clock) };
  await db.savedSearches.put(saved);
  return ok(saved);
}

export async function listSavedSearches(db: RepositoryDb): Promise<SavedSearch[]> {
  return (await db.savedSearches.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function deleteSavedSearch(db: RepositoryDb, id: string): Promise<void> {
  await db.savedSearches.delete(id);
}
