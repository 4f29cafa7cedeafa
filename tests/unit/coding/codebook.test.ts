// The theme codebook: rename, edit, move, merge, delete (never orphans) and counts per theme.
import { describe, expect, it } from 'vitest';
import { deleteTheme, listMemos, mergeThemes, moveTheme, renameTheme, siblingsOf, themeCounts, updateTheme } from '../../../shared/coding';
import { createTheme, listThemes, undo } from '../../../shared/db';
import { codedRepository, expectNoOrphans, snapshot, value } from './fixtures';

describe('renameTheme and updateTheme', () => {
  it('renames, refusing a sibling name (case ignored) but allowing the same name elsewhere', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await renameTheme(db, ctx, ids.housing, 'language')).toMatchObject({ ok: false, error: { code: 'name-taken' } });
    expect(value(await renameTheme(db, ctx, ids.rent, 'Courses')).name).toBe('Courses');
    expect(value(await renameTheme(db, ctx, ids.rent, ' rent ')).name).toBe('rent');
  });

  it('edits colour and description and refuses a colour that is not #rrggbb', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(value(await updateTheme(db, ctx, ids.rent, { colour: '#AABBCC', description: 'Use for rent levels.' }))).toMatchObject({ colour: '#AABBCC', description: 'Use for rent levels.' });
    expect(await updateTheme(db, ctx, ids.rent, { colour: 'red' })).toMatchObject({ ok: false, error: { code: 'invalid-theme' } });
  });
});

describe('moveTheme', () => {
  it('moves a theme to a position among new siblings and renumbers both sibling lists', async () => {
    const { db, ctx, ids } = await codedRepository();
    const extra = value(await createTheme(db, ctx, { name: 'Neighbours', parentId: ids.housing }));
    value(await moveTheme(db, ctx, ids.rent, ids.language, 0));
    expect((await siblingsOf(db, ids.language)).map((t) => [t.name, t.order])).toEqual([['Rent', 0], ['Courses', 1]]);
    expect((await siblingsOf(db, ids.housing)).map((t) => [t.id, t.order])).toEqual([[extra.id, 0]]);
    value(await moveTheme(db, ctx, ids.language, null, 0));
    expect((await siblingsOf(db, null)).map((t) => [t.name, t.order])).toEqual([['Language', 0], ['Housing', 1]]);
  });

  it('refuses moving under itself or a descendant, and a name clash at the destination', async () => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    expect(await moveTheme(db, ctx, ids.housing, ids.housing)).toMatchObject({ ok: false, error: { code: 'cycle' } });
    expect(await moveTheme(db, ctx, ids.housing, ids.rent)).toMatchObject({ ok: false, error: { code: 'cycle' } });
    value(await createTheme(db, ctx, { name: 'Rent', parentId: ids.language }));
    const afterCreate = await snapshot(db);
    expect(await moveTheme(db, ctx, ids.rent, ids.language)).toMatchObject({ ok: false, error: { code: 'name-taken' } });
    expect(await snapshot(db)).toEqual(afterCreate);
    expect(before.themes).toHaveLength(4);
  });
});

describe('mergeThemes', () => {
  it('moves passages without duplicate ids, document themes, sub-themes and memos to the kept theme', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await mergeThemes(db, ctx, ids.housing, ids.rent));
    expect((await db.segments.get(ids.seg2))!.themeIds).toEqual([ids.housing]);
    expect(await db.themes.get(ids.rent)).toBeUndefined();
    expect((await listMemos(db, { targetType: 'theme' })).map((m) => m.targetName)).toEqual(['Housing']);
    value(await mergeThemes(db, ctx, ids.housing, ids.language));
    expect((await db.themes.get(ids.courses))!.parentId).toBe(ids.housing);
    await expectNoOrphans(db);
  });

  it('refuses merging into itself or into its own sub-theme', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await mergeThemes(db, ctx, ids.rent, ids.rent)).toMatchObject({ ok: false, error: { code: 'same-theme' } });
    expect(await mergeThemes(db, ctx, ids.rent, ids.housing)).toMatchObject({ ok: false, error: { code: 'cycle' } });
  });
});

