// The city × theme matrix: rows follow the codebook tree, columns the cities grouped by country, with totals.
//
// Counting rules: a passage counts under its effective cities (its own city, else each of its document's
// cities) and under each of its themes exactly as coded — a passage coded with a parent theme counts in the
// parent's row only; the parent's rolled-up figures (for a collapsed row) add the rows beneath it. Totals
// count each passage once, so a row total can be less than the sum of its cells when a document belongs to
// several cities. "Share" divides the words coded by all words of the city's material: the documents of
// that city plus passages set to that city in documents of other cities.
import type { City } from '../model';
import { cellKey } from '../model';
import type { CellSummary, CompareData } from './compare-data';
import { countedSegments, filteredDocuments, type CountedSegment } from './counted';
import { figuresOf, measureOf, type CellFigures, type Measure } from './figures';
import type { CompareFilters } from './filters';
import { materialCounter } from './material';
import { themeRows, type ThemeRow } from './theme-rows';

export interface MatrixOptions {
  measure?: Measure;
  filters?: CompareFilters;
  /** Only these themes as rows (codebook order kept); absent = the whole codebook. */
  themeIds?: readonly string[];
  /** Only these cities as columns; absent = every city. */
  cityIds?: readonly string[];
}

export interface MatrixColumn {
  city: City;
  /** ISO 3166-1 alpha-2, or "" when unknown: the UI groups columns by it. */
  country: string;
  total: CellFigures;
  totalValue: number;
  /** Words of the city's material (the denominator of "share"). */
  materialWords: number;
}

export interface CountryGroup {
  country: string;
  cityIds: string[];
}

export interface MatrixCell {
  themeId: string;
  cityId: string;
  /** cellKey(themeId, cityId): the target id of the cell's summary memo. */
  key: string;
  figures: CellFigures;
  value: number;
  /** The passages in the cell, for the drill-down. */
  segmentIds: string[];
  summary?: CellSummary;
}

export interface RolledUpCell {
  figures: CellFigures;
  value: number;
  segmentIds: string[];
}

export interface MatrixRow extends ThemeRow {
  hasChildren: boolean;
  cells: MatrixCell[];
  total: CellFigures;
  totalValue: number;
  /** This row together with the shown rows beneath it, for a collapsed row. */
  rolledUp: { cells: RolledUpCell[]; total: CellFigures; totalValue: number };
}

export interface Matrix {
  measure: Measure;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  countries: CountryGroup[];
  grandTotal: CellFigures;
  grandTotalValue: number;
  /** The largest cell value, for heat shading. */
  max: number;
  /** The largest value including the rolled-up cells of collapsible rows, for shading a view with collapsed rows. */
  maxWithRolledUp: number;
  /** Documents passing the filters. */
  documentCount: number;
  /** Passages of the shown themes that count under no city (their document has none and they set none). */
  uncountedSegments: number;
}

/** Cities in column order: grouped by country (alphabetically, unknown country last), then by name. */
export function orderColumns(cities: readonly City[]): City[] {
  return [...cities].sort(
    (a, b) =>
      Number(a.country === '') - Number(b.country === '') ||
      a.country.localeCompare(b.country) ||
      a.name.localeCompare(b.name),
  );
}

function countryGroups(cities: readonly City[]): CountryGroup[] {
  const groups: CountryGroup[] = [];
  for (const city of cities) {
    const last = groups.at(-1);
    if (last && last.country === city.country) last.cityIds.push(city.id);
    else groups.push({ country: city.country, cityIds: [city.id] });
  }
  return groups;
}

function distinct(lists: Iterable<readonly CountedSegment[]>): CountedSegment[] {
  const seen = new Map<string, CountedSegment>();
  for (const list of lists) for (const c of list) seen.set(c.segment.id, c);
  return [...seen.values()];
}

