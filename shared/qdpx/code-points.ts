// Offsets between the app's UTF-16 code units and REFI-QDA's Unicode code points, for one text.

/**
 * Converts offsets in one text both ways. A surrogate pair is one code point and two code units;
 * a UTF-16 offset inside a pair is counted as the pair's start.
 */
export class CodePointOffsets {
  /** UTF-16 offsets where an astral (two-unit) character starts, in order. */
  private readonly astral: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i += 1;
        }
      }
    }
  }

  /** The number of code points in the whole text. */
  get length(): number {
    return this.text.length - this.astral.length;
  }

  /** Astral characters starting before UTF-16 offset `utf16`. */
  private astralBefore(utf16: number): number {
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astral[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  toCodePoint(utf16: number): number {
    return utf16 - this.astralBefore(utf16);
  }

  /** The UTF-16 offset of code point `codePoint`; past the end it is clamped to the text's length. */
  toUtf16(codePoint: number): number {
    let low = 0;
    let high = this.astral.length;
    // The number of astral characters whose code-point position is below `codePoint`.
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.astral[mid]! - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return Math.min(this.text.length, codePoint + low);
  }
}
