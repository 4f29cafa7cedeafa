// @vitest-environment happy-dom
// Selection → document offsets: exact inside pieces, past speaker labels, across paragraphs and between elements.
import { describe, expect, it } from 'vitest';
import { boundaryOffset, domPoint, domRange, selectionOffsets, stepByWord, trimRange } from '../../../renderer/src/features/reader/selection-offsets';

// The Reader's markup for: "Anna: We found a flat.\n\nIt was far from work." with "a flat" (15–21) coded.
const TEXT = 'Anna: We found a flat.\n\nIt was far from work.';
function reader(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<p id="p1"><span class="stripes"><button></button></span><span id="label" data-start="0" data-end="6" data-label=""><b>Anna</b>: </span>' +
    '<span id="a" data-start="6" data-end="15">We found </span><mark id="m" data-start="15" data-end="21">a flat</mark><span id="b" data-start="21" data-end="22">.</span></p>' +
    '<p id="p2"><span id="c" data-start="24" data-end="44">It was far from work.</span></p>';
  document.body.replaceChildren(root);
  return root;
}
const text = (root: HTMLElement, id: string) => root.querySelector(`#${id}`)!.firstChild!;

describe('boundaryOffset', () => {
  const cases: [string, (r: HTMLElement) => [Node, number], 'start' | 'end', number][] = [
    ['inside a plain piece', (r) => [text(r, 'a'), 3], 'start', 9],
    ['inside a highlight', (r) => [text(r, 'm'), 2], 'end', 17],
    ['at the end of a highlight', (r) => [text(r, 'm'), 6], 'end', 21],
    ['in the second paragraph', (r) => [text(r, 'c'), 7], 'end', 31],
    ['a start inside the speaker label skips the label', (r) => [r.querySelector('#label b')!.firstChild!, 2], 'start', 6],
    ['an end inside the speaker label stops before it', (r) => [r.querySelector('#label b')!.firstChild!, 2], 'end', 0],
    ['a start on a paragraph element snaps to its first piece', (r) => [r.querySelector('#p2')!, 0], 'start', 24],
    ['an end on a paragraph after its last child snaps to that piece', (r) => [r.querySelector('#p1')!, 5], 'end', 22],
    ['a start on the root before the second paragraph', (r) => [r, 1], 'start', 24],
    ['an end on the root after the first paragraph', (r) => [r, 1], 'end', 22],
  ];
  it.each(cases)('%s', (_name, at, side, expected) => {
    const root = reader();
    const [node, offset] = at(root);
    expect(boundaryOffset(root, node, offset, side)).toBe(expected);
  });
});

describe('selectionOffsets', () => {
  it('spans paragraphs and reads the same text as the document', () => {
    const root = reader();
    const range = document.createRange();
    range.setStart(text(root, 'a'), 3);
    range.setEnd(text(root, 'c'), 6);
    const offsets = selectionOffsets(root, range)!;
    expect(offsets).toEqual({ start: 9, end: 30 });
    expect(TEXT.slice(offsets.start, offsets.end)).toBe('found a flat.\n\nIt was');
  });

  it('refuses a collapsed selection and one that is only a label', () => {
    const root = reader();
    const range = document.createRange();
    range.setStart(text(root, 'a'), 2);
    range.setEnd(text(root, 'a'), 2);
    expect(selectionOffsets(root, range)).toBeNull();
    const label = root.querySelector('#label b')!.firstChild!;
    range.setStart(label, 0);
    range.setEnd(label, 3);
    expect(selectionOffsets(root, range)).toBeNull();
  });
});

describe('trimRange and stepByWord', () => {
  const t = 'We found a flat. It was far.';
  it.each([
    [{ start: 2, end: 9 }, { start: 3, end: 8 }],
    [{ start: 2, end: 3 }, null],
  ])('trims %j to %j', (range, expected) => expect(trimRange(t, range)).toEqual(expected));

  it.each([
    ['start', true, { start: 3, end: 15 }, { start: 0, end: 15 }],
    ['start', false, { start: 3, end: 15 }, { start: 9, end: 15 }],
    ['end', true, { start: 3, end: 15 }, { start: 3, end: 19 }],
    ['end', false, { start: 3, end: 15 }, { start: 3, end: 10 }],
    ['end', false, { start: 3, end: 8 }, { start: 3, end: 8 }],
  ] as const)('moves the %s edge (grow %s) of %j to %j', (edge, grow, range, expected) => {
    expect(stepByWord(t, range, edge, grow)).toEqual(expected);
    expect(t.slice(expected.start, expected.end).trim()).toBe(t.slice(expected.start, expected.end));
  });
});

describe('domPoint and domRange (offsets back to the page, for selecting by keyboard)', () => {
  // [case, offset, side, piece id, offset in its text node, the offset read back from that point]
  const cases: [string, number, 'start' | 'end', string, number, number][] = [
    ['inside a plain piece', 9, 'start', 'a', 3, 9],
    ['a start at a highlight boundary goes into the highlight', 15, 'start', 'm', 0, 15],
    ['an end at a highlight boundary stays in the piece before', 15, 'end', 'a', 9, 15],
    ['inside a highlight', 17, 'end', 'm', 2, 17],
    ['a start inside the speaker label moves past it', 2, 'start', 'a', 0, 6],
    ['a start on the paragraph break moves to the next paragraph', 23, 'start', 'c', 0, 24],
    ['an end on the paragraph break stays at the end of the first', 23, 'end', 'b', 1, 22],
    ['the end of the text', 44, 'end', 'c', 20, 44],
  ];
  it.each(cases)('%s', (_name, offset, side, id, expected, back) => {
    const root = reader();
    const point = domPoint(root, offset, side)!;
    expect(point.node).toBe(text(root, id));
    expect(point.offset).toBe(expected);
    expect(boundaryOffset(root, point.node, point.offset, side)).toBe(back);
  });

  it('a range across paragraphs selects the same text as the document holds', () => {
    const root = reader();
    const range = domRange(root, { start: 9, end: 30 })!;
    expect(selectionOffsets(root, range)).toEqual({ start: 9, end: 30 });
    expect(range.toString()).toBe('found a flat.It was');
  });

  it('finds nothing past the text', () => {
    expect(domPoint(reader(), 50, 'start')).toBeNull();
  });
});
