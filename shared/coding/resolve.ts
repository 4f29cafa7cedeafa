// Finding documents and themes by what a researcher types: an id, an exact title, a theme name or path.
import type { Document, Theme } from '../model';
import type { RepositoryDb } from '../db';
import { DomainError } from '../result';

/** A document by its id or its exact title; several documents with that title is an error listing their ids. */
export async function findDocument(db: RepositoryDb, idOrTitle: string): Promise<Document> {
  const byId = await db.documents.get(idOrTitle);
  if (byId) return byId;
  const matches = await db.documents.where('title').equals(idOrTitle).toArray();
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new DomainError('ambiguous', `${matches.length} documents are titled "${idOrTitle}"; give one of their ids: ${matches.map((d) => d.id).join(', ')}.`);
  }
  throw new DomainError('not-found', `There is no document with the id or title "${idOrTitle}".`);
}

/** The path of names from the top of the codebook to this theme. */
export function themePath(theme: Theme, byId: ReadonlyMap<string, Theme>): string[] {
  const path = [theme.name];
  const seen = new Set([theme.id]);
  let parent = theme.parentId !== null ? byId.get(theme.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    path.unshift(parent.name);
    seen.add(parent.id);
    parent = parent.parentId !== null ? byId.get(parent.parentId) : undefined;
  }
  return path;
}

/**
 * A theme by its id, its path ("Housing/Rent", case ignored) or its name when only one theme has it.
 */
export async function findTheme(db: RepositoryDb, text: string): Promise<Theme> {
  const byId = await db.themes.get(text);
  if (byId) return byId;
  const themes = await db.themes.toArray();
  const byIdMap = new Map(themes.map((t) => [t.id, t]));
  const wanted = text.split('/').map((p) => p.trim().toLocaleLowerCase()).filter(Boolean);
  const key = wanted.join('/');
  const byPath = themes.filter((t) => themePath(t, byIdMap).join('/').toLocaleLowerCase() === key);
  if (byPath.length === 1) return byPath[0]!;
  // A name may itself contain "/" ("and/or"), so a whole-text name match is tried too.
  const name = text.trim().toLocaleLowerCase();
  const byName = themes.filter((t) => t.name.toLocaleLowerCase() === name);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) {
    const paths = byName.map((t) => themePath(t, byIdMap).join('/'));
    throw new DomainError('ambiguous', `Several themes are called "${text.trim()}"; give the path: ${paths.join(', ')}.`);
  }
  throw new DomainError('not-found', `There is no theme "${text}" in the codebook.`);
}
