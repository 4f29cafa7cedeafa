// Cell summaries (framework method): the researcher's synthesis of one theme in one city, kept as a memo on the cell.
import { mutate, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { cellKey, isoNow, memoSchema, randomId, type IdGenerator, type Memo } from '../model';
import { DomainError, type Result } from '../result';
import { cellSummaries } from './compare-data';

/**
 * Writes the summary of the cell theme × city as one undoable change: creates the cell's memo, edits it,
 * or (for empty text) deletes it. Returns the memo, or null when the summary was removed or there was none.
 */
export async function setCellSummary(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  themeId: string,
  cityId: string,
  text: string,
): Promise<Result<Memo | null>> {
  const trimmed = text.trim();
  const label = trimmed === '' ? 'Removed a cell summary' : 'Wrote a cell summary';
  return mutate(db, ctx, label, async (draft) => {
    const [theme, city] = await Promise.all([db.themes.get(themeId), db.cities.get(cityId)]);
    if (!theme) throw new DomainError('not-found', 'That theme is no longer in the codebook.');
    if (!city) throw new DomainError('not-found', 'That city is no longer in the repository.');
    const key = cellKey(themeId, cityId);
    const existing = cellSummaries(await db.memos.where('[targetType+targetId]').equals(['cell', key]).toArray()).get(key);
    const memo = existing ? await db.memos.get(existing.memoId) : undefined;
    if (trimmed === '') {
      if (memo) await draft.delete('memos', memo.id);
      return null;
    }
    const now = isoNow(ctx.clock);
    const next = validRow(
      memoSchema,
      memo
        ? { ...memo, text: trimmed, updatedAt: now }
        : { id: (ctx.newId ?? randomId)(), targetType: 'cell', targetId: key, title: `${theme.name} × ${city.name}`, text: trimmed, coder: ctx.coder, createdAt: now, updatedAt: now },
      'cell summary',
    );
    await draft.put('memos', next);
    return next;
  });
}
