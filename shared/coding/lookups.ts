// Reads shared by the coding mutations: a row that must exist, or a DomainError naming what is gone.
import type { City, Document, Segment, Theme } from '../model';
import type { Draft, RepositoryDb } from '../db';
import { DomainError } from '../result';

export async function requireDocument(db: RepositoryDb, id: string): Promise<Document> {
  const doc = await db.documents.get(id);
  if (!doc) throw new DomainError('not-found', 'That document is no longer in the repository.');
  return doc;
}

export async function requireTheme(db: RepositoryDb, id: string): Promise<Theme> {
  const theme = await db.themes.get(id);
  if (!theme) throw new DomainError('not-found', 'That theme is no longer in the codebook.');
  return theme;
}

export async function requireCity(db: RepositoryDb, id: string): Promise<City> {
  const city = await db.cities.get(id);
  if (!city) throw new DomainError('not-found', 'That city is no longer in the repository.');
  return city;
}

export async function requireSegment(db: RepositoryDb, id: string): Promise<Segment> {
  const segment = await db.segments.get(id);
  if (!segment) throw new DomainError('not-found', 'That coded passage is no longer in the repository.');
  return segment;
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** The array without duplicates, first occurrence kept. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Deletes a passage together with the memos written on it, so no memo points at nothing. */
export async function deleteSegmentRow(db: RepositoryDb, draft: Draft, segmentId: string): Promise<void> {
  for (const memo of await db.memos.where('[targetType+targetId]').equals(['segment', segmentId]).toArray()) {
    await draft.delete('memos', memo.id);
  }
  await draft.delete('segments', segmentId);
}
