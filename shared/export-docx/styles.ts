// The Word styles a chapter uses: Word's own built-in style ids, so a publisher's template restyles the document.
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

export const STYLE = {
  title: 'Title',
  quote: 'Quote',
  intenseQuote: 'IntenseQuote',
  caption: 'Caption',
  tableGrid: 'TableGrid',
  note: 'AuthorNote',
} as const;

export const BULLETS = 'chapter-bullets';
export const NUMBERS = 'chapter-numbers';

/** Word's "Table Grid": thin single borders on every cell. docx has no option for table styles, so it comes as external styles XML. */
const TABLE_GRID = `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

/** Given as the document's `externalStyles`: docx then keeps its default styles (Normal, Heading 1–3, Title, Caption…) beside it. */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_GRID}</w:styles>`;

export function chapterStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
      title: { run: { size: 52, font: 'Calibri Light' }, paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } } },
      heading1: { run: { size: 32, bold: true, color: '1F3864', font: 'Calibri Light' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      heading2: { run: { size: 26, bold: true, color: '2F5496', font: 'Calibri Light' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading3: { run: { size: 24, bold: true, color: '1F3763' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      caption: { run: { size: 18, italics: true, color: '44546A' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 864, right: 864 }, spacing: { before: 120, after: 120 } },
      },
      {
        id: STYLE.intenseQuote,
        name: 'Intense Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '2F5496' },
        paragraph: {
          indent: { left: 864, right: 864 },
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          border: { top: { style: 'single', size: 4, color: '2F5496', space: 10 }, bottom: { style: 'single', size: 4, color: '2F5496', space: 10 } },
        },
      },
      {
        id: STYLE.note,
        name: 'Author Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: '7F6000', size: 20 },
        paragraph: { shading: { type: 'clear', fill: 'FFF2CC', color: 'auto' }, spacing: { before: 120, after: 120 } },
      },
    ],
  };
}

export function chapterNumbering(): INumberingOptions {
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
    [0, 1, 2, 3].map((level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    }));
  return {
    config: [
      { reference: BULLETS, levels: levels(LevelFormat.BULLET, (level) => ['•', '◦', '▪', '•'][level]!) },
      { reference: NUMBERS, levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
    ],
  };
}
