// Heat-map pictures after matrix tables: the SVG heat map of each table, drawn to PNG by an injected renderer, with a numbered figure caption.
import { AlignmentType, ImageRun, Paragraph, SimpleField, TextRun } from 'docx';
import type { ResolvedChapter } from '../chapters';
import { heatmapSvg } from '../compare';
import { STYLE } from './styles';
import { TEXT_WIDTH } from './tables';

/** A picture drawn from SVG: the PNG file and its size in pixels. */
export interface RenderedPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Draws an SVG picture as PNG; the app draws on a canvas, the CLI with a Node rasteriser. */
export type RenderPicture = (svg: string) => Promise<RenderedPicture>;

/** Word's drawing sizes are pixels at 96 to the inch; the text width is in twips (1440 to the inch). */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
/** Tallest picture shown: a little under the text height of an A4 page, so the caption fits below it. */
const MAX_HEIGHT_PX = 820;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The heat map's title: the table's caption, or a plain name when it has none. */
export function heatmapTitle(caption: string): string {
  return caption.trim() || 'City × theme matrix';
}

/** Draws the heat map of every matrix table that has rows, one after another; keyed by block id. */
export async function renderHeatmaps(resolved: ResolvedChapter, render: RenderPicture): Promise<Map<string, RenderedPicture>> {
  const pictures = new Map<string, RenderedPicture>();
  for (const r of resolved.blocks) {
    if (!('table' in r) || r.table.heatmap.rows.length === 0 || r.table.heatmap.columns.length === 0) continue;
    const picture = await render(heatmapSvg(r.table.heatmap, heatmapTitle(r.table.caption)));
    const isPng = PNG_SIGNATURE.every((byte, i) => picture.png[i] === byte);
    if (!isPng || !(picture.width > 0) || !(picture.height > 0)) {
      throw new Error(`The heat map of "${heatmapTitle(r.table.caption)}" could not be drawn as a PNG picture.`);
    }
    pictures.set(r.block.id, picture);
  }
  return pictures;
}

/** The display size: as wide as the text, lowered to fit a page when very tall, the proportions kept. */
export function pictureSize(picture: Pick<RenderedPicture, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(TEXT_WIDTH_PX / picture.width, MAX_HEIGHT_PX / picture.height);
  return { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) };
}

/** The picture, kept on the page of its caption below it: "Figure 2. Heat map of Table 3: caption". */
export function heatmapFigureDocx(picture: RenderedPicture, caption: string, tableNumber: number, figureNumber: number): Paragraph[] {
  const title = heatmapTitle(caption);
  const named = caption.trim().replace(/[.\s]+$/, '');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: pictureSize(picture),
          altText: { name: `Figure ${figureNumber}`, title, description: `Heat map of Table ${tableNumber}: ${title}, themes by city, darker cells for higher figures.` },
        }),
      ],
    }),
    new Paragraph({
      style: STYLE.caption,
      children: [new TextRun('Figure '), new SimpleField('SEQ Figure \\* ARABIC', String(figureNumber)), new TextRun(`. Heat map of Table ${tableNumber}${named ? `: ${named}` : ''}.`)],
    }),
  ];
}
