import { describe, expect, it } from 'vitest';
import type { City } from '../../../shared/model';
import {
  filterRows,
  filterChoices,
  nextSort,
  NO_FILTER,
  sortRows,
  toDocumentRows,
  type DocumentSummary,
  type RowFilter,
  type RowSort,
} from '../../../shared/library/document-rows';

const city = (id: string, name: string): City => ({ id, name, country: '', aliases: [], attributes: {}, createdAt: '', updatedAt: '' });
const cities = [city('c-vie', 'Vienna'), city('c-bur', 'Burgas'), city('c-zur', 'Zürich')];

const doc = (id: string, title: string, over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title,
  kind: 'interview',
  language: 'eng',
  cityIds: [],
  size: 100,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const docs = [
  doc('d1', 'Interview 10 with a social worker', { cityIds: ['c-vie'], language: 'deu', size: 5000, createdAt: '2026-01-03T00:00:00.000Z' }),
  doc('d2', 'Interview 2 with a mayor', { cityIds: ['c-bur'], language: 'bul', size: 20, createdAt: '2026-01-01T00:00:00.000Z' }),
  doc('d3', 'Integration report', { kind: 'report', cityIds: ['c-vie', 'c-zur'], size: 900, createdAt: '2026-01-02T00:00:00.000Z' }),
  doc('d4', 'Field notes, Zurich market', { kind: 'field-note', cityIds: [], size: 300, createdAt: '2026-01-04T00:00:00.000Z' }),
];
const rows = toDocumentRows(docs, cities);

describe('toDocumentRows', () => {
  it('joins city names (sorted) and kind labels', () => {
    const report = rows.find((r) => r.id === 'd3')!;
    expect(report.cityNames).toEqual(['Vienna', 'Zürich']);
    expect(report.kindLabel).toBe('Report');
  });
  it('names a city that is no longer in the repository instead of dropping it', () => {
    const [row] = toDocumentRows([doc('x', 'X', { cityIds: ['gone'] })], cities);
    expect(row!.cityNames).toEqual(['Unknown city']);
  });
});

describe('sortRows', () => {
  const cases: [RowSort, string[]][] = [
    [{ key: 'title', direction: 'ascending' }, ['d4', 'd3', 'd2', 'd1']],
    [{ key: 'title', direction: 'descending' }, ['d1', 'd2', 'd3', 'd4']],
    [{ key: 'size', direction: 'ascending' }, ['d2', 'd4', 'd3', 'd1']],
    [{ key: 'imported', direction: 'descending' }, ['d4', 'd1', 'd3', 'd2']],
    [{ key: 'kind', direction: 'ascending' }, ['d4', 'd2', 'd1', 'd3']],
    [{ key: 'cities', direction: 'ascending' }, ['d2', 'd1', 'd3', 'd4']],
    [{ key: 'language', direction: 'ascending' }, ['d2', 'd1', 'd4', 'd3']],
  ];
  it.each(cases)('%j', (sort, expected) => {
    expect(sortRows(rows, sort).map((r) => r.id)).toEqual(expected);
  });
  it('sorts numbers inside titles naturally (2 before 10)', () => {
    const ids = sortRows(rows, { key: 'title', direction: 'ascending' }).map((r) => r.id);
    expect(ids.indexOf('d2')).toBeLessThan(ids.indexOf('d1'));
  });
  it('does not change the input array', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, { key: 'size', direction: 'descending' });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('filterRows', () => {
  const cases: [string, Partial<RowFilter>, string[]][] = [
    ['no filter keeps everything', {}, ['d1', 'd2', 'd3', 'd4']],
    ['title words, any order, ignoring case', { text: 'WITH interview' }, ['d1', 'd2']],
    ['accents are ignored both ways', { text: 'zürich' }, ['d4']],
    ['a kind', { kind: 'report' }, ['d3']],
    ['any of the chosen cities', { cityIds: ['c-bur', 'c-zur'] }, ['d2', 'd3']],
    ['a language', { language: 'deu' }, ['d1']],
    ['filters combine', { cityIds: ['c-vie'], kind: 'interview' }, ['d1']],
    ['nothing matches', { text: 'nowhere' }, []],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(filterRows(rows, { ...NO_FILTER, ...filter }).map((r) => r.id)).toEqual(expected);
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the same column', () => {
    const first = nextSort({ key: 'title', direction: 'ascending' }, 'size');
    expect(first).toEqual({ key: 'size', direction: 'ascending' });
    expect(nextSort(first, 'size')).toEqual({ key: 'size', direction: 'descending' });
    expect(nextSort(nextSort(first, 'size'), 'size')).toEqual({ key: 'size', direction: 'ascending' });
  });
});

describe('filterChoices', () => {
  it('offers each kind and language once, sorted', () => {
    expect(filterChoices(rows)).toEqual({ kinds: ['field-note', 'interview', 'report'], languages: ['bul', 'deu', 'eng'] });
  });
});
