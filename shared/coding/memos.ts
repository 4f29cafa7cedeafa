// Memos on documents, themes, cities, passages, matrix cells and the repository, and the memo list.
import { isoNow, memoSchema, randomId, type IdGenerator, type Memo, type MemoTarget } from '../model';
import { mutate, repositoryName, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { segmentQuote } from './segments';

/** The name a memo list shows for a target, or undefined when the target is gone. */
export async function targetName(db: RepositoryDb, targetType: MemoTarget, targetId: string): Promise<string | undefined> {
  switch (targetType) {
    case 'document':
      return (await db.documents.get(targetId))?.title;
    case 'theme':
      return (await db.themes.get(targetId))?.name;
    case 'city':
      return (await db.cities.get(targetId))?.name;
    case 'segment': {
      const segment = await db.segments.get(targetId);
      if (!segment) return undefined;
      const quote = (await segmentQuote(db, segment)).replace(/\s+/g, ' ').trim();
      const title = (await db.documents.get(segment.documentId))?.title ?? 'a document';
      return `“${quote.length > 50 ? quote.slice(0, 49) + '…' : quote}” in ${title}`;
    }
    case 'cell': {
      const [themeId = '', cityId = ''] = targetId.split('|');
      const [theme, city] = await Promise.all([db.themes.get(themeId), db.cities.get(cityId)]);
      return theme && city ? `${theme.name} × ${city.name}` : undefined;
    }
    case 'repository':
      return repositoryName(db);
  }
}

export interface NewMemo {
  targetType: MemoTarget;
  targetId: string;
  title?: string;
  text: string;
}

export async function createMemo(db: RepositoryDb, ctx: MutationContext & { newId?: IdGenerator }, input: NewMemo): Promise<Result<Memo>> {
  return mutate(db, ctx, 'Wrote a memo', async (draft) => {
    if (input.targetType !== 'repository' && (await targetName(db, input.targetType, input.targetId)) === undefined) {
      throw new DomainError('not-found', `The ${input.targetType} this memo is about is no longer in the repository.`);
    }
    const now = isoNow(ctx.clock);
    const memo = validRow(
      memoSchema,
      {
        id: (ctx.newId ?? randomId)(),
        targetType: input.targetType,
        targetId: input.targetId,
        title: input.title?.trim() ?? '',
        text: input.text,
        coder: ctx.coder,
        createdAt: now,
        updatedAt: now,
      },
      'memo',
    );
    await draft.put('memos', memo);
    return memo;
  });
}

export async function updateMemo(
  db: RepositoryDb,
  ctx: MutationContext,
  memoId: string,
  edit: { title?: string; text?: string },
): Promise<Result<Memo>> {
  return mutate(db, ctx, 'Edited a memo', async (draft) => {
    const memo = await db.memos.get(memoId);
    if (!memo) throw new DomainError('not-found', 'That memo is no longer in the repository.');
    const next = validRow(
      memoSchema,
      { ...memo, ...(edit.title !== undefined ? { title: edit.title.trim() } : {}), ...(edit.text !== undefined ? { text: edit.text } : {}), updatedAt: isoNow(ctx.clock) },
      'memo',
    );
    await draft.put('memos', next);
    return next;
  });
}

export async function deleteMemo(db: RepositoryDb, ctx: MutationContext, memoId: string): Promise<Result<Memo>> {
  return mutate(db, ctx, 'Deleted a memo', async (draft) => {
    const memo = await db.memos.get(memoId);
    if (!memo) throw new DomainError('not-found', 'That memo is no longer in the repository.');
    await draft.delete('memos', memoId);
    return memo;
  });
}

export interface MemoListEntry extends Memo {
  /** What the memo is about, as the list shows it ("Housing", "Vienna", "Housing × Vienna" …). */
  targetName: string;
  /** False when the target has been deleted since. */
  targetExists: boolean;
}

/** Every memo (optionally of one target type), most recently edited first, with its target's name. */
export async function listMemos(db: RepositoryDb, filter: { targetType?: MemoTarget } = {}): Promise<MemoListEntry[]> {
  const memos = filter.targetType ? await db.memos.where('targetType').equals(filter.targetType).toArray() : await db.memos.toArray();
  memos.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return Promise.all(
    memos.map(async (memo) => {
      const name = await targetName(db, memo.targetType, memo.targetId);
      return { ...memo, targetName: name ?? `(deleted ${memo.targetType})`, targetExists: name !== undefined };
    }),
  );
}
