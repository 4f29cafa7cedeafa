// Passage coding: the overlap rule, boundaries, themes on a passage, city override, quotes, speaker and in-vivo coding.
import { describe, expect, it } from 'vitest';
import {
  addThemesToSegment, adjustSegment, codeSelection, codeSpeakerTurns, deleteSegment, inVivoCode, inVivoName,
  removeThemeFromSegment, segmentQuote, setSegmentCity, setSegmentMemo,
} from '../../../shared/coding';
import { createTheme, listChanges, undo } from '../../../shared/db';
import { codedRepository, rangeOf, REPORT, snapshot, TRANSCRIPT, value } from './fixtures';

describe('codeSelection and the overlap rule', () => {
  it.each([
    ['an exact duplicate', 'We found the flat through the housing office.', ['housing'], 'duplicate'],
    ['the same theme on an overlapping range', 'the housing office.', ['housing'], 'overlap'],
    ['a shared theme among others', 'the flat through', ['language', 'housing'], 'overlap'],
    ['an empty selection', '', ['language'], 'empty-selection'],
  ] as const)('refuses %s', async (_what, part, themes, code) => {
    const { db, ctx, ids } = await codedRepository();
    const before = await snapshot(db);
    const range = part === '' ? { start: 10, end: 10 } : rangeOf(TRANSCRIPT, part);
    const result = await codeSelection(db, ctx, { documentId: ids.doc, ...range, themeIds: themes.map((t) => ids[t]) });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a range outside the text, a missing theme and no theme at all', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await codeSelection(db, ctx, { documentId: ids.doc, start: 0, end: TRANSCRIPT.length + 1, themeIds: [ids.language] })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(await codeSelection(db, ctx, { documentId: ids.doc, start: -1, end: 4, themeIds: [ids.language] })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(await codeSelection(db, ctx, { documentId: ids.doc, start: 0, end: 4, themeIds: ['gone'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await codeSelection(db, ctx, { documentId: ids.doc, start: 0, end: 4, themeIds: [] })).toMatchObject({ ok: false, error: { code: 'no-theme' } });
  });

  it('allows overlapping passages with different themes, the same range with other themes, and the same theme side by side', async () => {
    const { db, ctx, ids } = await codedRepository();
    const whole = rangeOf(TRANSCRIPT, 'We found the flat through the housing office.');
    value(await codeSelection(db, ctx, { documentId: ids.doc, ...rangeOf(TRANSCRIPT, 'the housing office'), themeIds: [ids.language] }));
    value(await codeSelection(db, ctx, { documentId: ids.doc, ...whole, themeIds: [ids.rent] }));
    value(await codeSelection(db, ctx, { documentId: ids.doc, start: whole.end, end: whole.end + 5, themeIds: [ids.housing] }));
    expect(await db.segments.where('documentId').equals(ids.doc).count()).toBe(5);
  });
});

