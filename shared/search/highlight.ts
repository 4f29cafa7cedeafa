// Highlight ranges and snippets of a hit, in UTF-16 offsets of the document text.
import { tokenize } from './normalise';
import { phraseRanges, type Range } from './evaluate';
import type { Passage } from './passages';

/** Sorted, merged ranges of the query's words (folded index terms) and phrases inside the passage. */
export function highlightRanges(text: string, passage: Passage, terms: ReadonlySet<string>, phrases: readonly (readonly string[])[]): Range[] {
  const ranges: Range[] = [];
  for (const phrase of phrases) ranges.push(...phraseRanges(text.slice(passage.start, passage.end), phrase, passage.start));
  if (terms.size > 0) {
    for (const token of tokenize(text.slice(passage.start, passage.end))) {
      if (terms.has(token.term)) ranges.push([passage.start + token.start, passage.start + token.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Where the snippet starts and ends in the document. */
  start: number;
  end: number;
  /** Highlights relative to the snippet text. */
  highlights: Range[];
}

/** A short window of the passage around its first highlight, cut at spaces. */
export function makeSnippet(text: string, passage: Passage, highlights: Range[], before = 80, width = 240): Snippet {
  const first = highlights[0]?.[0] ?? passage.start;
  let start = Math.max(passage.start, first - before);
  if (start > passage.start) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(passage.end, start + width);
  if (end < passage.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > (highlights[0]?.[1] ?? start)) end = space;
  }
  const inside = highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start, e - start]);
  return { text: text.slice(start, end).replace(/\s/g, ' '), start, end, highlights: inside };
}
