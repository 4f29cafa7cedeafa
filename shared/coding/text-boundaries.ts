// Caret steps through a document's text by character, word or sentence, for selecting a passage from the keyboard.
//
// Words and sentences come from Intl.Segmenter (the platform's Unicode segmentation), so Czech, Bulgarian or
// German text steps as a reader expects. Only a window around the caret is segmented: a keypress in a
// 300-page report costs the same as in a short interview.

export type CaretUnit = 'character' | 'word' | 'sentence';
export type Direction = 1 | -1;

const WINDOW: Record<Exclude<CaretUnit, 'character'>, number> = { word: 400, sentence: 4000 };

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(granularity: 'word' | 'sentence', locale: string | undefined): Intl.Segmenter {
  const key = `${granularity}/${locale ?? ''}`;
  let found = segmenters.get(key);
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity });
    } catch {
      // A language code the platform does not know ("und", a typo in imported metadata): its default rules.
      found = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** One character on: never between the two halves of an astral character (emoji, rare scripts). */
function stepCharacter(text: string, offset: number, direction: Direction): number {
  if (direction === 1) {
    if (offset >= text.length) return text.length;
    return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? offset + 2 : offset + 1;
  }
  if (offset <= 0) return 0;
  return isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2)) ? offset - 2 : offset - 1;
}

interface Piece {
  start: number;
  end: number;
  wordLike: boolean;
}

/** The word or sentence pieces of the text around `offset`, in document offsets. */
function piecesAround(text: string, offset: number, unit: 'word' | 'sentence', locale: string | undefined): { pieces: Piece[]; from: number; to: number } {
  const from = Math.max(0, offset - WINDOW[unit]);
  const to = Math.min(text.length, offset + WINDOW[unit]);
  const pieces: Piece[] = [];
  for (const s of segmenter(unit, locale).segment(text.slice(from, to))) {
    const start = from + s.index;
    const content = s.segment;
    pieces.push({ start, end: start + content.length, wordLike: unit === 'sentence' ? /\S/.test(content) : s.isWordLike === true });
  }
  return { pieces, from, to };
}

/** Where the word or sentence's visible part ends: a sentence piece carries its trailing white space. */
function endWithoutSpace(text: string, piece: Piece): number {
  let end = piece.end;
  while (end > piece.start && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

/**
 * The caret offset one `unit` from `offset`. Forward it lands at the end of the next word (or sentence), backward
 * at the start of the previous one, as Ctrl+arrows do in a word processor; at either end of the text it stays.
 */
export function stepCaret(text: string, offset: number, unit: CaretUnit, direction: Direction, locale?: string): number {
  const at = Math.max(0, Math.min(text.length, offset));
  if (unit === 'character') return stepCharacter(text, at, direction);
  const { pieces, from, to } = piecesAround(text, at, unit, locale);
  const meaningful = pieces.filter((p) => p.wordLike);
  if (direction === 1) {
    const next = meaningful.find((p) => endWithoutSpace(text, p) > at);
    return next ? endWithoutSpace(text, next) : to === text.length ? text.length : to;
  }
  const previous = [...meaningful].reverse().find((p) => p.start < at);
  return previous ? previous.start : from;
}

/** The word or sentence containing `offset` (or the next one after white space), for selecting it whole. */
export function unitAt(text: string, offset: number, unit: Exclude<CaretUnit, 'character'>, locale?: string): { start: number; end: number } | null {
  const at = Math.max(0, Math.min(text.length, offset));
  const { pieces } = piecesAround(text, at, unit, locale);
  const meaningful = pieces.filter((p) => p.wordLike);
  const found = meaningful.find((p) => p.start <= at && at < p.end) ?? meaningful.find((p) => p.start >= at);
  return found ? { start: found.start, end: endWithoutSpace(text, found) } : null;
}
