// City suggestions for an imported text: the gazetteer cities it mentions most, and tagging a document with chosen ones.
import { mutate, newCityRow, type MutationContext } from '../../db';
import type { RepositoryDb } from '../../db';
import { chooseSuggestions, findCityMentions, foldWord, type Gazetteer } from '../../gazetteer';
import { randomId, isoNow, documentSchema, type City, type Document, type IdGenerator } from '../../model';
import { DomainError, type Result } from '../../result';
import { validRow } from '../../db/validate';
import type { CitySuggestion } from './types';

/** At most this many cities are proposed for one document. */
export const MAX_SUGGESTIONS = 5;

/** The repository's cities by every folded name and alias. */
export async function citiesByName(db: RepositoryDb): Promise<Map<string, City>> {
  const byName = new Map<string, City>();
  for (const city of await db.cities.toArray()) {
    for (const name of [city.name, ...city.aliases]) {
      const key = foldWord(name.trim());
      if (!byName.has(key)) byName.set(key, city);
    }
  }
  return byName;
}

function existingCity(names: string[], known: Map<string, City>): City | undefined {
  for (const name of names) {
    const city = known.get(foldWord(name.trim()));
    if (city) return city;
  }
  return undefined;
}

/** The cities `text` mentions most (most-mentioned first), each linked to the repository's city when it has one. */
export interface SuggestOptions {
  /** The text's ISO 639-3 language: in Czech, Polish, Russian … case forms ("w Krakowie") count too. */
  language?: string;
  /** The repository's cities by name (citiesByName), when the caller has them already. */
  known?: Map<string, City>;
}

export async function suggestCitiesFor(
  db: RepositoryDb,
  text: string,
  gazetteer: Gazetteer,
  options: SuggestOptions = {},
): Promise<CitySuggestion[]> {
  const mentions = chooseSuggestions(findCityMentions(text, gazetteer, { language: options.language }), MAX_SUGGESTIONS);
  if (mentions.length === 0) return [];
  const byName = options.known ?? (await citiesByName(db));
  return mentions.map(({ city, mentions: count }) => ({
    name: city.name,
    country: city.country,
    aliases: city.aliases,
    latitude: city.latitude,
    longitude: city.longitude,
    mentions: count,
    existingCityId: existingCity([city.name, ...city.aliases], byName)?.id ?? null,
  }));
}

export interface AcceptedCities {
  document: Document;
  /** Cities the repository did not have and now has. */
  created: City[];
}

/** Tags the document with the chosen cities, creating those the repository lacks, as one undoable change. */
export async function acceptCitySuggestions(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  documentId: string,
  suggestions: CitySuggestion[],
): Promise<Result<AcceptedCities>> {
  const names = suggestions.map((s) => s.name).join(', ');
  const title = (await db.documents.get(documentId))?.title;
  return mutate(db, ctx, title ? `Tagged "${title}" with ${names}` : `Tagged with ${names}`, async (draft) => {
    const document = await draft.get<Document>('documents', documentId);
    if (!document) throw new DomainError('not-found', 'That document is no longer in the repository.');
    const now = isoNow(ctx.clock);
    const known = await citiesByName(db);
    const created: City[] = [];
    const cityIds = [...document.cityIds];
    for (const suggestion of suggestions) {
      const linked = suggestion.existingCityId ? await draft.get<City>('cities', suggestion.existingCityId) : undefined;
      let city = linked ?? existingCity([suggestion.name, ...suggestion.aliases], known);
      if (!city) {
        city = newCityRow(
          {
            name: suggestion.name,
            country: suggestion.country,
            aliases: suggestion.aliases,
            ...(suggestion.latitude !== undefined ? { latitude: suggestion.latitude } : {}),
            ...(suggestion.longitude !== undefined ? { longitude: suggestion.longitude } : {}),
          },
          (ctx.newId ?? randomId)(),
          now,
        );
        await draft.put('cities', city);
        created.push(city);
        for (const name of [city.name, ...city.aliases]) known.set(foldWord(name.trim()), city);
      }
      if (!cityIds.includes(city.id)) cityIds.push(city.id);
    }
    const next = validRow(documentSchema, { ...document, cityIds, updatedAt: now }, 'document');
    await draft.put('documents', next);
    return { document: next, created };
  });
}
