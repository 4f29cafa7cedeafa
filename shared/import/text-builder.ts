// Builds a document's plain text block by block, keeping heading offsets right (UTF-16, NFC).
import type { Heading } from '../model';

export class TextBuilder {
  private text = '';
  readonly headings: Heading[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Appends a block after a blank line ("\n\n"), or after `separator`; returns its start offset or -1 when empty. */
  block(content: string, separator = '\n\n'): number {
    const clean = content.normalize('NFC').replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '');
    if (!clean.trim()) return -1;
    if (this.text.length > 0) this.text += separator;
    const start = this.text.length;
    this.text += clean;
    return start;
  }

  heading(content: string, level: number): void {
    const flat = content.replace(/\s+/g, ' ').trim();
    const start = this.block(flat);
    if (start < 0) return;
    const clamped = Math.min(6, Math.max(1, Math.round(level)));
    this.headings.push({ start, end: this.text.length, level: clamped });
  }

  toString(): string {
    return this.text;
  }
}

/** Removes C0 control characters other than tab, line feed and form feed (NUL, unmapped PDF glyphs). */
export function removeControlCharacters(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

/** Collapses runs of whitespace as HTML and XML documents render them. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ');
}
