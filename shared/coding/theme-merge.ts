// Merging and deleting themes without leaving orphans: segments, documents, sub-themes and memos follow.
import { isoNow, type Document, type Memo, type Segment, type Theme } from '../model';
import { mutate, type Draft, type MutationContext, type RepositoryDb } from '../db';
import { DomainError, type Result } from '../result';
import { descendantIds, renumber, siblingsOf } from './codebook';
import { deleteSegmentRow, plural, requireTheme, unique } from './lookups';

/** Re-parents the children of `fromId` under `toParentId`, after its existing children; a name clash is refused. */
async function adoptChildren(db: RepositoryDb, draft: Draft, fromId: string, toParentId: string | null, now: string): Promise<void> {
  const children = await siblingsOf(db, fromId);
  const existing = (await siblingsOf(db, toParentId)).filter((t) => t.id !== fromId);
  const taken = new Map(existing.map((t) => [t.name.toLocaleLowerCase(), t.name]));
  for (const child of children) {
    const clash = taken.get(child.name.toLocaleLowerCase());
    if (clash !== undefined) {
      throw new DomainError('name-taken', `The sub-theme "${child.name}" would sit next to a theme called "${clash}"; rename one first.`);
    }
  }
  await renumber(draft, existing, now);
  for (const [index, child] of children.entries()) {
    await draft.put<Theme>('themes', { ...child, parentId: toParentId, order: existing.length + index, updatedAt: now });
  }
}

/** Moves memos on theme `fromId` (and matrix-cell memos of its column) to `toId`; with toId null they are deleted. */
async function moveThemeMemos(db: RepositoryDb, draft: Draft, fromId: string, toId: string | null, now: string): Promise<void> {
  for (const memo of await db.memos.toArray()) {
    const onTheme = memo.targetType === 'theme' && memo.targetId === fromId;
    const [themeId, cityId] = memo.targetId.split('|');
    const onCell = memo.targetType === 'cell' && themeId === fromId;
    if (!onTheme && !onCell) continue;
    if (toId === null) await draft.delete('memos', memo.id);
    else await draft.put<Memo>('memos', { ...memo, targetId: onTheme ? toId : `${toId}|${cityId ?? ''}`, updatedAt: now });
  }
}

/** Merges `mergeId` into `keepId`: every segment, document, sub-theme and memo of the merged theme moves to the kept one. */
export async function mergeThemes(db: RepositoryDb, ctx: MutationContext, keepId: string, mergeId: string): Promise<Result<Theme>> {
  return mutate(db, ctx, 'Merged themes', async (draft) => {
    if (keepId === mergeId) throw new DomainError('same-theme', 'A theme cannot be merged into itself.');
    const keep = await requireTheme(db, keepId);
    const merged = await requireTheme(db, mergeId);
    if ((await descendantIds(db, mergeId)).has(keepId)) {
      throw new DomainError('cycle', `"${merged.name}" cannot be merged into its own sub-theme "${keep.name}".`);
    }
    const now = isoNow(ctx.clock);
    for (const segment of await db.segments.where('themeIds').equals(mergeId).toArray()) {
      const themeIds = unique(segment.themeIds.map((id) => (id === mergeId ? keepId : id)));
      await draft.put<Segment>('segments', { ...segment, themeIds, updatedAt: now });
    }
    for (const doc of await db.documents.where('themeIds').equals(mergeId).toArray()) {
      const themeIds = unique(doc.themeIds.map((id) => (id === mergeId ? keepId : id)));
      await draft.put<Document>('documents', { ...doc, themeIds, updatedAt: now });
    }
    await adoptChildren(db, draft, mergeId, keepId, now);
    await moveThemeMemos(db, draft, mergeId, keepId, now);
    await draft.delete('themes', mergeId);
    await renumber(draft, (await siblingsOf(db, merged.parentId)).filter((t) => t.id !== mergeId), now);
    return (await db.themes.get(keepId))!;
  });
}

export interface ThemeUsage {
  segments: number;
  documents: number;
  children: number;
}

export async function themeUsage(db: RepositoryDb, themeId: string): Promise<ThemeUsage> {
  const [segments, documents, children] = await Promise.all([
    db.segments.where('themeIds').equals(themeId).count(),
    db.documents.where('themeIds').equals(themeId).count(),
    db.themes.where('parentId').equals(themeId).count(),
  ]);
  return { segments, documents, children };
}

/**
 * Deletes a theme. When passages or documents use it or it has sub-themes, refuses with the counts unless
 * `force`: passages coded only with it are deleted (with their memos), others lose it, documents lose it, sub-themes move up
 * to the deleted theme's parent, and its memos are deleted.
 */
export async function deleteTheme(
  db: RepositoryDb,
  ctx: MutationContext,
  themeId: string,
  options: { force?: boolean } = {},
): Promise<Result<Theme>> {
  return mutate(db, ctx, 'Deleted a theme', async (draft) => {
    const theme = await requireTheme(db, themeId);
    const usage = await themeUsage(db, themeId);
    if ((usage.segments > 0 || usage.documents > 0 || usage.children > 0) && !options.force) {
      throw new DomainError(
        'in-use',
        `"${theme.name}" codes ${plural(usage.segments, 'passage')} and ${plural(usage.documents, 'document')} ` +
          `and has ${plural(usage.children, 'sub-theme')}; delete it anyway to remove it from them.`,
      );
    }
    const now = isoNow(ctx.clock);
    for (const segment of await db.segments.where('themeIds').equals(themeId).toArray()) {
      const themeIds = segment.themeIds.filter((id) => id !== themeId);
      if (themeIds.length === 0) await deleteSegmentRow(db, draft, segment.id);
      else await draft.put<Segment>('segments', { ...segment, themeIds, updatedAt: now });
    }
    for (const doc of await db.documents.where('themeIds').equals(themeId).toArray()) {
      await draft.put<Document>('documents', { ...doc, themeIds: doc.themeIds.filter((id) => id !== themeId), updatedAt: now });
    }
    await adoptChildren(db, draft, themeId, theme.parentId, now);
    await moveThemeMemos(db, draft, themeId, null, now);
    await draft.delete('themes', themeId);
    await renumber(draft, (await siblingsOf(db, theme.parentId)).filter((t) => t.id !== themeId), now);
    return theme;
  });
}
