// The Codebook's live read: the theme tree with how many passages each theme codes.
import { useLiveQuery } from 'dexie-react-hooks';
import { listThemes, type RepositoryDb } from '../../../../shared/db';
import { themeTree, type ThemeNode } from '../../../../shared/library';
import type { Segment } from '../../../../shared/model';

export function useThemeTree(db: RepositoryDb): ThemeNode[] | undefined {
  return useLiveQuery(async () => {
    const themes = await listThemes(db);
    const segments: Pick<Segment, 'id' | 'themeIds'>[] = [];
    await db.segments.each((s) => {
      segments.push({ id: s.id, themeIds: s.themeIds });
    });
    return themeTree(themes, segments);
  }, [db]);
}
