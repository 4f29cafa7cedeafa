// Code from search: ranges around hits (passage, sentence, paragraph), coded with a theme as one undoable change.
import { describe, expect, it } from 'vitest';
import { undo } from '../../../shared/db';
import { codeFromSearch, rangesToCode, type SearchHit } from '../../../shared/search';
import { sequentialIds, testContext } from '../../helpers';
import { sampleSearch } from './fixture';

const hit = (documentId: string, start: number, end: number, highlights: [number, number][]): SearchHit => ({
  passage: { id: `${documentId}:0`, documentId, start, end },
  score: 1,
  highlights,
  snippet: { text: '', start, end, highlights: [] },
  titleOnly: false,
});

describe('rangesToCode', () => {
  const text = 'First sentence here. The housing office opened! Another one? Yes.\n\nNext paragraph on housing. End.';
  const texts = new Map([['d', text]]);
  const at = (word: string, from = 0) => {
    const i = text.indexOf(word, from);
    return [i, i + word.length] as [number, number];
  };
  const slices = (ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));
  const para1: [number, number] = [0, text.indexOf('\n\n')];
  const para2: [number, number] = [text.indexOf('Next'), text.length];

  it.each([
    ['passage', ['First sentence here. The housing office opened! Another one? Yes.', 'Next paragraph on housing. End.']],
    ['sentence', ['The housing office opened!', 'Next paragraph on housing.']],
    ['paragraph', ['First sentence here. The housing office opened! Another one? Yes.', 'Next paragraph on housing. End.']],
  ] as const)('%s around each hit', (unit, expected) => {
    const hits = [hit('d', ...para1, [at('housing')]), hit('d', ...para2, [at('housing', para2[0])])];
    expect(slices(rangesToCode(hits, unit, texts))).toEqual(expected);
  });

  it('merges overlapping ranges of the same document into one', () => {
    const hits = [hit('d', ...para1, [at('housing')]), hit('d', ...para1, [at('office')])];
    expect(slices(rangesToCode(hits, 'sentence', texts))).toEqual(['The housing office opened!']);
  });
});

describe('codeFromSearch', () => {
  it('codes every hit with the theme in one change that one undo removes', async () => {
    const { db, search } = await sampleSearch();
    const theme = (await db.themes.toArray()).find((t) => t.name === 'Housing')!;
    const results = await search('Wohnung OR housing');
    const hits = results.documents.flatMap((d) => d.hits);
    const texts = new Map((await db.texts.toArray()).map((t) => [t.id, t.text]));
    const ranges = rangesToCode(hits, 'sentence', texts);
    expect(ranges.length).toBeGreaterThan(1);
    const segmentsBefore = await db.segments.count();
    const changesBefore = await db.changes.count();
    const coded = await codeFromSearch(db, { ...testContext, newId: sequentialIds('hit') }, ranges, theme.id);
    expect(coded.ok).toBe(true);
    expect(await db.segments.count()).toBe(segmentsBefore + ranges.length);
    expect(await db.changes.count()).toBe(changesBefore + 1);
    if (!coded.ok) return;
    expect(coded.value.map((s) => ({ documentId: s.documentId, start: s.start, end: s.end }))).toEqual(ranges);
    for (const segment of coded.value) expect(await db.segments.get(segment.id)).toMatchObject({ themeIds: [theme.id], coder: 'Tester' });
    expect((await undo(db)).ok).toBe(true);
    expect(await db.segments.count()).toBe(segmentsBefore);
  });

  it('refuses an unknown theme or a range outside its document, writing nothing', async () => {
    const { db } = await sampleSearch();
    const doc = (await db.documents.toArray())[0]!;
    const before = await db.segments.count();
    const unknown = await codeFromSearch(db, testContext, [{ documentId: doc.id, start: 0, end: 5 }], 'no-such-theme');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const theme = (await db.themes.toArray())[0]!;
    const outside = await codeFromSearch(db, testContext, [{ documentId: doc.id, start: 0, end: 5 }, { documentId: doc.id, start: 10, end: doc.textLength + 1 }], theme.id);
    expect(outside).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(await db.segments.count()).toBe(before);
  });
});
