// Counts per theme for the codebook tree: passages and documents, directly and including sub-themes.
import type { RepositoryDb } from '../db';

export interface ThemeCount {
  /** Passages coded with this theme. */
  segments: number;
  /** Documents with a passage coded with it or tagged with it as a whole. */
  documents: number;
  /** The same, counting the theme and all its sub-themes (each passage and document once). */
  segmentsWithDescendants: number;
  documentsWithDescendants: number;
}

export async function themeCounts(db: RepositoryDb): Promise<Map<string, ThemeCount>> {
  const [themes, segments, documents] = await Promise.all([db.themes.toArray(), db.segments.toArray(), db.documents.toArray()]);
  const segmentsOf = new Map<string, Set<string>>();
  const documentsOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, themeId: string, id: string) => {
    let set = map.get(themeId);
    if (!set) map.set(themeId, (set = new Set()));
    set.add(id);
  };
  for (const s of segments) {
    for (const t of s.themeIds) {
      add(segmentsOf, t, s.id);
      add(documentsOf, t, s.documentId);
    }
  }
  for (const d of documents) for (const t of d.themeIds) add(documentsOf, t, d.id);
  const children = new Map<string, string[]>();
  for (const t of themes) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const subtree = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(children.get(id) ?? []).flatMap((c) => subtree(c, seen))];
  };
  const counts = new Map<string, ThemeCount>();
  for (const theme of themes) {
    const ids = subtree(theme.id);
    const union = (map: Map<string, Set<string>>) => new Set(ids.flatMap((id) => [...(map.get(id) ?? [])])).size;
    counts.set(theme.id, {
      segments: segmentsOf.get(theme.id)?.size ?? 0,
      documents: documentsOf.get(theme.id)?.size ?? 0,
      segmentsWithDescendants: union(segmentsOf),
      documentsWithDescendants: union(documentsOf),
    });
  }
  return counts;
}
