// The matrix as a plain table (header, theme rows, totals row) for CSV, spreadsheet and terminal output.
import { MEASURE_LABELS } from './figures';
import type { Matrix } from './matrix';

export interface MatrixTableRow {
  themeId: string;
  /** The theme's path from the top of the codebook ("Housing / Rent"). */
  path: string;
  name: string;
  depth: number;
  values: number[];
  total: number;
}

export interface MatrixTable {
  /** What the numbers are ("Coded passages", …). */
  measureLabel: string;
  /** Column headings: "Vienna (AT)", or the name alone when the country is unknown. */
  cities: string[];
  cityIds: string[];
  rows: MatrixTableRow[];
  totals: number[];
  grandTotal: number;
  /** Cell summaries present, as [theme path, city name, text]. */
  summaries: [string, string, string][];
}

export function matrixTable(matrix: Matrix): MatrixTable {
  const names = new Map(matrix.rows.map((r) => [r.theme.id, r.theme.name]));
  const parents = new Map(matrix.rows.map((r) => [r.theme.id, r.parentId]));
  const pathOf = (id: string): string => {
    const parts: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) parts.unshift(names.get(at) ?? '');
    return parts.join(' / ');
  };
  const summaries: [string, string, string][] = [];
  for (const row of matrix.rows) {
    for (const [i, cell] of row.cells.entries()) {
      if (cell.summary) summaries.push([pathOf(row.theme.id), matrix.columns[i]!.city.name, cell.summary.text]);
    }
  }
  return {
    measureLabel: MEASURE_LABELS[matrix.measure],
    cities: matrix.columns.map((c) => (c.country ? `${c.city.name} (${c.country})` : c.city.name)),
    cityIds: matrix.columns.map((c) => c.city.id),
    rows: matrix.rows.map((row) => ({
      themeId: row.theme.id,
      path: pathOf(row.theme.id),
      name: row.theme.name,
      depth: row.depth,
      values: row.cells.map((c) => c.value),
      total: row.totalValue,
    })),
    totals: matrix.columns.map((c) => c.totalValue),
    grandTotal: matrix.grandTotalValue,
    summaries,
  };
}
