// The matrix as an SVG heat map (a standalone picture): theme rows, city columns under their country, shaded cells, legend.
import { formatFigure, MEASURE_LABELS } from './figures';
import { darkShade, heatColour, heatLevel, legendSteps } from './heat';
import type { Matrix } from './matrix';

const CELL_W = 84;
const CELL_H = 28;
const LABEL_W = 220;
const INDENT = 14;
const FONT = "font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"";

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Shortens a label to about `max` characters, with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function heatmapSvg(matrix: Matrix, title = 'City × theme matrix'): string {
  const cols = matrix.columns.length;
  const top = 84;
  const width = LABEL_W + cols * CELL_W + 16;
  const bodyH = matrix.rows.length * CELL_H;
  const legendY = top + bodyH + 28;
  const height = legendY + 52;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="24" ${FONT} font-size="16" font-weight="bold" fill="#212529">${escapeXml(title)}</text>`,
    `<text x="12" y="42" ${FONT} font-size="12" fill="#495057">${escapeXml(MEASURE_LABELS[matrix.measure])}</text>`,
  );
  let col = 0;
  for (const group of matrix.countries) {
    const x = LABEL_W + col * CELL_W;
    const w = group.cityIds.length * CELL_W;
    out.push(
      `<text class="country" x="${x + w / 2}" y="58" ${FONT} font-size="11" fill="#868e96" text-anchor="middle">${escapeXml(group.country || '—')}</text>`,
      `<line x1="${x + 4}" y1="62" x2="${x + w - 4}" y2="62" stroke="#ced4da"/>`,
    );
    col += group.cityIds.length;
  }
  matrix.columns.forEach((column, i) => {
    out.push(
      `<text class="city" x="${LABEL_W + i * CELL_W + CELL_W / 2}" y="${top - 6}" ${FONT} font-size="12" font-weight="bold" fill="#212529" text-anchor="middle">${escapeXml(fit(column.city.name, 12))}</text>`,
    );
  });
  matrix.rows.forEach((row, r) => {
    const y = top + r * CELL_H;
    out.push(
      `<text class="theme" x="${12 + row.depth * INDENT}" y="${y + CELL_H / 2 + 4}" ${FONT} font-size="12" fill="#212529"${row.depth === 0 ? ' font-weight="bold"' : ''}>${escapeXml(fit(row.theme.name, 30 - row.depth * 2))}</text>`,
    );
    row.cells.forEach((cell, i) => {
      const level = heatLevel(cell.value, matrix.max);
      const x = LABEL_W + i * CELL_W;
      out.push(
        `<rect class="cell" data-theme="${escapeXml(cell.themeId)}" data-city="${escapeXml(cell.cityId)}" x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${level > 0 ? heatColour(level) : '#f8f9fa'}" stroke="#dee2e6"/>`,
        `<text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 4}" ${FONT} font-size="12" text-anchor="middle" fill="${darkShade(level) ? '#ffffff' : '#212529'}">${cell.value === 0 ? '' : escapeXml(formatFigure(cell.value, matrix.measure))}</text>`,
      );
    });
  });
  const legend = legendSteps(matrix.max, matrix.measure !== 'share');
  out.push(`<g class="legend"><text x="12" y="${legendY + 14}" ${FONT} font-size="11" fill="#495057">Legend</text>`);
  legend.forEach((value, s) => {
    const level = heatLevel(value, matrix.max);
    const x = 70 + s * 64;
    out.push(
      `<rect x="${x}" y="${legendY}" width="60" height="18" fill="${level > 0 ? heatColour(level) : '#f8f9fa'}" stroke="#dee2e6"/>`,
      `<text x="${x + 30}" y="${legendY + 34}" ${FONT} font-size="10" fill="#495057" text-anchor="middle">${escapeXml(formatFigure(value, matrix.measure))}</text>`,
    );
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}
