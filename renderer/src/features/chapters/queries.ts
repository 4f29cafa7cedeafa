// The chapters' live reads: the chapter list, one chapter, the chapter with its quotes and tables looked up, and the codebook lists.
import { useLiveQuery } from 'dexie-react-hooks';
import { listChapters, resolveChapter, type ResolvedChapter } from '../../../../shared/chapters';
import { listCities, listThemes, type RepositoryDb } from '../../../../shared/db';
import type { Chapter, City, Theme } from '../../../../shared/model';

export function useChapterList(db: RepositoryDb): Chapter[] | undefined {
  return useLiveQuery(() => listChapters(db), [db]);
}

/** The chapter, null when it is gone, undefined while loading. */
export function useChapter(db: RepositoryDb, chapterId: string | null): Chapter | null | undefined {
  return useLiveQuery(async () => (chapterId ? ((await db.chapters.get(chapterId)) ?? null) : null), [db, chapterId]);
}

/** The chapter's quotes, tables and comparisons as they are now: follows coding, deletions and summaries. */
export function useResolvedChapter(db: RepositoryDb, chapterId: string): ResolvedChapter | null | undefined {
  return useLiveQuery(async () => {
    const chapter = await db.chapters.get(chapterId);
    return chapter ? resolveChapter(db, chapter) : null;
  }, [db, chapterId]);
}

export interface Codebook {
  themes: Theme[];
  cities: City[];
}

export function useCodebookLists(db: RepositoryDb): Codebook | undefined {
  return useLiveQuery(async () => ({ themes: await listThemes(db), cities: await listCities(db) }), [db]);
}
