// Side-by-side reading: one column per city with the quotes of one theme; a cell's drill-down is one such column.
import type { RepositoryDb } from '../db';
import type { City, Theme } from '../model';
import { cellKey } from '../model';
import type { CellSummary, CompareData } from './compare-data';
import { countedSegments } from './counted';
import type { CompareFilters } from './filters';
import { quoteOf, type Quote } from './quote';
import { themeRows } from './theme-rows';

export interface SideBySideOptions {
  filters?: CompareFilters;
  /** Also the passages coded with themes beneath this one in the codebook. */
  withSubThemes?: boolean;
}

export interface SideBySideColumn {
  city: City;
  /** The column's quotes, by document title then position; each names the column's city. */
  quotes: Quote[];
  summary?: CellSummary;
}

export interface SideBySide {
  theme: Theme;
  columns: SideBySideColumn[];
}

/** The themes whose passages a row shows: the theme, and with `withSubThemes` every theme beneath it. */
function rowThemeIds(data: Pick<CompareData, 'themes'>, themeId: string, withSubThemes: boolean): Set<string> {
  if (!withSubThemes) return new Set([themeId]);
  const row = themeRows(data.themes).find((r) => r.theme.id === themeId);
  return new Set([themeId, ...(row?.descendantIds ?? [])]);
}

/** The documents whose texts `sideBySide` needs for this theme and these cities. */
export function documentsToRead(data: CompareData, themeId: string, cityIds: readonly string[], options: SideBySideOptions = {}): string[] {
  const themes = rowThemeIds(data, themeId, options.withSubThemes ?? false);
  const cities = new Set(cityIds);
  const ids = countedSegments(data, options.filters)
    .filter((c) => c.segment.themeIds.some((t) => themes.has(t)) && c.cityIds.some((id) => cities.has(id)))
    .map((c) => c.document.id);
  return [...new Set(ids)];
}

/** Reads the texts of `documentIds` (immutable, so a caller may keep them). */
export async function loadTexts(db: RepositoryDb, documentIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.texts.bulkGet([...documentIds]);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.text] as const] : [])));
}

/** One column per city (in the order given) with the quotes of `themeId` counted under that city. */
export function sideBySide(
  data: CompareData,
  texts: ReadonlyMap<string, string>,
  themeId: string,
  cityIds: readonly string[],
  options: SideBySideOptions = {},
): SideBySide {
  const theme = data.themes.find((t) => t.id === themeId);
  if (!theme) throw new Error(`No theme ${themeId} in the comparison data.`);
  const themes = rowThemeIds(data, themeId, options.withSubThemes ?? false);
  const citiesById = new Map(data.cities.map((c) => [c.id, c]));
  const counted = countedSegments(data, options.filters).filter((c) => c.segment.themeIds.some((t) => themes.has(t)));
  const columns = cityIds.flatMap((cityId): SideBySideColumn[] => {
    const city = citiesById.get(cityId);
    if (!city) return [];
    const quotes = counted
      .filter((c) => c.cityIds.includes(cityId))
      .sort((a, b) => a.document.title.localeCompare(b.document.title) || a.segment.start - b.segment.start)
      .map((c) => ({ ...quoteOf(c.segment, c.document, texts.get(c.document.id) ?? '', citiesById), cityId, cityName: city.name }));
    const summary = data.summaries.get(cellKey(themeId, cityId));
    return [{ city, quotes, ...(summary ? { summary } : {}) }];
  });
  return { theme, columns };
}

/** The quotes of one matrix cell (theme × city). */
export function cellQuotes(data: CompareData, texts: ReadonlyMap<string, string>, themeId: string, cityId: string, options: SideBySideOptions = {}): Quote[] {
  return sideBySide(data, texts, themeId, [cityId], options).columns[0]?.quotes ?? [];
}
