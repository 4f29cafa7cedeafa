// Writing chapters: create, rename, delete, reorder chapters and add, edit, move, remove their blocks — each one undoable step.
import { chapterBlockSchema, chapterSchema, isoNow, randomId, type Chapter, type ChapterBlock, type IdGenerator } from '../model';
import { mutate, type Draft, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A block as it is added: the chapter gives it its id. */
export type NewChapterBlock = WithoutId<ChapterBlock>;
/** The fields of a block that can be edited (its type and id stay). */
export type ChapterBlockEdit = Partial<WithoutId<ChapterBlock>>;

export type ChapterContext = MutationContext & { newId?: IdGenerator };

const BLOCK_LABEL: Record<ChapterBlock['type'], string> = {
  heading: 'a heading',
  paragraph: 'a paragraph',
  quote: 'a quote',
  matrix: 'a table',
  comparison: 'a city comparison',
  note: 'a note',
};

async function chapterIn(draft: Draft, chapterId: string): Promise<Chapter> {
  const chapter = await draft.get<Chapter>('chapters', chapterId);
  if (!chapter) throw new DomainError('not-found', 'That chapter is no longer in the repository.');
  return chapter;
}

async function save(draft: Draft, ctx: MutationContext, chapter: Chapter): Promise<Chapter> {
  const next = validRow(chapterSchema, { ...chapter, updatedAt: isoNow(ctx.clock) }, 'chapter');
  await draft.put('chapters', next);
  return next;
}

function blockIndex(chapter: Chapter, blockId: string): number {
  const index = chapter.blocks.findIndex((b) => b.id === blockId);
  if (index < 0) throw new DomainError('not-found', `That block is no longer in the chapter "${chapter.title}".`);
  return index;
}

/** Chapters in the researcher's order. */
export async function listChapters(db: RepositoryDb): Promise<Chapter[]> {
  const all = await db.chapters.toArray();
  return all.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

export async function createChapter(db: RepositoryDb, ctx: ChapterContext, title: string, blocks: readonly NewChapterBlock[] = []): Promise<Result<Chapter>> {
  return mutate(db, ctx, `Added chapter ${title.trim()}`, async (draft) => {
    const now = isoNow(ctx.clock);
    const newId = ctx.newId ?? randomId;
    const last = await db.chapters.orderBy('order').last();
    const order = last ? last.order + 1 : 0;
    const chapter = validRow(
      chapterSchema,
      { id: newId(), title: title.trim(), blocks: blocks.map((b) => ({ ...b, id: newId() })), order, createdAt: now, updatedAt: now },
      'chapter',
    );
    await draft.put('chapters', chapter);
    return chapter;
  });
}

export async function renameChapter(db: RepositoryDb, ctx: MutationContext, chapterId: string, title: string): Promise<Result<Chapter>> {
  return mutate(db, ctx, `Renamed chapter to ${title.trim()}`, async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    return save(draft, ctx, { ...chapter, title: title.trim() });
  });
}

export async function deleteChapter(db: RepositoryDb, ctx: MutationContext, chapterId: string): Promise<Result<void>> {
  const chapter = await db.chapters.get(chapterId);
  return mutate(db, ctx, `Deleted chapter ${chapter?.title ?? ''}`.trim(), async (draft) => {
    await chapterIn(draft, chapterId);
    await draft.delete('chapters', chapterId);
  });
}

/** Puts the chapters in the given order; chapters not named keep their relative order after the named ones. */
export async function reorderChapters(db: RepositoryDb, ctx: MutationContext, orderedIds: readonly string[]): Promise<Result<Chapter[]>> {
  return mutate(db, ctx, 'Reordered chapters', async (draft) => {
    const current = await listChapters(db);
    const rank = new Map(orderedIds.map((id, i) => [id, i]));
    const unknown = orderedIds.find((id) => !current.some((c) => c.id === id));
    if (unknown !== undefined) throw new DomainError('not-found', 'One of those chapters is no longer in the repository.');
    const sorted = [...current].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
    const result: Chapter[] = [];
    for (const [order, chapter] of sorted.entries()) {
      if (chapter.order === order) result.push(chapter);
      else result.push(await save(draft, ctx, { ...chapter, order }));
    }
    return result;
  });
}

/** Adds a block at `atIndex` (default: the end); returns the block with its new id. */
export async function addBlock(
  db: RepositoryDb,
  ctx: ChapterContext,
  chapterId: string,
  block: NewChapterBlock,
  atIndex?: number,
): Promise<Result<ChapterBlock>> {
  return mutate(db, ctx, `Added ${BLOCK_LABEL[block.type]} to a chapter`, async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    const added = validRow(chapterBlockSchema, { ...block, id: (ctx.newId ?? randomId)() }, 'chapter block');
    const at = atIndex === undefined ? chapter.blocks.length : Math.max(0, Math.min(atIndex, chapter.blocks.length));
    const blocks = [...chapter.blocks.slice(0, at), added, ...chapter.blocks.slice(at)];
    await save(draft, ctx, { ...chapter, blocks });
    return added;
  });
}

