// @vitest-environment happy-dom
// Opening the Reader at a hit: the innermost text piece holding the offset is found among the Reader's pieces.
import '../dom-setup';
import { describe, expect, it } from 'vitest';
import { pieceAt } from '../../../../renderer/src/features/search/ReaderAtHit';

function reader(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div data-reader-text="">${html}</div>`;
  return root;
}

describe('the piece of Reader text at an offset', () => {
  const root = reader(
    '<p><span data-start="0" data-end="10">aaa</span><mark data-start="10" data-end="30">bbb</mark></p>' +
      '<p><span data-start="32" data-end="80">ccc</span><mark data-start="40" data-end="50">ddd</mark></p>',
  );
  it.each([
    [0, '0'],
    [9, '0'],
    [10, '10'],
    [29, '10'],
    [33, '32'],
    [45, '40'],
    [50, '32'],
  ])('offset %i lies in the piece starting at %s', (offset, start) => {
    expect(pieceAt(root, offset)?.dataset.start).toBe(start);
  });

  it.each([30, 31, 80, 500])('offset %i lies in no piece', (offset) => {
    expect(pieceAt(root, offset)).toBeNull();
  });

  it('reads only the Reader text, not other marked pieces on the page', () => {
    const outside = document.createElement('div');
    outside.innerHTML = '<span data-start="0" data-end="100">elsewhere</span>';
    expect(pieceAt(outside, 5)).toBeNull();
  });
});
