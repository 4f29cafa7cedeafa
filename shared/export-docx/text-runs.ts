// The author's rich text (paragraph blocks) as Word paragraphs with bold, italic, underline, strike and lists.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { RichParagraph } from '../chapters';
import { BULLETS, NUMBERS, STYLE } from './styles';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** `listInstance` restarts numbering per paragraph block. */
export function richParagraphsToDocx(paragraphs: readonly RichParagraph[], listInstance: number): Paragraph[] {
  return paragraphs.map((p) => {
    const children = p.runs.map((r) =>
      r.break
        ? new TextRun({ break: 1 })
        : new TextRun({ text: r.text, bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined, strike: r.strike }),
    );
    if (p.heading) return new Paragraph({ heading: HEADINGS[p.heading - 1], children });
    if (p.list) {
      return new Paragraph({ children, numbering: { reference: p.list.kind === 'bullet' ? BULLETS : NUMBERS, level: Math.min(p.list.level, 3), instance: listInstance } });
    }
    return new Paragraph({ children, ...(p.blockquote ? { style: STYLE.quote } : {}) });
  });
}