/** Adds several blocks as one step (a draft, a column of quotes). */
export async function addBlocks(
  db: RepositoryDb,
  ctx: ChapterContext,
  chapterId: string,
  blocks: readonly NewChapterBlock[],
  atIndex?: number,
): Promise<Result<ChapterBlock[]>> {
  return mutate(db, ctx, `Added ${blocks.length} blocks to a chapter`, async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    const newId = ctx.newId ?? randomId;
    const added = blocks.map((b) => validRow(chapterBlockSchema, { ...b, id: newId() }, 'chapter block'));
    const at = atIndex === undefined ? chapter.blocks.length : Math.max(0, Math.min(atIndex, chapter.blocks.length));
    await save(draft, ctx, { ...chapter, blocks: [...chapter.blocks.slice(0, at), ...added, ...chapter.blocks.slice(at)] });
    return added;
  });
}

export async function updateBlock(
  db: RepositoryDb,
  ctx: MutationContext,
  chapterId: string,
  blockId: string,
  edit: ChapterBlockEdit,
): Promise<Result<ChapterBlock>> {
  return mutate(db, ctx, 'Edited a chapter block', async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    const index = blockIndex(chapter, blockId);
    const before = chapter.blocks[index]!;
    if ('type' in edit && edit.type !== undefined && edit.type !== before.type) {
      throw new DomainError('invalid-chapter block', `A ${before.type} block cannot become a ${edit.type} block.`);
    }
    const next = validRow(chapterBlockSchema, { ...before, ...edit, id: before.id, type: before.type }, 'chapter block');
    const blocks = chapter.blocks.map((b, i) => (i === index ? next : b));
    await save(draft, ctx, { ...chapter, blocks });
    return next;
  });
}

/** Moves a block to `toIndex` (its position after the move). */
export async function moveBlock(db: RepositoryDb, ctx: MutationContext, chapterId: string, blockId: string, toIndex: number): Promise<Result<ChapterBlock[]>> {
  return mutate(db, ctx, 'Moved a chapter block', async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    const from = blockIndex(chapter, blockId);
    const to = Math.max(0, Math.min(toIndex, chapter.blocks.length - 1));
    if (from === to) return chapter.blocks;
    const blocks = [...chapter.blocks];
    const [moved] = blocks.splice(from, 1);
    blocks.splice(to, 0, moved!);
    return (await save(draft, ctx, { ...chapter, blocks })).blocks;
  });
}

export async function removeBlock(db: RepositoryDb, ctx: MutationContext, chapterId: string, blockId: string): Promise<Result<ChapterBlock>> {
  return mutate(db, ctx, 'Removed a chapter block', async (draft) => {
    const chapter = await chapterIn(draft, chapterId);
    const index = blockIndex(chapter, blockId);
    const removed = chapter.blocks[index]!;
    await save(draft, ctx, { ...chapter, blocks: chapter.blocks.filter((_, i) => i !== index) });
    return removed;
  });
}
