// Repository functions for cities (the cases of a comparison).
import { citySchema, isoNow, randomId, type City, type IdGenerator } from '../../model';
import { DomainError, type Result } from '../../result';
import { mutate, type MutationContext } from '../changes';
import type { RepositoryDb } from '../database';
import { validRow } from '../validate';

export interface NewCity {
  name: string;
  country?: string;
  aliases?: string[];
  latitude?: number;
  longitude?: number;
}

export async function createCity(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  input: NewCity,
): Promise<Result<City>> {
  return mutate(db, ctx, `Added city ${input.name}`, async (draft) => {
    const existing = await findCityByName(db, input.name);
    if (existing) throw new DomainError('name-taken', `There is already a city called ${existing.name}.`);
    const city = newCityRow(input, (ctx.newId ?? randomId)(), isoNow(ctx.clock));
    await draft.put('cities', city);
    return city;
  });
}

/** A validated city row, for mutations that create cities among other changes (one undo step). */
export function newCityRow(input: NewCity, id: string, now: string): City {
  return validRow(
    citySchema,
    {
      id,
      name: input.name.trim(),
      country: (input.country ?? '').toUpperCase(),
      aliases: input.aliases ?? [],
      latitude: input.latitude,
      longitude: input.longitude,
      attributes: {},
      createdAt: now,
      updatedAt: now,
    },
    'city',
  );
}

/** Finds a city by its name or any alias, ignoring case. */
export async function findCityByName(db: RepositoryDb, name: string): Promise<City | undefined> {
  const wanted = name.trim().toLocaleLowerCase();
  return db.cities
    .filter((c) => c.name.toLocaleLowerCase() === wanted || c.aliases.some((a) => a.toLocaleLowerCase() === wanted))
    .first();
}

export async function listCities(db: RepositoryDb): Promise<City[]> {
  return db.cities.orderBy('name').toArray();
}
