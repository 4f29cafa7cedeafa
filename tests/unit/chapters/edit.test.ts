// Chapter editing: every operation is one undoable step, bad targets are refused in plain words.
import { describe, expect, it } from 'vitest';
import { addBlock, addBlocks, createChapter, deleteChapter, listChapters, moveBlock, removeBlock, renameChapter, reorderChapters, updateBlock } from '../../../shared/chapters';
import { redo, undo } from '../../../shared/db';
import type { Result } from '../../../shared/result';
import { freshDb, sequentialIds, testContext } from '../../helpers';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function setup() {
  const db = freshDb();
  const ctx = { ...testContext, newId: sequentialIds('c') };
  const chapter = value(await createChapter(db, ctx, '  Housing in three cities '));
  return { db, ctx, chapter };
}

const blockTypes = async (db: ReturnType<typeof freshDb>, id: string) => (await db.chapters.get(id))!.blocks.map((b) => (b.type === 'heading' ? b.text : b.type));

describe('chapters', () => {
  it('creates, renames, reorders and deletes chapters, each undoable', async () => {
    const { db, ctx, chapter } = await setup();
    expect(chapter).toMatchObject({ title: 'Housing in three cities', blocks: [], order: 0, createdAt: '2026-01-15T10:00:00.000Z' });
    const second = value(await createChapter(db, ctx, 'Language courses'));
    expect(second.order).toBe(1);
    value(await renameChapter(db, ctx, chapter.id, 'Housing'));
    value(await reorderChapters(db, ctx, [second.id, chapter.id]));
    expect((await listChapters(db)).map((c) => c.title)).toEqual(['Language courses', 'Housing']);
    value(await undo(db));
    expect((await listChapters(db)).map((c) => c.title)).toEqual(['Housing', 'Language courses']);
    value(await undo(db));
    expect((await db.chapters.get(chapter.id))!.title).toBe('Housing in three cities');
    value(await deleteChapter(db, ctx, second.id));
    expect(await db.chapters.count()).toBe(1);
    value(await undo(db));
    expect((await db.chapters.get(second.id))!.title).toBe('Language courses');
  });

  it.each([
    ['an empty title', (db: ReturnType<typeof freshDb>) => createChapter(db, testContext, '   '), 'invalid-chapter'],
    ['renaming a missing chapter', (db: ReturnType<typeof freshDb>) => renameChapter(db, testContext, 'gone', 'x'), 'not-found'],
    ['deleting a missing chapter', (db: ReturnType<typeof freshDb>) => deleteChapter(db, testContext, 'gone'), 'not-found'],
    ['reordering with a missing chapter', (db: ReturnType<typeof freshDb>) => reorderChapters(db, testContext, ['gone']), 'not-found'],
    ['a block in a missing chapter', (db: ReturnType<typeof freshDb>) => addBlock(db, testContext, 'gone', { type: 'note', text: 'x' }), 'not-found'],
  ])('refuses %s and writes nothing', async (_what, run, code) => {
    const db = freshDb();
    const result = await run(db);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await db.changes.count()).toBe(0);
  });

  it('adds, updates, moves and removes blocks, and undo/redo replays each step', async () => {
    const { db, ctx, chapter } = await setup();
    const h = value(await addBlock(db, ctx, chapter.id, { type: 'heading', level: 1, text: 'Intro' }));
    value(await addBlock(db, ctx, chapter.id, { type: 'quote', segmentId: 'seg-1' }));
    value(await addBlock(db, ctx, chapter.id, { type: 'note', text: 'check' }, 0));
    expect(await blockTypes(db, chapter.id)).toEqual(['note', 'Intro', 'quote']);
    value(await updateBlock(db, ctx, chapter.id, h.id, { text: 'Introduction', level: 2 }));
    expect((await db.chapters.get(chapter.id))!.blocks[1]).toMatchObject({ id: h.id, type: 'heading', level: 2, text: 'Introduction' });
    value(await moveBlock(db, ctx, chapter.id, h.id, 0));
    expect(await blockTypes(db, chapter.id)).toEqual(['Introduction', 'note', 'quote']);
    value(await moveBlock(db, ctx, chapter.id, h.id, 99));
    expect(await blockTypes(db, chapter.id)).toEqual(['note', 'quote', 'Introduction']);
    const removed = value(await removeBlock(db, ctx, chapter.id, h.id));
    expect(removed.id).toBe(h.id);
    expect(await blockTypes(db, chapter.id)).toEqual(['note', 'quote']);
    value(await undo(db));
    expect(await blockTypes(db, chapter.id)).toEqual(['note', 'quote', 'Introduction']);
    value(await undo(db));
    value(await undo(db));
    expect(await blockTypes(db, chapter.id)).toEqual(['note', 'Introduction', 'quote']);
    value(await redo(db));
    expect(await blockTypes(db, chapter.id)).toEqual(['Introduction', 'note', 'quote']);
  });

  it('adds several blocks as one step', async () => {
    const { db, ctx, chapter } = await setup();
    value(await addBlock(db, ctx, chapter.id, { type: 'note', text: 'end' }));
    const added = value(await addBlocks(db, ctx, chapter.id, [{ type: 'heading', level: 1, text: 'A' }, { type: 'heading', level: 2, text: 'B' }], 0));
    expect(added.map((b) => b.id)).toEqual(['c-3', 'c-4']);
    expect(await blockTypes(db, chapter.id)).toEqual(['A', 'B', 'note']);
    value(await undo(db));
    expect(await blockTypes(db, chapter.id)).toEqual(['note']);
  });

  it.each([
    ['a heading level out of range', { level: 4 }, 'invalid-chapter block'],
    ['changing the block type', { type: 'note' as const }, 'invalid-chapter block'],
  ])('refuses %s', async (_what, edit, code) => {
    const { db, ctx, chapter } = await setup();
    const h = value(await addBlock(db, ctx, chapter.id, { type: 'heading', level: 1, text: 'Intro' }));
    expect(await updateBlock(db, ctx, chapter.id, h.id, edit)).toMatchObject({ ok: false, error: { code } });
    expect((await db.chapters.get(chapter.id))!.blocks[0]).toMatchObject({ level: 1 });
  });

  it('refuses to edit, move or remove a block that is gone', async () => {
    const { db, ctx, chapter } = await setup();
    for (const result of [
      await updateBlock(db, ctx, chapter.id, 'gone', { text: 'x' }),
      await moveBlock(db, ctx, chapter.id, 'gone', 0),
      await removeBlock(db, ctx, chapter.id, 'gone'),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: 'That block is no longer in the chapter "Housing in three cities".' } });
    }
  });
});
