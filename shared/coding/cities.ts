// City edits: update, merge two cities (every reference follows) and delete (asks when documents use it).
import { citySchema, isoNow, type City, type Document, type Memo, type Segment } from '../model';
import { findCityByName, mutate, type Draft, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { plural, requireCity, unique } from './lookups';

export interface CityEdit {
  name?: string;
  country?: string;
  aliases?: string[];
  /** null removes the coordinates. */
  latitude?: number | null;
  longitude?: number | null;
}

export async function updateCity(db: RepositoryDb, ctx: MutationContext, cityId: string, edit: CityEdit): Promise<Result<City>> {
  return mutate(db, ctx, `Edited city ${edit.name ?? ''}`.trimEnd(), async (draft) => {
    const current = await requireCity(db, cityId);
    if (edit.name !== undefined) {
      const other = await findCityByName(db, edit.name);
      if (other && other.id !== cityId) throw new DomainError('name-taken', `There is already a city called ${other.name}.`);
    }
    const next: Record<string, unknown> = {
      ...current,
      ...(edit.name !== undefined ? { name: edit.name.trim() } : {}),
      ...(edit.country !== undefined ? { country: edit.country.trim().toUpperCase() } : {}),
      ...(edit.aliases !== undefined ? { aliases: unique(edit.aliases.map((a) => a.trim()).filter(Boolean)) } : {}),
      updatedAt: isoNow(ctx.clock),
    };
    for (const key of ['latitude', 'longitude'] as const) {
      const value = edit[key];
      if (value === null) delete next[key];
      else if (value !== undefined) next[key] = value;
    }
    const city = validRow(citySchema, next, 'city');
    await draft.put('cities', city);
    return city;
  });
}

/** Merges `mergeId` into `keepId`: documents, segments, memos and attributes follow; the merged city's names become aliases. */
export async function mergeCities(db: RepositoryDb, ctx: MutationContext, keepId: string, mergeId: string): Promise<Result<City>> {
  return mutate(db, ctx, 'Merged cities', async (draft) => {
    if (keepId === mergeId) throw new DomainError('same-city', 'A city cannot be merged into itself.');
    const keep = await requireCity(db, keepId);
    const merged = await requireCity(db, mergeId);
    const now = isoNow(ctx.clock);
    for (const doc of await db.documents.where('cityIds').equals(mergeId).toArray()) {
      const cityIds = unique(doc.cityIds.map((id) => (id === mergeId ? keepId : id)));
      await draft.put<Document>('documents', { ...doc, cityIds, updatedAt: now });
    }
    for (const segment of await db.segments.where('cityId').equals(mergeId).toArray()) {
      await draft.put<Segment>('segments', { ...segment, cityId: keepId, updatedAt: now });
    }
    for (const memo of await db.memos.where('[targetType+targetId]').equals(['city', mergeId]).toArray()) {
      await draft.put<Memo>('memos', { ...memo, targetId: keepId, updatedAt: now });
    }
    await moveCellMemos(db, draft, mergeId, keepId, now);
    const names = new Set([keep.name.toLocaleLowerCase()]);
    const aliases = [...keep.aliases, merged.name, ...merged.aliases].filter((a) => {
      const key = a.toLocaleLowerCase();
      if (names.has(key)) return false;
      names.add(key);
      return true;
    });
    const city = validRow(
      citySchema,
      {
        ...keep,
        country: keep.country || merged.country,
        aliases,
        latitude: keep.latitude ?? merged.latitude,
        longitude: keep.longitude ?? merged.longitude,
        // The kept city's values win; the merged city fills the attributes the kept one lacks.
        attributes: { ...merged.attributes, ...keep.attributes },
        updatedAt: now,
      },
      'city',
    );
    await draft.put('cities', city);
    await draft.delete('cities', mergeId);
    return city;
  });
}

/** Matrix-cell memos ("themeId|cityId") follow a merged city. */
async function moveCellMemos(
  db: RepositoryDb,
  draft: Draft,
  fromCityId: string,
  toCityId: string,
  now: string,
): Promise<void> {
  const cells = await db.memos.where('targetType').equals('cell').toArray();
  for (const memo of cells) {
    const [themeId, cityId] = memo.targetId.split('|');
    if (cityId === fromCityId) await draft.put<Memo>('memos', { ...memo, targetId: `${themeId}|${toCityId}`, updatedAt: now });
  }
}

/** How many documents and coded passages refer to a city. */
export async function cityUsage(db: RepositoryDb, cityId: string): Promise<{ documents: number; segments: number }> {
  const [documents, segments] = await Promise.all([
    db.documents.where('cityIds').equals(cityId).count(),
    db.segments.where('cityId').equals(cityId).count(),
  ]);
  return { documents, segments };
}

/**
 * Deletes a city. When documents or passages use it, refuses with the counts unless `force`:
 * then documents drop the city, passages lose their override, and its memos are deleted.
 */
export async function deleteCity(
  db: RepositoryDb,
  ctx: MutationContext,
  cityId: string,
  options: { force?: boolean } = {},
): Promise<Result<City>> {
  return mutate(db, ctx, 'Deleted a city', async (draft) => {
    const city = await requireCity(db, cityId);
    const usage = await cityUsage(db, cityId);
    if ((usage.documents > 0 || usage.segments > 0) && !options.force) {
      throw new DomainError(
        'in-use',
        `${city.name} is used by ${plural(usage.documents, 'document')} and ${plural(usage.segments, 'coded passage')}; ` +
          'delete it anyway to remove it from them.',
      );
    }
    const now = isoNow(ctx.clock);
    for (const doc of await db.documents.where('cityIds').equals(cityId).toArray()) {
      await draft.put<Document>('documents', { ...doc, cityIds: doc.cityIds.filter((id) => id !== cityId), updatedAt: now });
    }
    for (const segment of await db.segments.where('cityId').equals(cityId).toArray()) {
      await draft.put<Segment>('segments', { ...segment, cityId: null, updatedAt: now });
    }
    for (const memo of await db.memos.toArray()) {
      const onCity = memo.targetType === 'city' && memo.targetId === cityId;
      const onCell = memo.targetType === 'cell' && memo.targetId.split('|')[1] === cityId;
      if (onCity || onCell) await draft.delete('memos', memo.id);
    }
    await draft.delete('cities', cityId);
    return city;
  });
}
