// UTF-16 offsets ↔ code points, with emoji, a flag (two astral characters) and a zero-width joiner sequence.
import { describe, expect, it } from 'vitest';
import { CodePointOffsets } from '../../../shared/qdpx';

describe('CodePointOffsets', () => {
  const text = 'a😀b🇨🇿c👩‍👧d𝄞';
  const offsets = new CodePointOffsets(text);

  it.each([
    // [UTF-16 offset, code point]
    [0, 0], [1, 1], [3, 2], [4, 3], [8, 5], [9, 6], [11, 7], [14, 9], [15, 10], [17, 11],
  ])('UTF-16 %i is code point %i, and back', (utf16, codePoint) => {
    expect(offsets.toCodePoint(utf16)).toBe(codePoint);
    expect(offsets.toUtf16(codePoint)).toBe(utf16);
  });

  it('counts the whole text in code points as Array.from does', () => {
    expect(offsets.length).toBe(Array.from(text).length);
    for (let cp = 0; cp <= offsets.length; cp++) expect(offsets.toUtf16(cp)).toBe(Array.from(text).slice(0, cp).join('').length);
  });

  it('a text without astral characters has equal offsets; past the end is clamped', () => {
    const plain = new CodePointOffsets('Praha – Бургас');
    expect([plain.toCodePoint(7), plain.toUtf16(7), plain.toUtf16(99)]).toEqual([7, 7, 14]);
  });

  it('a lone surrogate counts as one code point', () => {
    const broken = new CodePointOffsets('x\uD83Dy😀');
    expect([broken.length, broken.toUtf16(3), broken.toCodePoint(5)]).toEqual([4, 3, 4]);
  });
});
