// Finding documents and themes by what a researcher types on the command line.
import { describe, expect, it } from 'vitest';
import { findDocument, findTheme, themePath } from '../../../shared/coding';
import { createTheme } from '../../../shared/db';
import { codedRepository, value } from './fixtures';

describe('findDocument', () => {
  it('finds by id or exact title, and names the ids when a title is shared', async () => {
    const { db, ids } = await codedRepository();
    expect((await findDocument(db, ids.doc2)).title).toBe('City report');
    expect((await findDocument(db, 'Interview Anna')).id).toBe(ids.doc);
    await expect(findDocument(db, 'interview anna')).rejects.toThrow('There is no document with the id or title "interview anna".');
    await db.documents.update(ids.doc2, { title: 'Interview Anna' });
    await expect(findDocument(db, 'Interview Anna')).rejects.toThrow(`2 documents are titled "Interview Anna"; give one of their ids: `);
  });
});

describe('findTheme', () => {
  it.each([
    ['Rent', 'Housing/Rent'],
    ['housing / rent', 'Housing/Rent'],
    ['LANGUAGE', 'Language'],
  ])('finds %j', async (text, path) => {
    const { db } = await codedRepository();
    const themes = await db.themes.toArray();
    const theme = await findTheme(db, text);
    expect(themePath(theme, new Map(themes.map((t) => [t.id, t]))).join('/')).toBe(path);
  });

  it('asks for the path when several themes share a name, and reports a missing theme', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await createTheme(db, ctx, { name: 'Rent', parentId: ids.language }));
    await expect(findTheme(db, 'Rent')).rejects.toThrow('Several themes are called "Rent"; give the path: ');
    expect((await findTheme(db, 'Language/Rent')).parentId).toBe(ids.language);
    expect((await findTheme(db, ids.rent)).name).toBe('Rent');
    await expect(findTheme(db, 'Housing/Courses')).rejects.toThrow('There is no theme "Housing/Courses" in the codebook.');
  });
});
