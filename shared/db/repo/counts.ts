// How much a repository holds: the figures `comparanda info` and the status bar show.
import type { RepositoryDb } from '../database';

export interface RepositoryCounts {
  documents: number;
  cities: number;
  themes: number;
  segments: number;
  memos: number;
  chapters: number;
}

export async function countRepository(db: RepositoryDb): Promise<RepositoryCounts> {
  const [documents, cities, themes, segments, memos, chapters] = await Promise.all([
    db.documents.count(),
    db.cities.count(),
    db.themes.count(),
    db.segments.count(),
    db.memos.count(),
    db.chapters.count(),
  ]);
  return { documents, cities, themes, segments, memos, chapters };
}
