// The chapters' live reads: the chapter list and one chapter.
import { useLiveQuery } from 'dexie-react-hooks';
import { listChapters } from '../../../../shared/chapters';
import type { RepositoryDb } from '../../../../shared/db';
import type { Chapter } from '../../../../shared/model';

export function useChapterList(db: RepositoryDb): Chapter[] | undefined {
  return useLiveQuery(() => listChapters(db), [db]);
}

/** The chapter, null when it is gone, undefined while loading. */
export function useChapter(db: RepositoryDb, chapterId: string | null): Chapter | null | undefined {
  return useLiveQuery(async () => (chapterId ? ((await db.chapters.get(chapterId)) ?? null) : null), [db, chapterId]);
}
