// Repository functions for the theme codebook.
import { isoNow, randomId, themeSchema, type IdGenerator, type Theme } from '../../model';
import { DomainError, type Result } from '../../result';
import { mutate, type MutationContext } from '../changes';
import type { RepositoryDb } from '../database';
import { validRow } from '../validate';

export interface NewTheme {
  name: string;
  parentId?: string | null;
  colour?: string;
  description?: string;
}

export const THEME_PALETTE = ['#4c6ef5', '#12b886', '#fab005', '#fa5252', '#7950f2', '#15aabf', '#fd7e14', '#e64980', '#40c057', '#868e96'];

export async function createTheme(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  input: NewTheme,
): Promise<Result<Theme>> {
  return mutate(db, ctx, `Added theme ${input.name}`, async (draft) => {
    const parentId = input.parentId ?? null;
    if (parentId && !(await db.themes.get(parentId))) {
      throw new DomainError('not-found', 'The parent theme is no longer in the codebook.');
    }
    const siblings = await db.themes.filter((t) => t.parentId === parentId).toArray();
    const wanted = input.name.trim().toLocaleLowerCase();
    if (siblings.some((t) => t.name.toLocaleLowerCase() === wanted)) {
      throw new DomainError('name-taken', `There is already a theme called "${input.name.trim()}" here.`);
    }
    const now = isoNow(ctx.clock);
    const count = await db.themes.count();
    const theme = validRow(
      themeSchema,
      {
        id: (ctx.newId ?? randomId)(),
        parentId,
        name: input.name.trim(),
        colour: input.colour ?? THEME_PALETTE[count % THEME_PALETTE.length],
        description: input.description ?? '',
        order: siblings.length,
        createdAt: now,
        updatedAt: now,
      },
      'theme',
    );
    await draft.put('themes', theme);
    return theme;
  });
}

export async function listThemes(db: RepositoryDb): Promise<Theme[]> {
  const all = await db.themes.toArray();
  return all.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