describe('deleteTheme', () => {
  it('asks when passages, documents or sub-themes use it, with counts, and changes nothing', async () => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    const refused = await deleteTheme(db, ctx, ids.housing);
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-use', message: expect.stringContaining('codes 2 passages and 1 document and has 1 sub-theme') } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('with force deletes passages coded only with it, strips it from others, lifts sub-themes to its parent', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await deleteTheme(db, ctx, ids.housing, { force: true }));
    expect(await db.segments.get(ids.seg1)).toBeUndefined();
    expect((await db.segments.get(ids.seg2))!.themeIds).toEqual([ids.rent]);
    expect((await db.documents.get(ids.doc))!.themeIds).toEqual([]);
    expect((await listThemes(db)).map((t) => [t.name, t.parentId, t.order])).toEqual([
      ['Courses', ids.language, 0],
      ['Language', null, 0],
      ['Rent', null, 1],
    ]);
    expect(await listMemos(db, { targetType: 'segment' })).toEqual([]);
    await expectNoOrphans(db);
  });

  it('deletes an unused leaf theme without asking', async () => {
    const { db, ctx } = await codedRepository();
    const leaf = value(await createTheme(db, ctx, { name: 'Unused' }));
    value(await deleteTheme(db, ctx, leaf.id));
    expect(await db.themes.get(leaf.id)).toBeUndefined();
  });
});

describe('themeCounts', () => {
  it('counts passages and documents per theme, directly and with sub-themes', async () => {
    const { db, ids } = await codedRepository();
    const counts = await themeCounts(db);
    expect(counts.get(ids.housing)).toEqual({ segments: 2, documents: 1, segmentsWithDescendants: 2, documentsWithDescendants: 1 });
    expect(counts.get(ids.rent)).toEqual({ segments: 1, documents: 1, segmentsWithDescendants: 1, documentsWithDescendants: 1 });
    expect(counts.get(ids.language)).toEqual({ segments: 0, documents: 0, segmentsWithDescendants: 1, documentsWithDescendants: 1 });
    expect(counts.get(ids.courses)).toEqual({ segments: 1, documents: 1, segmentsWithDescendants: 1, documentsWithDescendants: 1 });
  });
});

describe('codebook edge cases', () => {
  it('reorders a theme among its own siblings', async () => {
    const { db, ctx } = await codedRepository();
    const work = value(await createTheme(db, ctx, { name: 'Work' }));
    value(await moveTheme(db, ctx, work.id, null, 0));
    expect((await siblingsOf(db, null)).map((t) => [t.name, t.order])).toEqual([['Work', 0], ['Housing', 1], ['Language', 2]]);
    value(await moveTheme(db, ctx, work.id, null, 99));
    expect((await siblingsOf(db, null)).map((t) => [t.name, t.order])).toEqual([['Housing', 0], ['Language', 1], ['Work', 2]]);
  });

  it('refuses a merge or delete that would put two sub-themes with the same name side by side, and changes nothing', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await createTheme(db, ctx, { name: 'Courses', parentId: ids.housing }));
    const before = await snapshot(db);
    expect(await mergeThemes(db, ctx, ids.housing, ids.language)).toMatchObject({ ok: false, error: { code: 'name-taken', message: expect.stringContaining('"Courses"') } });
    value(await createTheme(db, ctx, { name: 'Rent' }));
    const withRent = await snapshot(db);
    expect(await deleteTheme(db, ctx, ids.housing, { force: true })).toMatchObject({ ok: false, error: { code: 'name-taken' } });
    expect(await snapshot(db)).toEqual(withRent);
    expect(before.themes).toHaveLength(5);
  });

  it('explains why a merge cannot be undone when a passage it moved was changed outside the change log', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await mergeThemes(db, ctx, ids.housing, ids.rent));
    await db.segments.update(ids.seg2, { memo: 'edited by hand' });
    expect(await undo(db)).toMatchObject({ ok: false, error: { code: 'target-changed', message: expect.stringContaining('Cannot undo "Merged themes"') } });
  });
});
