// CSV (RFC 4180) of concordance lines: CRLF line ends, fields quoted when they hold " , CR or LF.
import type { ConcordanceLine } from './kwic';

export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CONCORDANCE_HEADER = ['document', 'page', 'time', 'speaker', 'offset', 'left', 'keyword', 'right'] as const;

export function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function concordanceCsv(lines: readonly ConcordanceLine[]): string {
  return csvRows([
    CONCORDANCE_HEADER,
    ...lines.map((l) => [l.title, l.page, l.timeStart === undefined ? undefined : formatTime(l.timeStart), l.speaker, l.offset, l.left, l.keyword, l.right]),
  ]);
}