export function computeMatrix(data: CompareData, options: MatrixOptions = {}): Matrix {
  const measure = options.measure ?? 'segments';
  const wantedCities = options.cityIds ? new Set(options.cityIds) : null;
  const cities = orderColumns(data.cities.filter((c) => !wantedCities || wantedCities.has(c.id)));
  const columnOf = new Map(cities.map((c, i) => [c.id, i]));
  const themeRowsList = themeRows(data.themes, options.themeIds);
  const rowOf = new Map(themeRowsList.map((r, i) => [r.theme.id, i]));
  const documents = filteredDocuments(data, options.filters);
  const counted = countedSegments(data, options.filters);

  const passages: CountedSegment[][][] = themeRowsList.map(() => cities.map(() => []));
  let uncountedSegments = 0;
  for (const c of counted) {
    const rowIndexes = c.segment.themeIds.flatMap((t) => (rowOf.has(t) ? [rowOf.get(t)!] : []));
    if (rowIndexes.length === 0) continue;
    if (c.cityIds.length === 0) uncountedSegments += 1;
    for (const cityId of c.cityIds) {
      const col = columnOf.get(cityId);
      if (col === undefined) continue;
      for (const row of rowIndexes) passages[row]![col]!.push(c);
    }
  }

  const materialWords = materialCounter([...documents.values()], counted, data.words);
  const allCityIds = cities.map((c) => c.id);
  const allMaterial = materialWords(allCityIds);
  const cityMaterial = cities.map((c) => materialWords([c.id]));
  let max = 0;
  let maxWithRolledUp = 0;
  const valued = (figures: CellFigures) => {
    const value = measureOf(figures, measure);
    return { figures, value };
  };

  const rows: MatrixRow[] = themeRowsList.map((row, r) => {
    const cells: MatrixCell[] = cities.map((city, col) => {
      const list = passages[r]![col]!;
      const { figures, value } = valued(figuresOf(list, data.words.segments, cityMaterial[col]!));
      max = Math.max(max, value);
      maxWithRolledUp = Math.max(maxWithRolledUp, value);
      const key = cellKey(row.theme.id, city.id);
      const summary = data.summaries.get(key);
      return { themeId: row.theme.id, cityId: city.id, key, figures, value, segmentIds: list.map((c) => c.segment.id), ...(summary ? { summary } : {}) };
    });
    const subtree = [r, ...row.descendantIds.map((id) => rowOf.get(id)!)];
    const rolledCells: RolledUpCell[] = cities.map((_, col) => {
      const list = distinct(subtree.map((i) => passages[i]![col]!));
      const { figures, value } = valued(figuresOf(list, data.words.segments, cityMaterial[col]!));
      maxWithRolledUp = Math.max(maxWithRolledUp, value);
      return { figures, value, segmentIds: list.map((c) => c.segment.id) };
    });
    const total = valued(figuresOf(distinct(passages[r]!), data.words.segments, allMaterial));
    const rolledTotal = valued(figuresOf(distinct(subtree.flatMap((i) => passages[i]!)), data.words.segments, allMaterial));
    return {
      ...row,
      hasChildren: row.descendantIds.length > 0,
      cells,
      total: total.figures,
      totalValue: total.value,
      rolledUp: { cells: rolledCells, total: rolledTotal.figures, totalValue: rolledTotal.value },
    };
  });

  const columns: MatrixColumn[] = cities.map((city, col) => {
    const total = valued(figuresOf(distinct(passages.map((row) => row[col]!)), data.words.segments, cityMaterial[col]!));
    return { city, country: city.country, total: total.figures, totalValue: total.value, materialWords: cityMaterial[col]! };
  });
  const grand = valued(figuresOf(distinct(passages.flat()), data.words.segments, allMaterial));
  return {
    measure,
    rows,
    columns,
    countries: countryGroups(cities),
    grandTotal: grand.figures,
    grandTotalValue: grand.value,
    max,
    maxWithRolledUp,
    documentCount: documents.size,
    uncountedSegments,
  };
}
