// The matrix as an Excel workbook: the shaded matrix with totals, and the cell summaries on a second sheet.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import { heatColour, heatLevel } from './heat';
import type { Matrix } from './matrix';
import { matrixTable } from './matrix-table';

const bold = { fontWeight: 'bold' as const };

/** The .xlsx file's bytes. */
export async function matrixXlsx(matrix: Matrix, title = 'City × theme matrix'): Promise<Uint8Array> {
  const table = matrixTable(matrix);
  const format = matrix.measure === 'share' ? '0.0%' : '#,##0';
  const figure = (value: number, extra: object = {}): Cell => ({ value, type: Number, format, ...extra });
  const shaded = (value: number): Cell => {
    const level = heatLevel(value, matrix.max);
    return figure(value, level > 0 ? { backgroundColor: heatColour(level), ...(level > 0.55 ? { textColor: '#ffffff' } : {}) } : {});
  };
  const data: Row[] = [
    [{ value: `${title} — ${table.measureLabel}`, ...bold }],
    [{ value: 'Theme', ...bold }, ...table.cities.map((c): Cell => ({ value: c, ...bold, align: 'center', wrap: true })), { value: 'Total', ...bold }],
    ...table.rows.map((row): Row => [{ value: row.name, indent: row.depth, ...(row.depth === 0 ? bold : {}) }, ...row.values.map(shaded), figure(row.total, bold)]),
    [{ value: 'Total', ...bold }, ...table.totals.map((v) => figure(v, bold)), figure(table.grandTotal, bold)],
  ];
  const summaries: Row[] = [
    [{ value: 'Theme', ...bold }, { value: 'City', ...bold }, { value: 'Summary', ...bold }],
    ...table.summaries.map(([path, city, text]): Row => [path, city, { value: text, wrap: true }]),
  ];
  const blob = await writeXlsxFile([
    { data, sheet: 'Matrix', stickyRowsCount: 2, stickyColumnsCount: 1, columns: [{ width: 32 }, ...table.cities.map(() => ({ width: 14 })), { width: 10 }] },
    { data: summaries, sheet: 'Cell summaries', stickyRowsCount: 1, columns: [{ width: 32 }, { width: 16 }, { width: 80 }] },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
