// The matrix as CSV (RFC 4180): one row per theme (its path), one column per city, totals last; shares in percent.
import { csvRows } from '../search/csv';
import type { Matrix } from './matrix';
import { matrixTable } from './matrix-table';

function csvNumber(matrix: Matrix, value: number): string | number {
  return matrix.measure === 'share' ? (value * 100).toFixed(2) : value;
}

export function matrixCsv(matrix: Matrix): string {
  const table = matrixTable(matrix);
  const unit = matrix.measure === 'share' ? `${table.measureLabel} (%)` : table.measureLabel;
  return csvRows([
    [`Theme — ${unit}`, ...table.cities, 'Total'],
    ...table.rows.map((row) => [row.path, ...row.values.map((v) => csvNumber(matrix, v)), csvNumber(matrix, row.total)]),
    ['Total', ...table.totals.map((v) => csvNumber(matrix, v)), csvNumber(matrix, table.grandTotal)],
  ]);
}
