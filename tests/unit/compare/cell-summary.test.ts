// Cell summaries: written, edited and removed as undoable changes, shown in the matrix.
import { describe, expect, it } from 'vitest';
import { computeMatrix, loadCompareData, setCellSummary } from '../../../shared/compare';
import { listChanges, undo, redo } from '../../../shared/db';
import { cellKey } from '../../../shared/model';
import { compareRepository, value } from './fixture';

async function summaryOf(db: Parameters<typeof loadCompareData>[0], themeId: string, cityId: string) {
  const matrix = computeMatrix(await loadCompareData(db));
  const row = matrix.rows.find((r) => r.theme.id === themeId)!;
  return row.cells.find((c) => c.cityId === cityId)!.summary;
}

describe('setCellSummary', () => {
  it('creates, edits and removes the summary of a cell, each one undoable step', async () => {
    const { db, ctx, theme, city } = await compareRepository();
    const created = value(await setCellSummary(db, ctx, theme.housing, city.vienna, '  Registration needs a flat.  '));
    expect(created).toMatchObject({ targetType: 'cell', targetId: cellKey(theme.housing, city.vienna), title: 'Housing × Vienna', text: 'Registration needs a flat.', coder: 'Tester' });
    expect(await summaryOf(db, theme.housing, city.vienna)).toEqual({ memoId: created!.id, title: 'Housing × Vienna', text: 'Registration needs a flat.' });

    const edited = value(await setCellSummary(db, ctx, theme.housing, city.vienna, 'Registration needs a flat; waiting lists are long.'));
    expect(edited!.id).toBe(created!.id);
    expect(await db.memos.count()).toBe(1);

    expect(value(await setCellSummary(db, ctx, theme.housing, city.vienna, '   '))).toBeNull();
    expect(await db.memos.count()).toBe(0);
    expect(await summaryOf(db, theme.housing, city.vienna)).toBeUndefined();

    expect((await listChanges(db, 3)).map((c) => c.label)).toEqual(['Removed a cell summary', 'Wrote a cell summary', 'Wrote a cell summary']);
    value(await undo(db));
    expect((await summaryOf(db, theme.housing, city.vienna))?.text).toBe('Registration needs a flat; waiting lists are long.');
    value(await undo(db));
    expect((await summaryOf(db, theme.housing, city.vienna))?.text).toBe('Registration needs a flat.');
    value(await redo(db));
    expect((await summaryOf(db, theme.housing, city.vienna))?.text).toBe('Registration needs a flat; waiting lists are long.');
  });

  it('removing a summary that does not exist changes nothing', async () => {
    const { db, ctx, theme, city } = await compareRepository();
    const before = (await listChanges(db)).length;
    expect(value(await setCellSummary(db, ctx, theme.rent, city.graz, ''))).toBeNull();
    expect((await listChanges(db)).length).toBe(before);
  });

  it.each([
    ['theme', 'no-theme', 'vienna', 'That theme is no longer in the codebook.'],
    ['city', 'housing', 'no-city', 'That city is no longer in the repository.'],
  ])('refuses a missing %s in plain words and writes nothing', async (_what, themeKey, cityKey, message) => {
    const { db, ctx, theme, city } = await compareRepository();
    const themeId = theme[themeKey as keyof typeof theme] ?? themeKey;
    const cityId = city[cityKey as keyof typeof city] ?? cityKey;
    const result = await setCellSummary(db, ctx, themeId, cityId, 'Text');
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message } });
    expect(await db.memos.count()).toBe(0);
  });
});
