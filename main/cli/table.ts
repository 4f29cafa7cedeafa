// Plain-text tables for the terminal: columns padded by character width, long cells shortened.

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Longest cell before it is shortened with "…". */
  max?: number;
  align?: 'left' | 'right';
}

function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function shorten(text: string, max: number | undefined): string {
  const chars = [...text];
  return max !== undefined && chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

export function formatTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => shorten(c.value(row).replace(/\s+/g, ' '), c.max)));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((r) => width(r[i]!))));
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const pad = ' '.repeat(widths[i]! - width(v));
        return columns[i]!.align === 'right' ? pad + v : v + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}
