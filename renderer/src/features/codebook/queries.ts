// The Codebook's live reads: the theme tree with passage counts, document counts per theme, and the cities with their usage.
import { useLiveQuery } from 'dexie-react-hooks';
import { themeCounts, type ThemeCount } from '../../../../shared/coding';
import { listCities, listThemes, type RepositoryDb } from '../../../../shared/db';
import { themeTree, type ThemeNode } from '../../../../shared/library';
import type { AttributeDefinition, City, Segment, Theme } from '../../../../shared/model';

export interface CodebookData {
  nodes: ThemeNode[];
  themes: Theme[];
  counts: Map<string, ThemeCount>;
}

export function useCodebook(db: RepositoryDb): CodebookData | undefined {
  return useLiveQuery(async () => {
    const themes = await listThemes(db);
    const segments: Pick<Segment, 'id' | 'themeIds'>[] = [];
    await db.segments.each((s) => {
      segments.push({ id: s.id, themeIds: s.themeIds });
    });
    return { nodes: themeTree(themes, segments), themes, counts: await themeCounts(db) };
  }, [db]);
}

/** Kept for callers of the read-only tree. */
export function useThemeTree(db: RepositoryDb): ThemeNode[] | undefined {
  return useCodebook(db)?.nodes;
}

export interface CityRow extends City {
  documents: number;
  segments: number;
}

export function useCityRows(db: RepositoryDb): CityRow[] | undefined {
  return useLiveQuery(async () => {
    const [cities, documents, segments] = await Promise.all([listCities(db), db.documents.toArray(), db.segments.toArray()]);
    return cities.map((c) => ({
      ...c,
      documents: documents.filter((d) => d.cityIds.includes(c.id)).length,
      segments: segments.filter((s) => s.cityId === c.id).length,
    }));
  }, [db]);
}

export interface AttributeRow extends AttributeDefinition {
  /** How many documents (or cities) hold a value. */
  holders: number;
}

/** Attribute definitions for documents, then for cities, by name, each with how many rows hold a value. */
export function useAttributeRows(db: RepositoryDb): AttributeRow[] | undefined {
  return useLiveQuery(async () => {
    const [definitions, documents, cities] = await Promise.all([db.attributeDefinitions.toArray(), db.documents.toArray(), db.cities.toArray()]);
    const holders = (d: AttributeDefinition) =>
      (d.appliesTo === 'document' ? documents : cities).filter((row) => Object.keys(row.attributes).some((k) => k.toLocaleLowerCase() === d.name.toLocaleLowerCase())).length;
    return definitions
      .sort((a, b) => a.appliesTo.localeCompare(b.appliesTo) * -1 || a.name.localeCompare(b.name))
      .map((d) => ({ ...d, holders: holders(d) }));
  }, [db]);
}
