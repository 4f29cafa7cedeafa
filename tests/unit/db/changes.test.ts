// The change log: every mutation can be undone and redone, also after the database is reopened.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RepositoryDb, canUndoRedo, codePassage, createCity, createTheme, listChanges, redo, undo, updateDocument } from '../../../shared/db';
import { freshDb, sequentialIds, testContext } from '../../helpers';
import { addTestDocument } from './fixtures';

describe('change log', () => {
  it('undoes and redoes a mutation, restoring identical state', async () => {
    const db = freshDb();
    const ctx = { ...testContext, newId: sequentialIds() };
    const city = await createCity(db, ctx, { name: 'Vienna', country: 'at', aliases: ['Wien', 'Vídeň'] });
    expect(city.ok && city.value.country).toBe('AT');
    expect(await db.cities.count()).toBe(1);

    expect((await undo(db)).ok).toBe(true);
    expect(await db.cities.count()).toBe(0);
    expect(await canUndoRedo(db)).toEqual({ undo: null, redo: 'Added city Vienna' });

    expect((await redo(db)).ok).toBe(true);
    expect(await db.cities.get('id-1')).toEqual(city.ok && city.value);
  });

  it('survives reopening the database (undo after a restart)', async () => {
    const name = `restart-${Math.random()}`;
    const first = new RepositoryDb(name, { indexedDB, IDBKeyRange });
    await createTheme(first, testContext, { name: 'Housing' });
    first.close();
    const second = new RepositoryDb(name, { indexedDB, IDBKeyRange });
    expect(await second.themes.count()).toBe(1);
    await undo(second);
    expect(await second.themes.count()).toBe(0);
  });

  it('refuses invalid input and writes nothing', async () => {
    const db = freshDb();
    const doc = await addTestDocument(db);
    const theme = await createTheme(db, testContext, { name: 'Housing' });
    if (!theme.ok) throw new Error('theme');
    const before = await listChanges(db);
    const empty = await codePassage(db, testContext, { documentId: doc.id, start: 5, end: 5, themeIds: [theme.value.id] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty-selection' } });
    const outside = await codePassage(db, testContext, { documentId: doc.id, start: 0, end: 10_000, themeIds: [theme.value.id] });
    expect(outside).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(await db.segments.count()).toBe(0);
    expect(await listChanges(db)).toEqual(before);
  });

  it('refuses to code the same range of a document with a theme it already carries there', async () => {
    const db = freshDb();
    const doc = await addTestDocument(db);
    const housing = await createTheme(db, testContext, { name: 'Housing' });
    const rent = await createTheme(db, testContext, { name: 'Rent' });
    if (!housing.ok || !rent.ok) throw new Error('themes');
    const range = { documentId: doc.id, start: 0, end: 5 };
    expect((await codePassage(db, testContext, { ...range, themeIds: [housing.value.id] })).ok).toBe(true);
    const before = await listChanges(db);
    const again = await codePassage(db, testContext, { ...range, themeIds: [housing.value.id] });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate', message: 'The passage 0–5 is already coded with "Housing".' } });
    expect(await codePassage(db, testContext, { ...range, themeIds: [rent.value.id, housing.value.id] })).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    expect(await db.segments.count()).toBe(1);
    expect(await listChanges(db)).toEqual(before);
    // Another theme on the same range, or the same theme on another range, is a new passage.
    expect((await codePassage(db, testContext, { ...range, themeIds: [rent.value.id] })).ok).toBe(true);
    expect((await codePassage(db, testContext, { ...range, end: 4, themeIds: [housing.value.id] })).ok).toBe(true);
    expect(await db.segments.count()).toBe(3);
  });

  it('explains why an undo cannot happen when its target is gone or was changed outside the log', async () => {
    const db = freshDb();
    const created = await createTheme(db, testContext, { name: 'Housing' });
    if (!created.ok) throw new Error('theme');
    await db.themes.delete(created.value.id);
    const gone = await undo(db);
    expect(gone).toMatchObject({ ok: false, error: { code: 'target-changed' } });
    if (!gone.ok) expect(gone.error.message).toBe('Cannot undo "Added theme Housing": a theme it touched has since been deleted.');

    const doc = await addTestDocument(db);
    await updateDocument(db, testContext, doc.id, { title: 'Renamed' });
    await db.documents.update(doc.id, { title: 'Changed behind the log' });
    const changed = await undo(db);
    expect(changed).toMatchObject({ ok: false, error: { code: 'target-changed' } });
    expect((await db.documents.get(doc.id))?.title).toBe('Changed behind the log');
  });

  it('a new change discards the redo stack', async () => {
    const db = freshDb();
    await createTheme(db, testContext, { name: 'Housing' });
    await undo(db);
    await createTheme(db, testContext, { name: 'Health' });
    expect((await redo(db)).ok && (await canUndoRedo(db)).redo).toBe(null);
  });
});

describe('change log storage', () => {
  it('does not copy a created row into the log, yet redo restores it exactly', async () => {
    const db = freshDb();
    const doc = await addTestDocument(db, 'A long interview text. '.repeat(200));
    const [logged] = await listChanges(db);
    expect(JSON.stringify(logged)).not.toContain('A long interview text');
    await undo(db);
    expect(await db.documents.count()).toBe(0);
    const [undone] = await listChanges(db);
    expect(undone?.patches.find((p) => p.table === 'documents')?.after).toEqual(doc);
    expect(undone?.patches.find((p) => p.table === 'texts')?.after).toEqual({ id: doc.id, text: 'A long interview text. '.repeat(200) });
    await redo(db);
    expect(await db.documents.get(doc.id)).toEqual(doc);
    expect(await db.texts.get(doc.id)).toEqual({ id: doc.id, text: 'A long interview text. '.repeat(200) });
    const [redone] = await listChanges(db);
    for (const patch of redone!.patches) expect(patch).toMatchObject({ after: null, elided: true });
  });
});
