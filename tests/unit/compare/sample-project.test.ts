// The comparison over the sample project: matrix counts agree with the sample's own passage list, quotes with its quotes.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMatrix, loadCompareData, loadQuotes, sideBySide, loadTexts, type CompareData } from '../../../shared/compare';
import { SAMPLE_CITIES, SAMPLE_DOCUMENTS, SAMPLE_THEMES, loadSampleProject } from '../../../shared/sample';
import { freshDb } from '../../helpers';
import { value } from './fixture';

let data: CompareData;
const themeName = new Map(SAMPLE_THEMES.map((t) => [t.key, t.name]));
const cityName = new Map(SAMPLE_CITIES.map((c) => [c.key, c.name]));

beforeAll(async () => {
  const db = freshDb();
  value(await loadSampleProject(db));
  data = await loadCompareData(db);
});

/** "Theme|City" → passages, counted straight from the sample's definitions. */
function expectedCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of SAMPLE_DOCUMENTS) {
    for (const passage of doc.passages) {
      const cities = passage.city ? [passage.city] : doc.cities;
      for (const theme of passage.themes) {
        for (const city of cities) {
          const key = `${themeName.get(theme)}|${cityName.get(city)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

describe('the sample project compared', () => {
  it('has one row per theme of the codebook and one column per city', () => {
    const matrix = computeMatrix(data);
    expect(matrix.rows).toHaveLength(SAMPLE_THEMES.length);
    expect(matrix.columns.map((c) => c.city.name)).toEqual(['Vienna', 'Burgas', 'Prague', 'Berlin', 'Bologna']);
    expect(matrix.uncountedSegments).toBe(0);
  });

  it('counts every cell as the sample defines its passages', () => {
    const matrix = computeMatrix(data);
    const actual = new Map<string, number>();
    for (const row of matrix.rows) {
      row.cells.forEach((cell, i) => {
        if (cell.value > 0) actual.set(`${row.theme.name}|${matrix.columns[i]!.city.name}`, cell.value);
      });
    }
    expect(actual).toEqual(expectedCounts());
    expect(matrix.grandTotal.segments).toBe(SAMPLE_DOCUMENTS.reduce((n, d) => n + d.passages.length, 0));
  });

  it('carries the sample cell summary (Housing × Burgas)', () => {
    const matrix = computeMatrix(data);
    const housing = matrix.rows.find((r) => r.theme.name === 'Housing')!;
    const burgas = housing.cells[matrix.columns.findIndex((c) => c.city.name === 'Burgas')]!;
    expect(burgas.summary?.text).toContain('tourist season');
  });

  it('quotes read back exactly the sample passages, with a location for every one', async () => {
    const db = freshDb();
    value(await loadSampleProject(db));
    const segments = await db.segments.toArray();
    const quotes = await loadQuotes(db, segments.map((s) => s.id));
    const sampleQuotes = new Set(SAMPLE_DOCUMENTS.flatMap((d) => d.passages.map((p) => p.quote)));
    for (const quote of quotes.values()) {
      expect(sampleQuotes.has(quote!.text)).toBe(true);
      expect(quote!.page !== undefined || quote!.speaker !== undefined).toBe(true);
    }
  });

  it('shows Housing side by side in every city that has material on it', async () => {
    const db = freshDb();
    value(await loadSampleProject(db));
    const own = await loadCompareData(db);
    const housing = own.themes.find((t) => t.name === 'Housing')!;
    const texts = await loadTexts(db, own.documents.map((d) => d.id));
    const view = sideBySide(own, texts, housing.id, own.cities.map((c) => c.id));
    const expected = expectedCounts();
    for (const column of view.columns) expect(column.quotes.length).toBe(expected.get(`Housing|${column.city.name}`) ?? 0);
  });
});
