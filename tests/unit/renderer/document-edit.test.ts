// The Reader form's draft → document edit: typed attribute values, date rules, plain-word problems.
import { describe, expect, it } from 'vitest';
import { draftOf, draftProblem, editOf, typedValue, type DetailsDraft } from '../../../renderer/src/features/reader/document-edit';
import type { AttributeValue, Document } from '../../../shared/model';

const doc: Document = {
  id: 'd1',
  title: 'Interview 7',
  kind: 'interview',
  sourceFormat: 'txt',
  language: 'eng',
  textLength: 10,
  textHash: 'h',
  sha256: 'h',
  sourceId: null,
  pages: [],
  turns: [],
  headings: [],
  cityIds: ['c1'],
  themeIds: [],
  attributes: { project: 'Arrival', wave: 2, recorded: true, note: null },
  metadata: { author: 'A. Researcher', date: '2023-01-02' },
  importedFrom: 'interview-7.txt',
  size: 10,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('typedValue', () => {
  it.each<[string, AttributeValue | undefined, AttributeValue]>([
    ['3', 2, 3],
    ['3.5', 2, 3.5],
    ['three', 2, 'three'],
    ['', 2, ''],
    ['false', true, false],
    ['yes', true, 'yes'],
    ['', null, null],
    ['x', null, 'x'],
    ['42', 'Arrival', '42'],
    ['  spaced ', undefined, '  spaced '],
  ])('%j after %j is %j', (text, previous, expected) => {
    expect(typedValue(text, previous)).toEqual(expected);
  });
});

describe('draftProblem', () => {
  const base = draftOf(doc);
  it.each<[string, Partial<DetailsDraft>, string | null]>([
    ['nothing changed', {}, null],
    ['an empty title', { title: '  ' }, 'A document needs a title.'],
    ['a date in another shape', { date: '18.03.2024' }, 'Write the date as year-month-day, e.g. 2024-03-18.'],
    ['no date at all', { date: '' }, null],
    ['an unnamed attribute', { attributes: [{ key: ' ', value: 'x' }] }, 'Every attribute needs a name.'],
    ['a repeated attribute', { attributes: [{ key: 'wave', value: '1' }, { key: 'wave ', value: '2' }] }, 'The attribute "wave" is listed twice.'],
  ])('%s', (_, patch, expected) => {
    expect(draftProblem({ ...base, ...patch })).toBe(expected);
  });
});

describe('editOf', () => {
  it('keeps value types, trims the title and keeps the other metadata', () => {
    const draft = draftOf(doc);
    expect(draft.attributes).toEqual([
      { key: 'project', value: 'Arrival' },
      { key: 'wave', value: '2' },
      { key: 'recorded', value: 'true' },
      { key: 'note', value: '' },
    ]);
    const edit = editOf(doc, {
      ...draft,
      title: ' Interview 7b ',
      kind: 'focus-group',
      cityIds: [],
      attributes: [...draft.attributes.filter((a) => a.key !== 'project'), { key: 'site', value: 'Graz' }],
    });
    expect(edit).toEqual({
      title: 'Interview 7b',
      kind: 'focus-group',
      cityIds: [],
      attributes: { wave: 2, recorded: true, note: null, site: 'Graz' },
      metadata: { author: 'A. Researcher', date: '2023-01-02' },
    });
  });

  it('removes the date when it is cleared', () => {
    expect(editOf(doc, { ...draftOf(doc), date: '' }).metadata).toEqual({ author: 'A. Researcher' });
  });
});
