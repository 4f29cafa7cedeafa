// A chapter read for showing and exporting: each block with what it refers to (quotes, table cells, city columns) looked up now.
import { computeMatrix, loadCompareData, loadQuotes, themeRows, type CompareData, type Matrix, type Quote } from '../compare';
import type { RepositoryDb } from '../db';
import type { Chapter, ChapterBlock, City, Segment, Theme } from '../model';
import { richParagraphs, type RichParagraph } from './rich-text';
import { strongestSegments } from './strongest';

/** Quotes per city in a city comparison block. */
export const COMPARISON_QUOTES_PER_CITY = 3;

type BlockOf<T extends ChapterBlock['type']> = Extract<ChapterBlock, { type: T }>;

export interface ChapterTable {
  caption: string;
  /** First cell names the rows ("Theme"), then one per city, then "Total" for counts. */
  header: string[];
  rows: { label: string; depth: number; cells: string[] }[];
  /** Themes or cities the block names that are no longer in the repository. */
  missing: string[];
  /** The table's figures as a matrix for its heat-map picture: the shown theme rows, each cell its rolled-up figure. */
  heatmap: Matrix;
}

export interface ComparisonColumn {
  cityId: string;
  cityName: string;
  quotes: Quote[];
  /** All passages of the theme in the city; the column shows the strongest few. */
  passageCount: number;
}

export type ResolvedBlock =
  | { block: BlockOf<'heading'> }
  | { block: BlockOf<'paragraph'>; paragraphs: RichParagraph[] }
  | { block: BlockOf<'quote'>; quote: Quote | null }
  | { block: BlockOf<'matrix'>; table: ChapterTable }
  | { block: BlockOf<'comparison'>; themeName: string | null; columns: ComparisonColumn[] }
  | { block: BlockOf<'note'> };

export interface ResolvedChapter {
  chapter: Chapter;
  blocks: ResolvedBlock[];
  /** Every quoted passage still in the repository, in order of first citation. */
  cited: Quote[];
  /** Quote blocks whose passage was deleted. */
  removed: number;
  /** The themes the chapter's quotes, tables and comparisons use, in codebook order (for the appendix). */
  themesUsed: Theme[];
  themes: Theme[];
  cities: City[];
}

function descendantsOf(themes: readonly Theme[], themeId: string): string[] {
  const children = themes.filter((t) => t.parentId === themeId);
  return children.flatMap((c) => [c.id, ...descendantsOf(themes, c.id)]);
}

/** A theme's row counts its sub-themes' passages too (each passage once), so a parent row is never emptier than its children. */
export function matrixTable(data: CompareData, block: BlockOf<'matrix'>): ChapterTable {
  const summaries = block.show === 'summaries';
  const shown = themeRows(data.themes, block.themeIds);
  const counted = new Set(shown.flatMap((r) => [r.theme.id, ...descendantsOf(data.themes, r.theme.id)]));
  const matrix = computeMatrix(data, { measure: block.show === 'summaries' ? 'segments' : block.show, themeIds: [...counted], cityIds: block.cityIds });
  const rowById = new Map(matrix.rows.map((r) => [r.theme.id, r]));
  const themeIds = new Set(data.themes.map((t) => t.id));
  const cityIds = new Set(data.cities.map((c) => c.id));
  const missing = [
    ...block.themeIds.filter((id) => !themeIds.has(id)).map(() => 'a theme no longer in the codebook'),
    ...block.cityIds.filter((id) => !cityIds.has(id)).map(() => 'a city no longer in the repository'),
  ];
  return {
    caption: block.caption,
    header: ['Theme', ...matrix.columns.map((c) => c.city.name), ...(summaries ? [] : ['Total'])],
    rows: shown.map(({ theme, depth }) => {
      const row = rowById.get(theme.id)!;
      return {
        label: theme.name,
        depth,
        cells: summaries
          ? row.cells.map((c) => c.summary?.text.trim() || '—')
          : [...row.rolledUp.cells.map((c) => String(c.value)), String(row.rolledUp.totalValue)],
      };
    }),
    missing,
    heatmap: shownMatrix(matrix, shown),
  };
}

