// Compare's live reads: the comparison data, a cell's quotes and a theme's side-by-side columns, following every change.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  documentsToRead,
  loadCompareData,
  loadQuotes,
  loadTexts,
  sideBySide,
  type CompareData,
  type Quote,
  type SideBySide,
  type SideBySideOptions,
} from '../../../../shared/compare';
import type { RepositoryDb } from '../../../../shared/db';

export function useCompareData(db: RepositoryDb): CompareData | undefined {
  return useLiveQuery(() => loadCompareData(db), [db]);
}

/** The quotes of the given passages, in that order; deleted passages are left out. */
export function useQuotes(db: RepositoryDb, segmentIds: readonly string[] | null): Quote[] | undefined {
  const key = segmentIds?.join(',') ?? '';
  return useLiveQuery(async () => {
    if (!segmentIds) return [];
    const quotes = await loadQuotes(db, segmentIds);
    return segmentIds.flatMap((id) => {
      const quote = quotes.get(id);
      return quote ? [quote] : [];
    });
  }, [db, key]);
}

export function useSideBySide(
  db: RepositoryDb,
  data: CompareData | undefined,
  themeId: string | null,
  cityIds: readonly string[],
  options: SideBySideOptions,
): SideBySide | undefined {
  const optionsKey = JSON.stringify(options);
  return useLiveQuery(async () => {
    if (!data || !themeId || !data.themes.some((t) => t.id === themeId)) return undefined;
    const texts = await loadTexts(db, documentsToRead(data, themeId, cityIds, options));
    return sideBySide(data, texts, themeId, cityIds, options);
  }, [db, data, themeId, cityIds.join(','), optionsKey]);
}
