// Matrix and city-comparison blocks as real Word tables: Table Grid style, a repeating header row, a numbered caption.
import { Paragraph, SimpleField, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ChapterTable, ComparisonColumn, CitationStyle } from '../chapters';
import { quoteParagraph } from './quotes';
import { STYLE } from './styles';

/** "Table 3: caption": the number is Word's SEQ field (a publisher's list of tables picks it up) with the number already written in. */
export function tableCaption(caption: string, number: number): Paragraph {
  return new Paragraph({
    style: STYLE.caption,
    keepNext: true,
    children: [new TextRun('Table '), new SimpleField('SEQ Table \\* ARABIC', String(number)), new TextRun(caption.trim() ? `: ${caption.trim()}` : '')],
  });
}

function cell(text: string, options: { bold?: boolean; indent?: number } = {}): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ indent: options.indent ? { left: options.indent } : undefined, children: [new TextRun({ text: line, bold: options.bold })] })),
  });
}

/** Text width of an A4 page with 2.54 cm margins, in twips; the first column (theme names) gets a quarter of it. */
export const TEXT_WIDTH = 9026;

export function columnWidths(columns: number, firstShare: number): number[] {
  if (columns <= 1) return [TEXT_WIDTH];
  const first = Math.round(TEXT_WIDTH * firstShare);
  const rest = Math.floor((TEXT_WIDTH - first) / (columns - 1));
  return [first, ...Array.from({ length: columns - 1 }, () => rest)];
}

function headerRow(labels: readonly string[]): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: labels.map((label) => cell(label, { bold: true })) });
}

export function matrixTableDocx(table: ChapterTable, number: number): (Paragraph | Table)[] {
  const rows = table.rows.map(
    (row) => new TableRow({ cantSplit: true, children: [cell(row.label, { indent: row.depth * 240 }), ...row.cells.map((c) => cell(c))] }),
  );
  const out: (Paragraph | Table)[] = [
    tableCaption(table.caption, number),
    new Table({ style: STYLE.tableGrid, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columnWidths(table.header.length, 0.25), rows: [headerRow(table.header), ...rows] }),
  ];
  if (table.rows.length === 0) out.push(new Paragraph({ style: STYLE.note, children: [new TextRun('None of the themes of this table is in the codebook any more.')] }));
  if (table.missing.length > 0) {
    out.push(new Paragraph({ style: STYLE.caption, children: [new TextRun(`Left out: ${[...new Set(table.missing)].join('; ')}.`)] }));
  }
  return out;
}

export function comparisonTableDocx(caption: string, themeName: string | null, columns: readonly ComparisonColumn[], citations: CitationStyle, number: number): (Paragraph | Table)[] {
  if (themeName === null) {
    return [new Paragraph({ style: STYLE.note, children: [new TextRun('[city comparison: its theme is no longer in the codebook]')] })];
  }
  if (columns.length === 0) {
    return [new Paragraph({ style: STYLE.note, children: [new TextRun(`[city comparison of ${themeName}: none of its cities is in the repository]`)] })];
  }
  const body = new TableRow({
    children: columns.map(
      (c) =>
        new TableCell({
          children:
            c.quotes.length > 0
              ? c.quotes.map((q) => quoteParagraph(q, citations))
              : [new Paragraph({ children: [new TextRun({ text: 'No coded passages.', italics: true })] })],
        }),
    ),
  });
  const header = headerRow(columns.map((c) => (c.passageCount > c.quotes.length ? `${c.cityName} (${c.quotes.length} of ${c.passageCount} passages)` : c.cityName)));
  return [
    tableCaption(caption.trim() || `${themeName}, city by city`, number),
    new Table({ style: STYLE.tableGrid, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columnWidths(columns.length, 1 / columns.length), rows: [header, body] }),
  ];
}
