// Heat-map pictures in the Word export: off by default, a PNG and a "Figure N." caption after each matrix table when a renderer is given.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { addBlock, createChapter, resolveChapter, type NewChapterBlock } from '../../../shared/chapters';
import { exportChapterDocx, pictureSize, type RenderPicture } from '../../../shared/export-docx';
import type { Chapter } from '../../../shared/model';
import { sampleRepo, type SampleRepo } from '../chapters/sample-fixture';

/** A real 1 × 1 PNG file: the fake renderer hands it back with the SVG's own size (and a byte after its end, so each picture is its own file). */
const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
/** Text width of the A4 page in pixels at 96 to the inch (9026 twips), and Word's EMUs per pixel. */
const TEXT_WIDTH_PX = 601;
const EMU_PER_PX = 9525;

let repo: SampleRepo;
let chapter: Chapter;

function fakeRenderer(): { render: RenderPicture; svgs: string[] } {
  const svgs: string[] = [];
  const render: RenderPicture = async (svg) => {
    svgs.push(svg);
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    return { png: Uint8Array.from([...TINY_PNG, svgs.length]), width: Number(width) * 2, height: Number(height) * 2 };
  };
  return { render, svgs };
}

const files = (bytes: Uint8Array) => unzipSync(bytes);
const documentXml = (bytes: Uint8Array) => strFromU8(files(bytes)['word/document.xml']!);
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>|<w:tbl>.*?<\/w:tbl>/gs) ?? [];
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

beforeAll(async () => {
  repo = await sampleRepo();
  const { db, ctx } = repo;
  const housing = repo.theme('Housing');
  const cityIds = repo.cities.map((c) => c.id);
  const blocks: NewChapterBlock[] = [
    { type: 'heading', level: 1, text: 'Housing across cities' },
    { type: 'matrix', themeIds: repo.themes.map((t) => t.id), cityIds, show: 'segments', caption: 'Passages by theme and city' },
    { type: 'comparison', themeId: housing.id, cityIds: cityIds.slice(0, 2), caption: '' },
    { type: 'matrix', themeIds: [housing.id], cityIds, show: 'summaries', caption: 'Housing: cell summaries.' },
    { type: 'matrix', themeIds: ['no-such-theme'], cityIds, show: 'segments', caption: 'Gone' },
  ];
  const created = await createChapter(db, ctx, 'Figures');
  if (!created.ok) throw new Error(created.error.message);
  for (const block of blocks) {
    const added = await addBlock(db, ctx, created.value.id, block);
    if (!added.ok) throw new Error(added.error.message);
  }
  chapter = (await db.chapters.get(created.value.id))!;
});

describe('heat-map pictures in the Word export', () => {
  it('are left out by default: no media, no drawing', async () => {
    const result = await exportChapterDocx(repo.db, chapter.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(files(result.value.bytes)).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(documentXml(result.value.bytes)).not.toContain('<w:drawing>');
  });

  it('put a PNG sized to the text width and a "Figure N." caption right after each matrix table that has rows', async () => {
    const { render, svgs } = fakeRenderer();
    const result = await exportChapterDocx(repo.db, chapter.id, { heatmapPictures: render });
    if (!result.ok) throw new Error(result.error.message);
    const zip = files(result.value.bytes);
    const media = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const name of media) {
      expect(name).toMatch(/\.png$/);
      expect([...zip[name]!.subarray(0, TINY_PNG.length)]).toEqual([...TINY_PNG]);
    }
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toContain('Passages by theme and city');
    expect(svgs[1]).toContain('Housing: cell summaries.');

    const parts = paragraphs(documentXml(result.value.bytes));
    const tables = parts.flatMap((p, i) => (p.startsWith('<w:tbl>') ? [i] : []));
    const drawings = parts.flatMap((p, i) => (p.includes('<w:drawing>') ? [i] : []));
    // Tables 1 and 3 are matrices with rows, table 2 the city comparison; the table of a missing theme has no rows and no picture.
    expect(drawings).toEqual([tables[0]! + 1, tables[2]! + 1]);
    const captions = drawings.map((i) => parts[i + 1]!);
    for (const caption of captions) {
      expect(caption).toContain('<w:pStyle w:val="Caption"/>');
      expect(caption).toContain('SEQ Figure');
    }
    expect(captions.map(textOf)).toEqual(['Figure 1. Heat map of Table 1: Passages by theme and city.', 'Figure 2. Heat map of Table 3: Housing: cell summaries.']);

    for (const [n, i] of drawings.entries()) {
      const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(parts[i]!)!;
      const svgSize = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svgs[n]!)!;
      expect(Number(cx)).toBe(TEXT_WIDTH_PX * EMU_PER_PX);
      expect(Number(cy) / Number(cx)).toBeCloseTo(Number(svgSize[2]) / Number(svgSize[1]), 2);
      expect(parts[i]).toContain(`descr="Heat map of Table ${n === 0 ? 1 : 3}`);
    }
  });

  it('shade the figures the table prints: the shown rows with their rolled-up counts', async () => {
    const resolved = await resolveChapter(repo.db, chapter);
    const counts = resolved.blocks.find((r) => r.block.type === 'matrix' && 'table' in r)!;
    if (!('table' in counts)) throw new Error('no table');
    const { table } = counts;
    expect(table.heatmap.rows.map((r) => r.theme.name)).toEqual(table.rows.map((r) => r.label));
    expect(table.heatmap.rows.map((r) => r.depth)).toEqual(table.rows.map((r) => r.depth));
    expect(table.heatmap.rows.map((r) => r.cells.map((c) => String(c.value)))).toEqual(table.rows.map((r) => r.cells.slice(0, -1)));
    expect(table.heatmap.max).toBe(Math.max(...table.rows.flatMap((r) => r.cells.slice(0, -1).map(Number))));
    expect(table.heatmap.max).toBeGreaterThan(0);
  });

  it('refuse a renderer that does not give a PNG, in plain words, writing nothing', async () => {
    const result = await exportChapterDocx(repo.db, chapter.id, { heatmapPictures: async () => ({ png: new TextEncoder().encode('<svg/>'), width: 10, height: 10 }) });
    expect(result).toMatchObject({ ok: false, error: { message: 'The heat map of "Passages by theme and city" could not be drawn as a PNG picture.' } });
  });

  it.each([
    { name: 'wide picture', picture: { width: 2000, height: 500 }, size: { width: 601, height: 150 } },
    { name: 'narrow picture, enlarged to the text width', picture: { width: 400, height: 300 }, size: { width: 601, height: 451 } },
    { name: 'very tall picture, lowered to fit the page', picture: { width: 500, height: 2000 }, size: { width: 205, height: 820 } },
  ])('size a $name', ({ picture, size }) => {
    expect(pictureSize(picture)).toEqual(size);
  });
});
