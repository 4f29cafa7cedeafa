// Renaming, changing choices and deleting attribute definitions: values follow, one undo restores everything.
import { describe, expect, it } from 'vitest';
import { attributeUsage, defineAttribute, deleteAttribute, renameAttribute, setCityAttribute, setDocumentAttribute, updateChoices } from '../../../shared/coding';
import { listChanges, undo } from '../../../shared/db';
import { codedRepository, snapshot, value } from './fixtures';

async function withValues() {
  const repo = await codedRepository();
  const { db, ctx, ids } = repo;
  value(await setDocumentAttribute(db, ctx, ids.doc, ids.project, 'MIGCITY'));
  value(await setDocumentAttribute(db, ctx, ids.doc2, ids.project, 'WELCOME'));
  value(await setCityAttribute(db, ctx, ids.graz, ids.population, 291072));
  return repo;
}

describe('renameAttribute', () => {
  it('renames the definition and moves every value to the new name; undo restores both', async () => {
    const { db, ctx, ids } = await withValues();
    const before = await snapshot(db);
    expect(value(await renameAttribute(db, ctx, ids.project, ' Research project ')).name).toBe('Research project');
    expect((await db.documents.get(ids.doc))!.attributes).toEqual({ 'Research project': 'MIGCITY' });
    expect((await db.documents.get(ids.doc2))!.attributes).toEqual({ 'Research project': 'WELCOME' });
    value(await undo(db));
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['a name taken by another document attribute', 'Group', 'name-taken'],
    ['an empty name', '  ', 'invalid-name'],
    ['the same name', 'Project', 'unchanged'],
  ])('refuses %s and writes nothing', async (_case, name, code) => {
    const { db, ctx, ids } = await withValues();
    value(await defineAttribute(db, ctx, { name: 'Group', type: 'text' }));
    const before = await snapshot(db);
    expect(await renameAttribute(db, ctx, ids.project, name)).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('allows the name of a city attribute for a document attribute', async () => {
    const { db, ctx, ids } = await withValues();
    expect(value(await renameAttribute(db, ctx, ids.project, 'population')).name).toBe('population');
    expect((await db.cities.get(ids.graz))!.attributes).toEqual({ Population: 291072 });
  });
});

describe('updateChoices', () => {
  it('adds and reorders choices, dropping blanks and repeats', async () => {
    const { db, ctx, ids } = await withValues();
    expect(value(await updateChoices(db, ctx, ids.project, ['WELCOME', ' NEW ', '', 'new', 'MIGCITY'])).choices).toEqual(['WELCOME', 'NEW', 'MIGCITY']);
  });

  it('removes an unused choice but refuses one still set on a document, naming it', async () => {
    const { db, ctx, ids } = await withValues();
    value(await updateChoices(db, ctx, ids.project, ['MIGCITY', 'WELCOME', 'OTHER']));
    expect(value(await updateChoices(db, ctx, ids.project, ['MIGCITY', 'WELCOME'])).choices).toEqual(['MIGCITY', 'WELCOME']);
    const refused = await updateChoices(db, ctx, ids.project, ['MIGCITY']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'choice-in-use', message: '"WELCOME" is still the Project of 1 document: change those first, then remove the choice.' } });
    expect((await db.attributeDefinitions.get(ids.project))!.choices).toEqual(['MIGCITY', 'WELCOME']);
  });

  it('refuses an empty list and a definition that is not a choice list', async () => {
    const { db, ctx, ids } = await withValues();
    expect(await updateChoices(db, ctx, ids.project, [' '])).toMatchObject({ ok: false, error: { code: 'no-choices' } });
    expect(await updateChoices(db, ctx, ids.population, ['1'])).toMatchObject({ ok: false, error: { code: 'not-a-choice-list' } });
  });
});

describe('deleteAttribute', () => {
  it('reports usage, deletes the definition and its values in one step, and one undo brings both back', async () => {
    const { db, ctx, ids } = await withValues();
    const usage = await attributeUsage(db, ids.project);
    expect([usage.holders, Object.fromEntries(usage.byValue)]).toEqual([2, { MIGCITY: 1, WELCOME: 1 }]);
    const before = await snapshot(db);
    const changes = (await listChanges(db)).length;
    expect(value(await deleteAttribute(db, ctx, ids.project))).toEqual({ removedValues: 2 });
    expect(await db.attributeDefinitions.get(ids.project)).toBeUndefined();
    expect((await db.documents.toArray()).map((d) => d.attributes)).toEqual([{}, {}]);
    expect((await listChanges(db)).length).toBe(changes + 1);
    value(await undo(db));
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes a city attribute from cities only, and says when the attribute is gone', async () => {
    const { db, ctx, ids } = await withValues();
    expect(value(await deleteAttribute(db, ctx, ids.population))).toEqual({ removedValues: 1 });
    expect((await db.cities.get(ids.graz))!.attributes).toEqual({});
    expect((await db.documents.get(ids.doc))!.attributes).toEqual({ Project: 'MIGCITY' });
    expect(await deleteAttribute(db, ctx, ids.population)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
