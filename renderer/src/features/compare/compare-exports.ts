// Saving the matrix: CSV, XLSX, the SVG heat map and a PNG drawn from it on a canvas, through the bridge's save dialog.
import { notifications } from '@mantine/notifications';
import { heatmapSvg, matrixCsv, matrixXlsx, type Matrix } from '../../../../shared/compare';
import { bridge } from '../../bridge';
import { svgToPng } from '../../platform/svg-to-png';

export type MatrixExportFormat = 'csv' | 'xlsx' | 'svg' | 'png';

export const EXPORT_LABELS: Record<MatrixExportFormat, string> = {
  csv: 'CSV (spreadsheet text)',
  xlsx: 'Excel workbook (.xlsx)',
  svg: 'Heat map picture (.svg)',
  png: 'Heat map picture (.png)',
};

async function bytesOf(matrix: Matrix, format: MatrixExportFormat, title: string): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return new TextEncoder().encode(matrixCsv(matrix));
    case 'xlsx':
      return matrixXlsx(matrix, title);
    case 'svg':
      return new TextEncoder().encode(heatmapSvg(matrix, title));
    case 'png':
      return (await svgToPng(heatmapSvg(matrix, title))).png;
  }
}

const FILTERS: Record<MatrixExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  svg: { name: 'SVG picture', extensions: ['svg'] },
  png: { name: 'PNG picture', extensions: ['png'] },
};

export async function exportMatrix(matrix: Matrix, format: MatrixExportFormat, title = 'City × theme matrix'): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(matrix, format, title);
  } catch (error) {
    notifications.show({ title: 'The matrix was not exported', message: error instanceof Error ? error.message : String(error), color: 'red' });
    return;
  }
  const saved = await bridge.saveExport({
    suggestedName: `city-theme-matrix.${format}`,
    bytes: bytes as Uint8Array<ArrayBuffer>,
    filters: [FILTERS[format]],
  });
  if (!saved.ok) notifications.show({ title: 'The matrix was not saved', message: saved.error.message, color: 'red', autoClose: 8000 });
  else if (saved.value) notifications.show({ title: 'Matrix exported', message: saved.value.name, color: 'teal', autoClose: 3000 });
}
