// The city × theme matrix: counts under effective cities, each measure, filters, totals and the codebook roll-up.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMatrix, loadCompareData, type CompareData, type Matrix, type MatrixOptions } from '../../../shared/compare';
import { compareRepository, type CompareRepo } from './fixture';

let repo: CompareRepo;
let data: CompareData;

beforeAll(async () => {
  repo = await compareRepository();
  data = await loadCompareData(repo.db);
});

/** The matrix as { themeName: { cityName: value } }, leaving out zero cells. */
function table(matrix: Matrix, pick: 'value' | 'rolled' = 'value'): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const row of matrix.rows) {
    const cells = pick === 'value' ? row.cells.map((c) => c.value) : row.rolledUp.cells.map((c) => c.value);
    const entries = matrix.columns.map((col, i) => [col.city.name, cells[i]!] as const).filter(([, v]) => v !== 0);
    out[row.theme.name] = Object.fromEntries(entries);
  }
  return out;
}

describe('computeMatrix', () => {
  it('orders columns by country (unknown country last) and rows by the codebook tree', () => {
    const matrix = computeMatrix(data);
    expect(matrix.columns.map((c) => c.city.name)).toEqual(['Graz', 'Vienna', 'Burgas', 'Prague', 'Kassel']);
    expect(matrix.countries.map((g) => [g.country, g.cityIds.length])).toEqual([['AT', 2], ['BG', 1], ['CZ', 1], ['', 1]]);
    expect(matrix.rows.map((r) => [r.theme.name, r.depth, r.hasChildren])).toEqual([
      ['Housing', 0, true],
      ['Rent', 1, false],
      ['Language', 0, false],
    ]);
    expect(matrix.rows[1]!.parentId).toBe(repo.theme.housing);
  });

  it('counts a passage under its own city, else under every city of its document; a parent-coded passage in the parent row only', () => {
    const matrix = computeMatrix(data, { measure: 'segments' });
    expect(table(matrix)).toEqual({
      Housing: { Vienna: 2, Burgas: 1, Prague: 1 },
      Rent: { Vienna: 1, Prague: 1 },
      Language: { Vienna: 1, Burgas: 1 },
    });
    const rentPrague = matrix.rows[1]!.cells.find((c) => c.cityId === repo.city.prague)!;
    expect(rentPrague.segmentIds).toEqual([repo.seg.doubled]);
    expect(matrix.uncountedSegments).toBe(1);
  });

  it('rolls a parent row up with the rows beneath it, each passage once', () => {
    const matrix = computeMatrix(data);
    expect(table(matrix, 'rolled').Housing).toEqual({ Vienna: 3, Burgas: 1, Prague: 2 });
    expect(matrix.rows[0]!.rolledUp.total.segments).toBe(5);
    expect(matrix.maxWithRolledUp).toBe(3);
    expect(matrix.max).toBe(2);
  });

  it('totals count each passage and document once', () => {
    const matrix = computeMatrix(data);
    const housing = matrix.rows[0]!;
    expect(housing.total).toMatchObject({ segments: 3, documents: 3, words: 16 });
    expect(matrix.columns.map((c) => [c.city.name, c.total.segments])).toEqual([
      ['Graz', 0],
      ['Vienna', 4],
      ['Burgas', 1],
      ['Prague', 2],
      ['Kassel', 0],
    ]);
    expect(matrix.grandTotal.segments).toBe(6);
    expect(matrix.grandTotalValue).toBe(6);
  });

  it.each<[MatrixOptions['measure'], string, number]>([
    ['segments', 'Vienna', 2],
    ['documents', 'Vienna', 2],
    ['words', 'Vienna', 10],
    ['share', 'Vienna', 10 / 32],
    ['words', 'Prague', 6],
    ['share', 'Prague', 6 / 13],
    ['share', 'Burgas', 6 / 14],
    ['documents', 'Burgas', 1],
  ])('measure %s of Housing in %s', (measure, cityName, expected) => {
    const matrix = computeMatrix(data, { measure });
    const col = matrix.columns.findIndex((c) => c.city.name === cityName);
    expect(matrix.rows[0]!.cells[col]!.value).toBeCloseTo(expected, 10);
  });

  it('measures the material of each city: its documents, words and share totals', () => {
    const matrix = computeMatrix(data, { measure: 'share' });
    expect(Object.fromEntries(matrix.columns.map((c) => [c.city.name, c.materialWords]))).toEqual({ Graz: 0, Vienna: 32, Burgas: 14, Prague: 13, Kassel: 0 });
    expect(matrix.grandTotal.words).toBe(4 + 7 + 5 + 6 + 7 + 6);
    expect(matrix.grandTotalValue).toBeCloseTo(35 / 46, 10);
    expect(matrix.rows[1]!.cells.find((c) => c.cityId === repo.city.vienna)!.figures.words).toBe(7);
  });

  it.each<[string, MatrixOptions['filters'], Record<string, Record<string, number>>, number]>([
    ['kind interview', { kinds: ['interview'] }, { Housing: { Vienna: 1 }, Rent: { Vienna: 1 }, Language: { Vienna: 1 } }, 1],
    ['attribute project = eu-mia (any case)', { attributes: [{ name: 'PROJECT', value: 'eu-mia' }] }, { Housing: { Vienna: 1, Prague: 1 }, Rent: { Prague: 1 }, Language: {} }, 1],
    ['date from 2024 (undated left out)', { dateFrom: '2024-01-01' }, { Housing: { Vienna: 1 }, Rent: { Vienna: 1 }, Language: { Vienna: 1 } }, 1],
    ['date to 2023-12-31', { dateTo: '2023-12-31' }, { Housing: { Vienna: 1, Prague: 1 }, Rent: { Prague: 1 }, Language: {} }, 1],
    ['kinds report or focus group', { kinds: ['report', 'focus-group'] }, { Housing: { Vienna: 1, Burgas: 1, Prague: 1 }, Rent: { Prague: 1 }, Language: { Burgas: 1 } }, 2],
    ['nothing matching', { kinds: ['policy-document'] }, { Housing: {}, Rent: {}, Language: {} }, 0],
  ])('filter: %s', (_name, filters, expected, documentCount) => {
    const matrix = computeMatrix(data, { filters });
    expect(table(matrix)).toEqual(expected);
    expect(matrix.documentCount).toBe(documentCount);
  });

  it('a filter narrows the material the share is taken of', () => {
    const matrix = computeMatrix(data, { measure: 'share', filters: { kinds: ['interview'] } });
    const vienna = matrix.columns.find((c) => c.city.name === 'Vienna')!;
    expect(vienna.materialWords).toBe(19);
    expect(matrix.rows[0]!.cells[1]!.value).toBeCloseTo(4 / 19, 10);
  });

  it('shows only chosen themes and cities, depth and parents among the shown rows', () => {
    const matrix = computeMatrix(data, { themeIds: [repo.theme.language, repo.theme.rent], cityIds: [repo.city.prague, repo.city.vienna] });
    expect(matrix.rows.map((r) => [r.theme.name, r.depth, r.parentId])).toEqual([
      ['Rent', 0, null],
      ['Language', 0, null],
    ]);
    expect(matrix.columns.map((c) => c.city.name)).toEqual(['Vienna', 'Prague']);
    expect(table(matrix)).toEqual({ Rent: { Vienna: 1, Prague: 1 }, Language: { Vienna: 1 } });
    expect(matrix.grandTotal.segments).toBe(3);
  });

  it('carries the cell summary written on a cell', async () => {
    const { cellKey } = await import('../../../shared/model');
    await repo.db.memos.put({
      id: 'm1', targetType: 'cell', targetId: cellKey(repo.theme.housing, repo.city.burgas), title: 'Seasonal', text: 'Rents follow the tourist season.',
      coder: 'T', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const matrix = computeMatrix(await loadCompareData(repo.db));
    const cell = matrix.rows[0]!.cells.find((c) => c.cityId === repo.city.burgas)!;
    expect(cell.summary).toEqual({ memoId: 'm1', title: 'Seasonal', text: 'Rents follow the tourist season.' });
    expect(matrix.rows[0]!.cells.filter((c) => c.summary)).toHaveLength(1);
    await repo.db.memos.delete('m1');
  });
});
