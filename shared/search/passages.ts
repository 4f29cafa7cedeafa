// Cuts a document into passages (paragraphs, speaker turns, parts of PDF pages) that search hits land on.
import type { Document } from '../model';

export const MAX_PASSAGE = 1500;

/** A citable place in a document: the unit that is indexed, shown as a hit and coded from search. */
export interface Passage {
  /** `${documentId}:${n}` */
  id: string;
  documentId: string;
  start: number;
  end: number;
  page?: number;
  speaker?: string;
  /** Seconds from the start of the recording. */
  timeStart?: number;
  heading?: string;
}

type Structure = Pick<Document, 'id' | 'pages' | 'turns' | 'headings'>;

/** Cuts [start, end) into pieces of at most `max` characters, preferring sentence ends, then spaces. */
export function splitLong(text: string, start: number, end: number, max = MAX_PASSAGE): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…。]["'»”)]*\s+/g)) {
      if (match.index + match[0].length > max / 3) cut = match.index + match[0].length;
    }
    if (cut < 0) {
      const space = window.lastIndexOf(' ');
      cut = space > max / 3 ? space + 1 : max;
    }
    // Never split a surrogate pair.
    const code = text.charCodeAt(from + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push([from, from + cut]);
    from += cut;
  }
  if (end > from) pieces.push([from, end]);
  return pieces;
}

function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? [start, end] : null;
}

/** Where the passages may begin: paragraph breaks, page starts, turn starts and ends. */
function cutPoints(text: string, doc: Structure): number[] {
  const points = new Set<number>([0, text.length]);
  for (const match of text.matchAll(/\n[^\S\n]*\n\s*/g)) points.add(match.index + match[0].length);
  for (const page of doc.pages) points.add(Math.min(page.start, text.length));
  for (const turn of doc.turns) {
    points.add(Math.min(turn.start, text.length));
    points.add(Math.min(turn.end, text.length));
  }
  return [...points].sort((a, b) => a - b);
}

/** The last item whose start is at or before `offset` (items sorted by start). */
function lastAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start <= offset) {
      found = items[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The passages of a document, in text order, covering every non-blank character once. */
export function passagesOf(doc: Structure, text: string, max = MAX_PASSAGE): Passage[] {
  const pages = [...doc.pages].sort((a, b) => a.start - b.start);
  const turns = [...doc.turns].sort((a, b) => a.start - b.start);
  const headings = [...doc.headings].sort((a, b) => a.start - b.start);
  const points = cutPoints(text, doc);
  const passages: Passage[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const range = trimmed(text, points[i]!, points[i + 1]!);
    if (!range) continue;
    for (const [start, end] of splitLong(text, range[0], range[1], max)) {
      const piece = trimmed(text, start, end);
      if (!piece) continue;
      const passage: Passage = { id: `${doc.id}:${passages.length}`, documentId: doc.id, start: piece[0], end: piece[1] };
      const page = lastAtOrBefore(pages, piece[0]);
      if (page) passage.page = page.page;
      const turn = lastAtOrBefore(turns, piece[0]);
      if (turn && turn.end > piece[0]) {
        if (turn.speaker !== undefined) passage.speaker = turn.speaker;
        if (turn.timeStart !== undefined) passage.timeStart = turn.timeStart;
      }
      const heading = lastAtOrBefore(headings, piece[0]);
      if (heading) passage.heading = text.slice(heading.start, heading.end).trim();
      passages.push(passage);
    }
  }
  return passages;
}
