// The Reader's layout of a document: paragraphs or speaker turns, page markers, and the pieces of
// text each coded segment covers, so a component can render highlights without any offset arithmetic.
import type { Document, Segment } from '../model';

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** Segments covering this whole piece, in the order they start. */
  segmentIds: string[];
  /** Part of the speaker label written in the text ("[00:01:02] Giulia: "), which the Reader shows styled. */
  label: boolean;
}

export interface ReadingBlock {
  start: number;
  end: number;
  /** The page this block starts on, when the document has page marks. */
  page: number | null;
  /** Set on the first block of a page, so the Reader can show "Page 3". */
  pageLabel: string | null;
  speaker: string | null;
  timeStart: number | null;
  /** Where the speaker label written in the text ends; equals `start` when the text carries no label. */
  labelEnd: number;
  /** The heading level (1–6) when the block is a heading of the document. */
  heading: number | null;
  pieces: TextPiece[];
}

/** A document's structure together with its text (which lives in the texts table). */
export type Layout = Pick<Document, 'turns' | 'pages'> & Partial<Pick<Document, 'headings'>> & { text: string };
type Coding = Pick<Segment, 'id' | 'start' | 'end'>;

interface Span {
  start: number;
  end: number;
  speaker: string | null;
  timeStart: number | null;
}

/** Paragraphs are separated by blank lines, or by single line breaks when the text has no blank line. */
function paragraphSpans(text: string, from: number, to: number): Span[] {
  const slice = text.slice(from, to);
  const separator = /\n[ \t]*\n/.test(slice) ? /\n[ \t]*\n+/g : /\n+/g;
  const spans: Span[] = [];
  let cursor = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(slice[s]!)) s += 1;
    while (e > s && /\s/.test(slice[e - 1]!)) e -= 1;
    if (e > s) spans.push({ start: from + s, end: from + e, speaker: null, timeStart: null });
  };
  for (const match of slice.matchAll(separator)) {
    push(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  push(cursor, slice.length);
  return spans;
}

function baseSpans(doc: Layout): Span[] {
  if (doc.turns.length === 0) return paragraphSpans(doc.text, 0, doc.text.length);
  const turns = [...doc.turns].sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let cursor = 0;
  for (const turn of turns) {
    if (turn.start > cursor) spans.push(...paragraphSpans(doc.text, cursor, turn.start));
    const start = Math.max(turn.start, cursor);
    if (turn.end > start) spans.push({ start, end: turn.end, speaker: turn.speaker ?? null, timeStart: turn.timeStart ?? null });
    cursor = Math.max(cursor, turn.end);
  }
  if (cursor < doc.text.length) spans.push(...paragraphSpans(doc.text, cursor, doc.text.length));
  return spans;
}

/** Splits spans where a page starts, so each page marker sits at the start of a block. */
function splitAtPages(spans: Span[], pageStarts: number[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const p of pageStarts) {
      if (p > start && p < span.end) {
        out.push({ ...span, start, end: p });
        start = p;
      }
    }
    out.push({ ...span, start });
  }
  return out;
}

/** A turn's text often starts with its own label: an optional [hh:mm:ss] time, the speaker, a colon. */
function labelEndOf(text: string, span: Span): number {
  if (!span.speaker) return span.start;
  const match = /^(?:\[[\d:.,]+\]\s*)?([^:\n]{1,80}):[ \t]*/u.exec(text.slice(span.start, Math.min(span.end, span.start + 120)));
  if (!match || match[1]!.trim() !== span.speaker.trim()) return span.start;
  return span.start + match[0].length;
}

function piecesOf(text: string, start: number, end: number, labelEnd: number, segments: readonly Coding[]): TextPiece[] {
  const covering = segments.filter((s) => s.start < end && s.end > start);
  const cuts = new Set<number>([start, end, labelEnd]);
  for (const s of covering) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    pieces.push({
      start: a,
      end: b,
      text: text.slice(a, b),
      segmentIds: covering.filter((s) => s.start <= a && s.end >= b).map((s) => s.id),
      label: b <= labelEnd,
    });
  }
  return pieces;
}

export function readingBlocks(doc: Layout, segments: readonly Coding[]): ReadingBlock[] {
  const pages = [...doc.pages].sort((a, b) => a.start - b.start);
  const spans = splitAtPages(baseSpans(doc), pages.map((p) => p.start));
  const ordered = [...segments].sort((a, b) => a.start - b.start || a.end - b.end);
  const headingAt = new Map((doc.headings ?? []).map((h) => [h.start, h]));
  let pageIndex = -1;
  let lastLabelled = -1;
  return spans.map((span) => {
    while (pageIndex + 1 < pages.length && pages[pageIndex + 1]!.start <= span.start) pageIndex += 1;
    const page = pageIndex >= 0 ? pages[pageIndex]! : null;
    const firstOfPage = page !== null && pageIndex !== lastLabelled;
    if (firstOfPage) lastLabelled = pageIndex;
    const labelEnd = labelEndOf(doc.text, span);
    return {
      start: span.start,
      end: span.end,
      page: page?.page ?? null,
      pageLabel: firstOfPage && page ? `Page ${page.label ?? page.page}` : null,
      speaker: span.speaker,
      timeStart: span.timeStart,
      labelEnd,
      heading: headingAt.get(span.start)?.level ?? null,
      pieces: piecesOf(doc.text, span.start, span.end, labelEnd, ordered),
    };
  });
}