/** The matrix cut to the shown rows, each cell holding its rolled-up figure (what the table prints), shaded against their maximum. */
function shownMatrix(matrix: Matrix, shown: readonly { theme: Theme; depth: number }[]): Matrix {
  const rowById = new Map(matrix.rows.map((r) => [r.theme.id, r]));
  const rows = shown.map(({ theme, depth }) => {
    const row = rowById.get(theme.id)!;
    return { ...row, depth, cells: row.cells.map((c, i) => ({ ...c, ...row.rolledUp.cells[i] })) };
  });
  return { ...matrix, rows, max: Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.value))) };
}

function comparisonColumns(data: CompareData, block: BlockOf<'comparison'>): { themeName: string | null; columns: { cityId: string; cityName: string; segments: Segment[]; passageCount: number }[] } {
  const theme = data.themes.find((t) => t.id === block.themeId);
  if (!theme) return { themeName: null, columns: [] };
  const matrix = computeMatrix(data, { themeIds: [theme.id, ...descendantsOf(data.themes, theme.id)], cityIds: block.cityIds });
  const row = matrix.rows.find((r) => r.theme.id === theme.id);
  const segmentsById = new Map(data.segments.map((s) => [s.id, s]));
  const documentsById = new Map(data.documents.map((d) => [d.id, d]));
  const byCity = new Map(matrix.columns.map((c, i) => [c.city.id, { name: c.city.name, ids: row?.rolledUp.cells[i]?.segmentIds ?? [] }]));
  const columns = block.cityIds.flatMap((cityId) => {
    const found = byCity.get(cityId);
    if (!found) return [];
    const segments = found.ids.flatMap((id) => (segmentsById.has(id) ? [segmentsById.get(id)!] : []));
    return [{ cityId, cityName: found.name, segments: strongestSegments(segments, documentsById, COMPARISON_QUOTES_PER_CITY), passageCount: segments.length }];
  });
  return { themeName: theme.name, columns };
}

/** Looks up everything the chapter's blocks refer to; `data` may be passed when already loaded. */
export async function resolveChapter(db: RepositoryDb, chapter: Chapter, given?: CompareData): Promise<ResolvedChapter> {
  const needsData = chapter.blocks.some((b) => b.type === 'matrix' || b.type === 'comparison');
  const data = given ?? (needsData ? await loadCompareData(db) : undefined);
  const themes = data?.themes ?? (await db.themes.toArray());
  const cities = data?.cities ?? (await db.cities.toArray());
  const comparisons = new Map(
    chapter.blocks.flatMap((b) => (b.type === 'comparison' && data ? [[b.id, comparisonColumns(data, b)] as const] : [])),
  );
  const quoteIds = [
    ...chapter.blocks.flatMap((b) => (b.type === 'quote' ? [b.segmentId] : [])),
    ...[...comparisons.values()].flatMap((c) => c.columns.flatMap((col) => col.segments.map((s) => s.id))),
  ];
  const quotes = await loadQuotes(db, quoteIds);
  const usedThemeIds = new Set<string>();
  const cited = new Map<string, Quote>();
  let removed = 0;
  const cite = (quote: Quote) => {
    if (!cited.has(quote.segmentId)) cited.set(quote.segmentId, quote);
    for (const id of quote.themeIds) usedThemeIds.add(id);
  };

  const blocks = chapter.blocks.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'paragraph':
        return { block, paragraphs: richParagraphs(block.content) };
      case 'quote': {
        const quote = quotes.get(block.segmentId) ?? null;
        if (quote) cite(quote);
        else removed += 1;
        return { block, quote };
      }
      case 'matrix': {
        for (const id of block.themeIds) usedThemeIds.add(id);
        return { block, table: matrixTable(data!, block) };
      }
      case 'comparison': {
        usedThemeIds.add(block.themeId);
        const { themeName, columns } = comparisons.get(block.id)!;
        return {
          block,
          themeName,
          columns: columns.map((c) => {
            const found = c.segments.flatMap((s) => (quotes.get(s.id) ? [quotes.get(s.id)!] : []));
            found.forEach(cite);
            return { cityId: c.cityId, cityName: c.cityName, quotes: found, passageCount: c.passageCount };
          }),
        };
      }
      case 'heading':
        return { block };
      case 'note':
        return { block };
    }
  });
  const themesUsed = themeRows(themes).flatMap((r) => (usedThemeIds.has(r.theme.id) ? [r.theme] : []));
  return { chapter, blocks, cited: [...cited.values()], removed, themesUsed, themes, cities };
}
