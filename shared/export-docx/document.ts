// A resolved chapter as a Word document: title, table of contents, the blocks, page numbers in the footer and the appendix.
import { AlignmentType, Document, Footer, HeadingLevel, Paragraph, PageNumber, TableOfContents, TextRun, type Table } from 'docx';
import type { CitationStyle, ResolvedChapter } from '../chapters';
import { appendixDocx } from './appendix';
import { heatmapFigureDocx, type RenderedPicture, type RenderPicture } from './figures';
import { quoteParagraph } from './quotes';
import { chapterNumbering, chapterStyles, EXTERNAL_STYLES, STYLE } from './styles';
import { comparisonTableDocx, matrixTableDocx } from './tables';
import { richParagraphsToDocx } from './text-runs';

export interface ChapterExportOptions {
  citations?: CitationStyle;
  /** The author's note blocks, marked as notes; left out unless true (they are reminders, not text for the reader). */
  includeNotes?: boolean;
  /** The table of contents field after the title; included unless false. */
  includeContents?: boolean;
  /** Written into the document's properties. */
  creator?: string;
  /** Draws the heat map of each matrix table as a picture after it (with its own figure caption); no pictures unless given. */
  heatmapPictures?: RenderPicture;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function body(resolved: ResolvedChapter, citations: CitationStyle, includeNotes: boolean, pictures: ReadonlyMap<string, RenderedPicture>): (Paragraph | Table)[] {
  let tables = 0;
  let figures = 0;
  return resolved.blocks.flatMap((r, index): (Paragraph | Table)[] => {
    switch (r.block.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(3, Math.max(1, r.block.level)) - 1], children: [new TextRun(r.block.text)] })];
      case 'paragraph':
        return 'paragraphs' in r ? richParagraphsToDocx(r.paragraphs, index + 1) : [];
      case 'quote':
        return 'quote' in r ? [quoteParagraph(r.quote, citations)] : [];
      case 'matrix': {
        if (!('table' in r)) return [];
        const number = ++tables;
        const picture = pictures.get(r.block.id);
        return [...matrixTableDocx(r.table, number), ...(picture ? heatmapFigureDocx(picture, r.table.caption, number, ++figures) : [])];
      }
      case 'comparison':
        return 'columns' in r ? comparisonTableDocx(r.block.caption, r.themeName, r.columns, citations, r.themeName && r.columns.length > 0 ? ++tables : tables) : [];
      case 'note':
        return includeNotes ? [new Paragraph({ style: STYLE.note, children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun(r.block.text)] })] : [];
    }
  });
}

/** The contents entries, from the chapter's own headings and the appendix: docx need not scan the document for them. */
function contentsEntries(resolved: ResolvedChapter): { title: string; level: number }[] {
  return [
    ...resolved.blocks.flatMap((r) => (r.block.type === 'heading' ? [{ title: r.block.text, level: Math.min(3, Math.max(1, r.block.level)) }] : [])),
    { title: 'Appendix: sources', level: 1 },
    { title: 'Appendix: codebook', level: 1 },
  ];
}

/** `pictures`: the heat maps already drawn (renderHeatmaps), by matrix block id. */
export function chapterDocument(resolved: ResolvedChapter, options: ChapterExportOptions = {}, pictures: ReadonlyMap<string, RenderedPicture> = new Map()): Document {
  const citations = options.citations ?? 'footnotes';
  const title = resolved.chapter.title;
  return new Document({
    title,
    creator: options.creator ?? 'Comparanda',
    description: `A chapter written in Comparanda, citations as ${citations === 'footnotes' ? 'footnotes' : 'author–date references'}.`,
    externalStyles: EXTERNAL_STYLES,
    styles: chapterStyles(),
    numbering: chapterNumbering(),
    features: { updateFields: options.includeContents !== false },
    sections: [
      {
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [
          new Paragraph({ style: STYLE.title, children: [new TextRun(title)] }),
          ...(options.includeContents === false ? [] : [new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', cachedEntries: contentsEntries(resolved), beginDirty: true })]),
          ...body(resolved, citations, options.includeNotes === true, pictures),
          ...appendixDocx(resolved),
        ],
      },
    ],
  });
}
