// Draft from the matrix: a chapter skeleton for chosen themes and cities, for the author to rewrite.
//
// Shape: an overview table of coded passages (themes × cities); then per theme, in codebook order, a
// level-1 heading, the cell summaries as opening paragraphs (each led by its city's name in bold), and per
// city with coded passages a level-2 heading and its strongest quotes (see strongest.ts for the rule).
// Passages of a theme's sub-themes count for the theme. A theme with no summaries gets a note saying so.
import { computeMatrix, loadCompareData, type CompareData } from '../compare';
import type { RepositoryDb } from '../db';
import type { Chapter } from '../model';
import { DomainError, type Result } from '../result';
import { createChapter, type ChapterContext, type NewChapterBlock } from './edit';
import { richTextOf } from './rich-text';
import { strongestSegments } from './strongest';

export interface DraftOptions {
  themeIds: readonly string[];
  cityIds: readonly string[];
  /** Quotes per theme and city; 2 by default. */
  quotesPerCity?: number;
}

function descendantsOf(data: CompareData, themeId: string): string[] {
  return data.themes.filter((t) => t.parentId === themeId).flatMap((c) => [c.id, ...descendantsOf(data, c.id)]);
}

/** The blocks of a draft; refuses when none of the themes or none of the cities is in the repository. */
export function draftBlocks(data: CompareData, options: DraftOptions): NewChapterBlock[] {
  const perCity = options.quotesPerCity ?? 2;
  const overview = computeMatrix(data, { themeIds: options.themeIds, cityIds: options.cityIds });
  if (overview.rows.length === 0) throw new DomainError('nothing-to-draft', 'None of the chosen themes is in the codebook.');
  if (overview.columns.length === 0) throw new DomainError('nothing-to-draft', 'None of the chosen cities is in the repository.');
  const cityIds = overview.columns.map((c) => c.city.id);
  const documentsById = new Map(data.documents.map((d) => [d.id, d]));
  const segmentsById = new Map(data.segments.map((s) => [s.id, s]));
  const blocks: NewChapterBlock[] = [
    { type: 'matrix', themeIds: overview.rows.map((r) => r.theme.id), cityIds, show: 'segments', caption: 'Coded passages by theme and city' },
  ];
  for (const row of overview.rows) {
    const theme = row.theme;
    blocks.push({ type: 'heading', level: 1, text: theme.name });
    const summaries = row.cells.filter((c) => c.summary && c.summary.text.trim() !== '');
    for (const cell of summaries) {
      const city = overview.columns.find((c) => c.city.id === cell.cityId)!.city;
      blocks.push({ type: 'paragraph', content: richTextOf(cell.summary!.text, `${city.name}.`) });
    }
    if (summaries.length === 0) blocks.push({ type: 'note', text: `No cell summaries for ${theme.name} yet: write them in Compare, or write this section here.` });
    const withSubthemes = computeMatrix(data, { themeIds: [theme.id, ...descendantsOf(data, theme.id)], cityIds });
    const themeRow = withSubthemes.rows.find((r) => r.theme.id === theme.id)!;
    withSubthemes.columns.forEach((column, i) => {
      const segments = (themeRow.rolledUp.cells[i]?.segmentIds ?? []).map((id) => segmentsById.get(id)!);
      if (segments.length === 0) return;
      blocks.push({ type: 'heading', level: 2, text: column.city.name });
      for (const s of strongestSegments(segments, documentsById, perCity)) blocks.push({ type: 'quote', segmentId: s.id });
    });
  }
  return blocks;
}

/** Creates the drafted chapter as one undoable step. */
export async function draftChapter(db: RepositoryDb, ctx: ChapterContext, title: string, options: DraftOptions, data?: CompareData): Promise<Result<Chapter>> {
  let blocks: NewChapterBlock[];
  try {
    blocks = draftBlocks(data ?? (await loadCompareData(db)), options);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toFailure() };
    throw error;
  }
  return createChapter(db, ctx, title, blocks);
}
