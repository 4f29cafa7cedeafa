// Turns one PDF page's positioned text items into lines in reading order, and mends words hyphenated across lines.
import { removeControlCharacters } from './text-builder';


/** The part of a pdfjs TextItem the layout needs. */
export interface PositionedText {
  str: string;
  /** pdfjs transform [a, b, c, d, x, y]. */
  transform: number[];
  width: number;
  height: number;
  dir?: string;
  hasEOL?: boolean;
}

interface Line {
  items: PositionedText[];
  y: number;
  height: number;
}

const x = (item: PositionedText) => item.transform[4] ?? 0;
const y = (item: PositionedText) => item.transform[5] ?? 0;
const size = (item: PositionedText) =>
  Math.abs(item.height) || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;

/** Groups items (in content-stream order, which keeps columns apart) into lines wherever the baseline moves. */
function groupLines(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let breakAfterPrevious = false;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const itemSize = size(item);
    const sameLine = current && !breakAfterPrevious && Math.abs(y(item) - current.y) < Math.max(current.height, itemSize) * 0.5;
    if (!sameLine || !current) {
      current = { items: [], y: y(item), height: itemSize };
      lines.push(current);
    }
    if (item.str !== '') current.items.push(item);
    current.height = Math.max(current.height, itemSize);
    breakAfterPrevious = item.hasEOL === true;
  }
  return lines.filter((line) => line.items.length > 0);
}

/** One line's text: items sorted left to right (right to left for RTL lines), a space where there is a gap. */
function lineText(line: Line): string {
  const rtl = line.items.filter((i) => i.dir === 'rtl').length > line.items.length / 2;
  const sorted = [...line.items].sort((a, b) => (rtl ? x(b) - x(a) : x(a) - x(b)));
  let out = '';
  let previous: PositionedText | undefined;
  for (const item of sorted) {
    if (previous) {
      const gap = rtl ? x(previous) - (x(item) + item.width) : x(item) - (x(previous) + previous.width);
      const needsSpace = gap > size(item) * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str);
      if (needsSpace) out += ' ';
    }
    out += item.str;
    previous = item;
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** Page text: lines joined with "\n", a blank line where the vertical gap shows a new paragraph. */
export function pageText(items: PositionedText[]): string {
  const lines = groupLines(items);
  let out = '';
  let previous: Line | undefined;
  for (const line of lines) {
    const text = lineText(line);
    if (!text) continue;
    if (previous) {
      const gap = Math.abs(previous.y - line.y);
      out += gap > Math.max(previous.height, line.height) * 2 && gap < 400 ? '\n\n' : '\n';
    }
    out += text;
    previous = line;
  }
  // Fonts without a Unicode map yield C0 control characters: not text.
  return removeControlCharacters(dehyphenate(out));
}

/** "integra-\ntion" → "integration": only a hyphen ending a line before a lower-case letter; soft hyphens always. */
export function dehyphenate(text: string): string {
  return text.replace(/(\p{L})[-\u00ad]\n(\p{Ll})/gu, '$1$2').replace(/\u00ad/g, '');
}
