// Codebook edits: rename, recolour/describe and move themes in the tree, keeping sibling names unique.
import { isoNow, themeSchema, type Theme } from '../model';
import { mutate, type Draft, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { requireTheme } from './lookups';

/** The themes under one parent, in their order. */
export async function siblingsOf(db: RepositoryDb, parentId: string | null): Promise<Theme[]> {
  const rows = await db.themes.filter((t) => t.parentId === parentId).toArray();
  return rows.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** Refuses a name that a sibling (other than `selfId`) already carries, ignoring case. */
export async function assertFreeName(db: RepositoryDb, parentId: string | null, name: string, selfId?: string): Promise<void> {
  const wanted = name.trim().toLocaleLowerCase();
  const clash = (await siblingsOf(db, parentId)).find((t) => t.id !== selfId && t.name.toLocaleLowerCase() === wanted);
  if (clash) throw new DomainError('name-taken', `There is already a theme called "${clash.name}" here.`);
}

/** Every descendant id of a theme (children, grandchildren …). */
export async function descendantIds(db: RepositoryDb, themeId: string): Promise<Set<string>> {
  const all = await db.themes.toArray();
  const children = new Map<string, string[]>();
  for (const t of all) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const found = new Set<string>();
  const stack = [...(children.get(themeId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/** Writes `order` 0…n-1 for the siblings as listed, touching only rows whose order changes. */
export async function renumber(draft: Draft, siblings: Theme[], now: string): Promise<void> {
  for (const [index, theme] of siblings.entries()) {
    if (theme.order !== index) await draft.put('themes', { ...theme, order: index, updatedAt: now });
  }
}

export async function renameTheme(db: RepositoryDb, ctx: MutationContext, themeId: string, name: string): Promise<Result<Theme>> {
  return mutate(db, ctx, `Renamed theme to ${name.trim()}`, async (draft) => {
    const theme = await requireTheme(db, themeId);
    await assertFreeName(db, theme.parentId, name, themeId);
    const next = validRow(themeSchema, { ...theme, name: name.trim(), updatedAt: isoNow(ctx.clock) }, 'theme');
    await draft.put('themes', next);
    return next;
  });
}

export async function updateTheme(
  db: RepositoryDb,
  ctx: MutationContext,
  themeId: string,
  edit: { colour?: string; description?: string },
): Promise<Result<Theme>> {
  return mutate(db, ctx, 'Edited a theme', async (draft) => {
    const theme = await requireTheme(db, themeId);
    const next = validRow(
      themeSchema,
      {
        ...theme,
        ...(edit.colour !== undefined ? { colour: edit.colour.trim() } : {}),
        ...(edit.description !== undefined ? { description: edit.description } : {}),
        updatedAt: isoNow(ctx.clock),
      },
      'theme',
    );
    await draft.put('themes', next);
    return next;
  });
}

/**
 * Moves a theme under `newParentId` (null: top level) at position `index` among its new siblings
 * (clamped; omitted: last). Refuses moving a theme under itself or one of its descendants.
 */
export async function moveTheme(
  db: RepositoryDb,
  ctx: MutationContext,
  themeId: string,
  newParentId: string | null,
  index?: number,
): Promise<Result<Theme>> {
  return mutate(db, ctx, 'Moved a theme', async (draft) => {
    const theme = await requireTheme(db, themeId);
    if (newParentId !== null) {
      await requireTheme(db, newParentId);
      if (newParentId === themeId || (await descendantIds(db, themeId)).has(newParentId)) {
        throw new DomainError('cycle', `"${theme.name}" cannot be moved under itself or one of its own sub-themes.`);
      }
    }
    if (newParentId !== theme.parentId) await assertFreeName(db, newParentId, theme.name, themeId);
    const now = isoNow(ctx.clock);
    const moved: Theme = { ...theme, parentId: newParentId, updatedAt: now };
    const siblings = (await siblingsOf(db, newParentId)).filter((t) => t.id !== themeId);
    const at = Math.max(0, Math.min(index ?? siblings.length, siblings.length));
    siblings.splice(at, 0, moved);
    await draft.put('themes', { ...moved, order: at });
    await renumber(draft, siblings.map((t) => (t.id === themeId ? { ...moved, order: at } : t)), now);
    if (newParentId !== theme.parentId) await renumber(draft, (await siblingsOf(db, theme.parentId)).filter((t) => t.id !== themeId), now);
    return (await db.themes.get(themeId))!;
  });
}