describe('changing a passage', () => {
  it('adds themes (refusing an overlap conflict) and removes them; removing the last one deletes the passage and its memo', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(value(await addThemesToSegment(db, ctx, ids.seg1, [ids.language, ids.language])).themeIds).toEqual([ids.housing, ids.language]);
    expect(await addThemesToSegment(db, ctx, ids.seg1, [ids.housing])).toMatchObject({ ok: false, error: { code: 'unchanged' } });
    value(await codeSelection(db, ctx, { documentId: ids.doc, ...rangeOf(TRANSCRIPT, 'Almost a year'), themeIds: [ids.courses] }));
    expect(await addThemesToSegment(db, ctx, ids.seg2, [ids.courses])).toMatchObject({ ok: false, error: { code: 'overlap' } });
    expect(value(await removeThemeFromSegment(db, ctx, ids.seg1, ids.housing))!.themeIds).toEqual([ids.language]);
    expect(await removeThemeFromSegment(db, ctx, ids.seg1, ids.language)).toEqual({ ok: true, value: null });
    expect(await db.segments.get(ids.seg1)).toBeUndefined();
    expect(await db.memos.where('targetType').equals('segment').count()).toBe(0);
    value(await undo(db));
    expect(await db.segments.get(ids.seg1)).toBeDefined();
    expect(await db.memos.where('targetType').equals('segment').count()).toBe(1);
  });

  it.each([
    [10, 10, 'empty-selection'],
    [20, 5, 'empty-selection'],
    [0, TRANSCRIPT.length + 3, 'out-of-range'],
  ])('adjustSegment refuses %i–%i (%s)', async (start, end, code) => {
    const { db, ctx, ids } = await codedRepository();
    expect(await adjustSegment(db, ctx, ids.seg1, start, end)).toMatchObject({ ok: false, error: { code } });
  });

  it('adjustSegment moves boundaries, refusing to grow into a passage with the same theme', async () => {
    const { db, ctx, ids } = await codedRepository();
    const seg = value(await adjustSegment(db, ctx, ids.seg1, 6, 14));
    expect(await segmentQuote(db, seg)).toBe('We found');
    expect(await adjustSegment(db, ctx, ids.seg1, 6, TRANSCRIPT.length)).toMatchObject({ ok: false, error: { code: 'overlap' } });
  });

  it('sets a city override (refusing a missing city), a memo, and deletes', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(value(await setSegmentCity(db, ctx, ids.seg1, ids.graz)).cityId).toBe(ids.graz);
    expect(value(await setSegmentCity(db, ctx, ids.seg1, null)).cityId).toBeNull();
    expect(await setSegmentCity(db, ctx, ids.seg1, 'gone')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value(await setSegmentMemo(db, ctx, ids.seg1, 'Note')).memo).toBe('Note');
    value(await deleteSegment(db, ctx, ids.seg1));
    expect(await deleteSegment(db, ctx, ids.seg1)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('segmentQuote', () => {
  it('reads the text at the offsets from the document text', async () => {
    const { db, ids } = await codedRepository();
    expect(await segmentQuote(db, (await db.segments.get(ids.seg3))!)).toBe('Graz both run language courses');
    expect(await segmentQuote(db, { documentId: ids.doc2, start: 0, end: 6 })).toBe(REPORT.slice(0, 6));
  });
});

describe('codeSpeakerTurns', () => {
  it('codes every turn of one speaker as one change, skipping turns already coded with the theme', async () => {
    const { db, ctx, ids } = await codedRepository();
    const anna = value(await codeSpeakerTurns(db, ctx, ids.doc, 'Anna', [ids.rent]));
    expect(anna.skipped).toBe(1);
    expect(await Promise.all(anna.coded.map((s) => segmentQuote(db, s)))).toEqual(['We found the flat through the housing office.']);
    value(await undo(db));
    const changes = (await listChanges(db)).length;
    const interviewer = value(await codeSpeakerTurns(db, ctx, ids.doc, 'Interviewer', [ids.language]));
    expect(await Promise.all(interviewer.coded.map((s) => segmentQuote(db, s)))).toEqual(['How long did it take?', 'And the language course?']);
    expect((await listChanges(db)).length).toBe(changes + 1);
  });

  it('reports a speaker without turns and turns that are all coded already', async () => {
    const { db, ctx, ids } = await codedRepository();
    expect(await codeSpeakerTurns(db, ctx, ids.doc, 'Bob', [ids.housing])).toMatchObject({ ok: false, error: { code: 'no-turns' } });
    expect(await codeSpeakerTurns(db, ctx, ids.doc, 'Anna', [ids.housing])).toMatchObject({ ok: false, error: { code: 'unchanged' } });
  });
});

describe('inVivoCode', () => {
  it.each([
    ['  the   rent\nis high ', 'the rent is high'],
    ['x'.repeat(80), 'x'.repeat(59) + '…'],
  ])('names the theme after %j', (selection, name) => {
    expect(inVivoName(selection)).toBe(name);
  });

  it('creates a theme named by the selection and codes it in one change; an existing sibling name is reused', async () => {
    const { db, ctx, ids } = await codedRepository();
    const range = rangeOf(TRANSCRIPT, 'housing office');
    const first = value(await inVivoCode(db, ctx, ids.doc, range.start, range.end, ids.housing));
    expect(first).toMatchObject({ createdTheme: true, theme: { name: 'housing office', parentId: ids.housing } });
    value(await createTheme(db, ctx, { name: 'Rent is high' }));
    const rent = rangeOf(TRANSCRIPT, 'rent is high');
    const reused = value(await inVivoCode(db, ctx, ids.doc, rent.start, rent.end));
    expect(reused.createdTheme).toBe(false);
    expect(await inVivoCode(db, ctx, ids.doc, 51, 52)).toMatchObject({ ok: false, error: { code: 'empty-selection' } });
    value(await undo(db));
    expect(await db.segments.get(reused.segment.id)).toBeUndefined();
    expect(await db.themes.filter((t) => t.name === 'Rent is high').count()).toBe(1);
  });
});
