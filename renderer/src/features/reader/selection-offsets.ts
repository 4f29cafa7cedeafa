// Maps a DOM selection inside the Reader's text to UTF-16 offsets in the document text, through the data-start/data-end of its pieces.

/** A rendered piece of text: its element carries `data-start`/`data-end`; labels shown in place of text carry `data-label`. */
const PIECE = '[data-start]';

export interface TextRange {
  start: number;
  end: number;
}

function pieceOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const piece = element?.closest<HTMLElement>(PIECE) ?? null;
  return piece && root.contains(piece) ? piece : null;
}

function bounds(piece: HTMLElement): TextRange {
  return { start: Number(piece.dataset.start), end: Number(piece.dataset.end) };
}

/** Characters of text inside `piece` before (`node`, `offset`). */
function charactersBefore(piece: HTMLElement, node: Node, offset: number): number {
  const range = piece.ownerDocument.createRange();
  range.setStart(piece, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The pieces in document order, and whether a boundary point lies before each. */
function pieceAround(root: Element, node: Node, offset: number, side: 'start' | 'end'): { piece: HTMLElement; at: 'before' | 'after' } | null {
  const pieces = [...root.querySelectorAll<HTMLElement>(PIECE)];
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  if (side === 'start') {
    const next = pieces.find((p) => point.comparePoint(p, 0) >= 0 || p.contains(node));
    return next ? { piece: next, at: 'before' } : null;
  }
  const previous = [...pieces].reverse().find((p) => point.comparePoint(p, p.childNodes.length) <= 0);
  return previous ? { piece: previous, at: 'after' } : null;
}

/**
 * The document offset of one boundary point of a selection. Inside a text piece it is exact; inside a speaker
 * label (which the Reader may show differently from the text) a start moves past the label and an end before it;
 * between pieces it snaps to the next piece (start) or the previous one (end).
 */
export function boundaryOffset(root: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const piece = pieceOf(node, root);
  if (piece) {
    const { start, end } = bounds(piece);
    if (piece.dataset.label !== undefined) return side === 'start' ? end : start;
    return Math.min(end, start + charactersBefore(piece, node, offset));
  }
  const around = pieceAround(root, node, offset, side);
  if (!around) return null;
  const { start, end } = bounds(around.piece);
  if (around.piece.dataset.label !== undefined) return side === 'start' ? end : start;
  return around.at === 'before' ? start : end;
}

/** The selected range of the document, or null when the selection is empty or outside `root`. */
export function selectionOffsets(root: Element, range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset' | 'collapsed'>): TextRange | null {
  if (range.collapsed) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Narrows a range so it neither starts nor ends with white space (a double-click often takes the trailing space). */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

const WORD = /[\p{L}\p{N}'’-]/u;

/** Moves a range's edge by one word: `grow` widens it, otherwise it narrows; never past the text or the other edge. */
export function stepByWord(text: string, range: TextRange, edge: 'start' | 'end', grow: boolean): TextRange {
  let { start, end } = range;
  const skip = (i: number, dir: 1 | -1, limit: (i: number) => boolean) => {
    while (limit(i) && !WORD.test(text[dir === 1 ? i : i - 1]!)) i += dir;
    while (limit(i) && WORD.test(text[dir === 1 ? i : i - 1]!)) i += dir;
    return i;
  };
  if (edge === 'start') start = grow ? skip(start, -1, (i) => i > 0) : skip(start, 1, (i) => i < end);
  else end = grow ? skip(end, 1, (i) => i < text.length) : skip(end, -1, (i) => i > start);
  if (!grow) {
    // Shrinking keeps at least one character and does not leave the range on white space.
    const trimmed = trimRange(text, { start, end });
    if (!trimmed) return range;
    ({ start, end } = trimmed);
  }
  return { start, end };
}

/** The text pieces (not speaker labels) in document order. */
function textPieces(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`${PIECE}:not([data-label])`)];
}

/**
 * The DOM point for a document offset, the inverse of boundaryOffset: inside the text piece holding it; an offset
 * between pieces (a paragraph break, a speaker label) snaps to the next piece for a start, the previous for an end.
 */
export function domPoint(root: Element, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  const pieces = textPieces(root);
  const holds = (p: HTMLElement) => {
    const { start, end } = bounds(p);
    return side === 'start' ? start <= offset && offset < end : start < offset && offset <= end;
  };
  let piece = pieces.find(holds);
  let at = offset;
  if (!piece) {
    piece = side === 'start' ? pieces.find((p) => bounds(p).start >= offset) : [...pieces].reverse().find((p) => bounds(p).end <= offset);
    if (!piece) return null;
    at = side === 'start' ? bounds(piece).start : bounds(piece).end;
  }
  let remaining = at - bounds(piece).start;
  const walker = piece.ownerDocument.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (remaining < length || (remaining === length && side === 'end')) return { node, offset: remaining };
    remaining -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: piece, offset: 0 };
}

/** A DOM range over the document range `range`, or null when nothing of it is shown. */
export function domRange(root: Element, range: TextRange): Range | null {
  const start = domPoint(root, range.start, 'start');
  const end = domPoint(root, range.end, 'end');
  if (!start || !end) return null;
  const dom = root.ownerDocument.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom;
}
