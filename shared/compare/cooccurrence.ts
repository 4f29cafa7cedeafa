// Theme co-occurrence per city: how often two themes meet in the same passage, or in overlapping passages of one document.
import type { City, Theme } from '../model';
import type { CompareData } from './compare-data';
import { countedSegments, type CountedSegment } from './counted';
import type { CompareFilters } from './filters';
import { themeRows } from './theme-rows';

export interface CooccurrenceOptions {
  filters?: CompareFilters;
  themeIds?: readonly string[];
  cityIds?: readonly string[];
}

export interface CooccurrenceTable {
  /** The city, or null for all cities together. */
  city: City | null;
  /**
   * counts[i][j] (i ≠ j): places where themes i and j meet — a passage coded with both, or a pair of overlapping
   * passages of one document coded with one each. counts[i][i]: passages coded with theme i. Symmetric.
   */
  counts: number[][];
}

export interface Cooccurrence {
  /** Row and column themes, in codebook order, with their depth in the tree. */
  themes: { theme: Theme; depth: number }[];
  all: CooccurrenceTable;
  cities: CooccurrenceTable[];
}

/** Overlapping pairs of passages within each document (each pair once, earlier-starting first). */
function overlappingPairs(counted: readonly CountedSegment[]): [CountedSegment, CountedSegment][] {
  const byDocument = new Map<string, CountedSegment[]>();
  for (const c of counted) byDocument.set(c.document.id, [...(byDocument.get(c.document.id) ?? []), c]);
  const pairs: [CountedSegment, CountedSegment][] = [];
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.segment.start - b.segment.start || a.segment.end - b.segment.end);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.segment.start < list[i]!.segment.end; j++) pairs.push([list[i]!, list[j]!]);
    }
  }
  return pairs;
}

export function cooccurrence(data: CompareData, options: CooccurrenceOptions = {}): Cooccurrence {
  const rows = themeRows(data.themes, options.themeIds);
  const index = new Map(rows.map((r, i) => [r.theme.id, i]));
  const wantedCities = options.cityIds ? new Set(options.cityIds) : null;
  const cities = data.cities.filter((c) => !wantedCities || wantedCities.has(c.id)).sort((a, b) => a.name.localeCompare(b.name));
  const tableIndex = new Map(cities.map((c, i) => [c.id, i + 1]));
  // links[table][i][j]: the places (a passage id, or two joined) where themes i and j meet; table 0 = all cities.
  const links = [null, ...cities].map(() => rows.map(() => rows.map(() => new Set<string>())));
  const record = (cityIds: readonly string[], a: string, b: string, place: string) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return;
    const tables = [0, ...cityIds.flatMap((id) => (tableIndex.has(id) ? [tableIndex.get(id)!] : []))];
    for (const t of tables) {
      links[t]![i]![j]!.add(place);
      links[t]![j]![i]!.add(place);
    }
  };
  const counted = countedSegments(data, options.filters).filter((c) => !wantedCities || c.cityIds.some((id) => wantedCities.has(id)));
  for (const c of counted) {
    const themes = c.segment.themeIds;
    for (let x = 0; x < themes.length; x++) for (let y = x; y < themes.length; y++) record(c.cityIds, themes[x]!, themes[y]!, c.segment.id);
  }
  for (const [a, b] of overlappingPairs(counted)) {
    const shared = a.cityIds.filter((id) => b.cityIds.includes(id));
    for (const x of a.segment.themeIds) for (const y of b.segment.themeIds) if (x !== y) record(shared, x, y, `${a.segment.id}+${b.segment.id}`);
  }
  const table = (t: number, city: City | null): CooccurrenceTable => ({ city, counts: links[t]!.map((row) => row.map((set) => set.size)) });
  return {
    themes: rows.map((r) => ({ theme: r.theme, depth: r.depth })),
    all: table(0, null),
    cities: cities.map((city, i) => table(i + 1, city)),
  };
}
