// Export a chapter to Word (.docx): the bytes and a file name, or a plain-words failure.
import { Packer } from 'docx';
import { resolveChapter } from '../chapters';
import type { CompareData } from '../compare';
import type { RepositoryDb } from '../db';
import type { Chapter } from '../model';
import { fail, ok, toFailure, type Result } from '../result';
import { chapterDocument, type ChapterExportOptions } from './document';
import { renderHeatmaps } from './figures';

export { chapterDocument, type ChapterExportOptions } from './document';
export { pictureSize, renderHeatmaps, type RenderedPicture, type RenderPicture } from './figures';

export interface ChapterExport {
  bytes: Uint8Array;
  fileName: string;
  /** Heat-map pictures put in (0 unless `heatmapPictures` was given). */
  pictures: number;
}

/** A file name from the title: characters Windows and macOS refuse become "-". */
export function docxFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const base = title.replace(/\s*[\\/:*?"<>|\u0000-\u001f]+\s*/g, ' - ').replace(/\s+/g, ' ').replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${base.slice(0, 120) || 'Chapter'}.docx`;
}

/** Packs an already loaded chapter (the CLI's draft, the benchmark). */
export async function chapterDocx(db: RepositoryDb, chapter: Chapter, options: ChapterExportOptions = {}, data?: CompareData): Promise<Result<ChapterExport>> {
  try {
    const resolved = await resolveChapter(db, chapter, data);
    const pictures = options.heatmapPictures ? await renderHeatmaps(resolved, options.heatmapPictures) : new Map();
    const bytes = await Packer.pack(chapterDocument(resolved, options, pictures), 'uint8array');
    return ok({ bytes, fileName: docxFileName(chapter.title), pictures: pictures.size });
  } catch (error) {
    return { ok: false, error: toFailure(error, 'export-failed') };
  }
}

export async function exportChapterDocx(db: RepositoryDb, chapterId: string, options: ChapterExportOptions = {}): Promise<Result<ChapterExport>> {
  const chapter = await db.chapters.get(chapterId);
  if (!chapter) return fail('not-found', 'That chapter is no longer in the repository.');
  return chapterDocx(db, chapter, options);
}
