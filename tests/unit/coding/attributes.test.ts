// Typed document attributes and bulk tagging as one undoable change.
import { describe, expect, it } from 'vitest';
import { attributeProblem, attributeValueFor, defineAttribute, setCityAttribute, setCityAttributes, setDocumentAttribute, tagDocuments } from '../../../shared/coding';
import { listChanges, undo } from '../../../shared/db';
import type { AttributeDefinition } from '../../../shared/model';
import { codedRepository, snapshot, value } from './fixtures';

const definition = (type: AttributeDefinition['type'], choices: string[] = []): AttributeDefinition => ({
  id: 'a', name: 'Field', appliesTo: 'document', type, choices, createdAt: '', updatedAt: '',
});

describe('attributeValueFor', () => {
  it.each([
    ['text', 42, '42'],
    ['number', '42.5', 42.5],
    ['number', 7, 7],
    ['date', '2024-02-29', '2024-02-29'],
    ['boolean', 'yes', true],
    ['boolean', 'No', false],
    ['boolean', true, true],
    ['choice', 'welcome', 'WELCOME'],
    ['number', null, null],
  ] as const)('%s accepts %j as %j', (type, input, stored) => {
    expect(attributeValueFor(definition(type, ['MIGCITY', 'WELCOME']), input)).toEqual(stored);
  });

  it.each([
    ['number', 'many', 'takes a number'],
    ['number', '', 'takes a number'],
    ['date', '2023-02-29', 'yyyy-mm-dd'],
    ['date', '15.01.2024', 'yyyy-mm-dd'],
    ['boolean', 'maybe', 'yes or no'],
    ['choice', 'OTHER', 'one of MIGCITY, WELCOME'],
  ] as const)('%s refuses %j', (type, input, message) => {
    expect(() => attributeValueFor(definition(type, ['MIGCITY', 'WELCOME']), input)).toThrow(message);
  });
});

describe('attributeProblem', () => {
  it.each([
    ['number', '12', null],
    ['number', '', null],
    ['number', 'twelve', '"Field" takes a number, not "twelve".'],
    ['date', '2024-13-01', '"Field" takes a date written yyyy-mm-dd, not "2024-13-01".'],
    ['choice', 'welcome', null],
    ['choice', 'OTHER', '"Field" takes one of MIGCITY, WELCOME, not "OTHER".'],
  ] as const)('%s %j → %j', (type, input, problem) => {
    expect(attributeProblem(definition(type, ['MIGCITY', 'WELCOME']), input)).toBe(problem);
  });
});

describe('defineAttribute', () => {
  it('refuses a name taken for the same target, allows it for the other, and needs choices for a choice list', async () => {
    const { db, ctx } = await codedRepository();
    expect(await defineAttribute(db, ctx, { name: 'project', type: 'text' })).toMatchObject({ ok: false, error: { code: 'name-taken' } });
    expect((await defineAttribute(db, ctx, { name: 'Project', type: 'text', appliesTo: 'city' })).ok).toBe(true);
    expect(await defineAttribute(db, ctx, { name: 'Group', type: 'choice', choices: [' '] })).toMatchObject({ ok: false, error: { code: 'no-choices' } });
  });
});

describe('setDocumentAttribute', () => {
  it('stores a valid value, clears with null, refuses an invalid one', async () => {
    const { db, ctx, ids } = await codedRepository();
    await db.documents.update(ids.doc, { attributes: { project: 'old', language: 'de' } });
    expect(value(await setDocumentAttribute(db, ctx, ids.doc, ids.project, 'migcity')).attributes).toEqual({ language: 'de', Project: 'MIGCITY' });
    await db.documents.update(ids.doc, { attributes: {} });
    expect(value(await setDocumentAttribute(db, ctx, ids.doc, ids.project, 'migcity')).attributes).toEqual({ Project: 'MIGCITY' });
    expect(await setDocumentAttribute(db, ctx, ids.doc, ids.project, 'none')).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(value(await setDocumentAttribute(db, ctx, ids.doc, ids.project, null)).attributes).toEqual({});
    expect(await setDocumentAttribute(db, ctx, ids.doc, 'missing', 'x')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('tagDocuments', () => {
  it('tags many documents in one change that one undo reverts', async () => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    const changes = (await listChanges(db)).length;
    const tagged = value(await tagDocuments(db, ctx, [ids.doc, ids.doc2], { addCityIds: [ids.graz], kind: 'focus-group', addThemeIds: [ids.rent], attributes: { [ids.project]: 'WELCOME' } }));
    expect(tagged.map((d) => [d.cityIds, d.kind, d.themeIds, d.attributes])).toEqual([
      [[ids.vienna, ids.graz], 'focus-group', [ids.housing, ids.rent], { Project: 'WELCOME' }],
      [[ids.vienna, ids.graz], 'focus-group', [ids.rent], { Project: 'WELCOME' }],
    ]);
    expect((await listChanges(db)).length).toBe(changes + 1);
    value(await undo(db));
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when one value is invalid or a document is missing', async () => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    expect(await tagDocuments(db, ctx, [ids.doc, ids.doc2], { addCityIds: [ids.graz], attributes: { [ids.project]: 'nope' } })).toMatchObject({ ok: false });
    expect(await tagDocuments(db, ctx, [ids.doc, 'gone'], { addCityIds: [ids.graz] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await tagDocuments(db, ctx, [], { kind: 'report' })).toMatchObject({ ok: false, error: { code: 'nothing-selected' } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('setCityAttribute', () => {
  it('sets a typed city attribute and refuses a document attribute or a wrong value', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(value(await setCityAttribute(db, ctx, ids.graz, ids.population, '291072')).attributes).toEqual({ Population: 291072 });
    expect(await setCityAttribute(db, ctx, ids.graz, ids.population, 'many')).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(await setCityAttribute(db, ctx, ids.graz, ids.project, 'MIGCITY')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value(await setCityAttribute(db, ctx, ids.graz, ids.population, null)).attributes).toEqual({});
  });
});

describe('setCityAttributes', () => {
  it('sets several city attributes in one step and writes nothing when one value is wrong', async () => {
    const { db, ctx, ids } = await codedRepository();
    const region = value(await defineAttribute(db, ctx, { name: 'Region', type: 'text', appliesTo: 'city' }));
    const changes = (await listChanges(db)).length;
    expect(value(await setCityAttributes(db, ctx, ids.graz, { [ids.population]: '291072', [region.id]: 'Styria' })).attributes).toEqual({ Population: 291072, Region: 'Styria' });
    expect((await listChanges(db)).length).toBe(changes + 1);
    const before = await snapshot(db);
    expect(await setCityAttributes(db, ctx, ids.graz, { [region.id]: 'Lower Styria', [ids.population]: 'many' })).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(await snapshot(db)).toEqual(before);
  });
});
