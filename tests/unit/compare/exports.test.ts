// Matrix exports: CSV parsed back, the XLSX read back with read-excel-file, the SVG heat map's cells and legend.
import { DOMParser } from '@xmldom/xmldom';
import readXlsxFile from 'read-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMatrix, heatColour, heatLevel, heatmapSvg, legendSteps, loadCompareData, matrixCsv, matrixXlsx, setCellSummary, type CompareData } from '../../../shared/compare';
import { parseCsv } from '../../../shared/coding';
import { compareRepository, value, type CompareRepo } from './fixture';

let repo: CompareRepo;
let data: CompareData;

beforeAll(async () => {
  repo = await compareRepository();
  value(await setCellSummary(repo.db, repo.ctx, repo.theme.rent, repo.city.prague, 'Rents doubled; “nájemné” is the word used.'));
  data = await loadCompareData(repo.db);
});

describe('matrixCsv', () => {
  it('has a header of cities with countries, a row per theme path and a totals row', () => {
    const rows = parseCsv(matrixCsv(computeMatrix(data)));
    expect(rows).toEqual([
      ['Theme — Coded passages', 'Graz (AT)', 'Vienna (AT)', 'Burgas (BG)', 'Prague (CZ)', 'Kassel', 'Total'],
      ['Housing', '0', '2', '1', '1', '0', '3'],
      ['Housing / Rent', '0', '1', '0', '1', '0', '2'],
      ['Language', '0', '1', '1', '0', '0', '2'],
      ['Total', '0', '4', '1', '2', '0', '6'],
    ]);
  });

  it('writes shares as percentages', () => {
    const rows = parseCsv(matrixCsv(computeMatrix(data, { measure: 'share' })));
    expect(rows[0]![0]).toBe('Theme — Share of material (%)');
    expect(rows[1]![2]).toBe(((10 / 32) * 100).toFixed(2));
    expect(rows[4]![6]).toBe(((35 / 46) * 100).toFixed(2));
  });

  it('quotes names with commas and quotation marks', async () => {
    const renamed = { ...data, themes: data.themes.map((t) => (t.id === repo.theme.rent ? { ...t, name: 'Rent, "deposits"' } : t)) };
    const rows = parseCsv(matrixCsv(computeMatrix(renamed)));
    expect(rows[2]![0]).toBe('Housing / Rent, "deposits"');
  });
});

describe('matrixXlsx', () => {
  it('reads back with the matrix, its totals and the cell summaries', async () => {
    const bytes = await matrixXlsx(computeMatrix(data, { measure: 'words' }), 'Housing study');
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const sheets = await readXlsxFile(new Blob([bytes as BlobPart]));
    expect(sheets.map((s) => s.sheet)).toEqual(['Matrix', 'Cell summaries']);
    const matrix = sheets[0]!.data;
    expect(matrix[0]![0]).toBe('Housing study — Words coded');
    expect(matrix[1]).toEqual(['Theme', 'Graz (AT)', 'Vienna (AT)', 'Burgas (BG)', 'Prague (CZ)', 'Kassel', 'Total']);
    expect(matrix[2]).toEqual(['Housing', 0, 10, 6, 6, 0, 16]);
    expect(matrix[3]).toEqual(['Rent', 0, 7, 0, 7, 0, 14]);
    expect(matrix[5]).toEqual(['Total', 0, 22, 6, 13, 0, 35]);
    expect(sheets[1]!.data).toEqual([
      ['Theme', 'City', 'Summary'],
      ['Housing / Rent', 'Prague', 'Rents doubled; “nájemné” is the word used.'],
    ]);
  });

  it('keeps shares as fractions formatted in percent', async () => {
    const sheets = await readXlsxFile(new Blob([(await matrixXlsx(computeMatrix(data, { measure: 'share' }))) as BlobPart]));
    expect(sheets[0]!.data[2]![2]).toBeCloseTo(10 / 32, 10);
  });
});

describe('heatmapSvg', () => {
  it('draws a shaded cell per theme × city, the city and theme labels, the countries and a legend', () => {
    const matrix = computeMatrix(data);
    const svg = heatmapSvg(matrix, 'Housing & language <draft>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect class="cell"/g)).toHaveLength(3 * 5);
    for (const name of ['Graz', 'Vienna', 'Burgas', 'Prague', 'Kassel', 'Housing', 'Rent', 'Language']) expect(svg).toContain(`>${name}</text>`);
    for (const country of ['AT', 'BG', 'CZ']) expect(svg).toContain(`>${country}</text>`);
    expect(svg).toContain('Housing &amp; language &lt;draft&gt;');
    expect(svg).toContain('<g class="legend">');
    const legend = svg.slice(svg.indexOf('<g class="legend">'));
    expect([...legend.matchAll(/>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['0', '1', '2']);
    const vienna = new RegExp(`<rect class="cell" data-theme="${repo.theme.housing}" data-city="${repo.city.vienna}"[^>]*fill="([^"]+)"`).exec(svg);
    expect(vienna?.[1]).toBe(heatColour(heatLevel(2, matrix.max)));
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement?.getElementsByTagName('rect').length).toBeGreaterThan(15);
  });
});

describe('legendSteps', () => {
  it.each<[number, boolean, number[]]>([
    [0, true, [0]],
    [2, true, [0, 1, 2]],
    [4, true, [0, 1, 2, 3, 4]],
    [10, true, [0, 2, 4, 6, 8, 10]],
    [7, true, [0, 1, 3, 4, 6, 7]],
    [0.5, false, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
  ])('max %d (whole numbers: %s) → %j', (max, whole, expected) => {
    const steps = legendSteps(max, whole);
    expect(steps.map((v) => Number(v.toFixed(10)))).toEqual(expected);
  });
});
