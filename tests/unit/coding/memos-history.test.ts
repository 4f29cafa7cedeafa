// Memos on every kind of target with the memo list, the history panel's entries and the coder's name.
import { describe, expect, it } from 'vitest';
import { createMemo, deleteMemo, getCoderName, historyEntries, listMemos, setCoderName, updateMemo } from '../../../shared/coding';
import { setSetting, undo } from '../../../shared/db';
import { SETTING_KEYS } from '../../../shared/model';
import { freshDb } from '../../helpers';
import { codedRepository, value } from './fixtures';

describe('memos', () => {
  it('lists memos on every target kind with the target name, newest first', async () => {
    const { db, ids } = await codedRepository();
    await setSetting(db, SETTING_KEYS.repositoryName, 'Welcome cities');
    const later = { coder: 'Mira', clock: () => new Date('2026-02-01T09:00:00Z'), newId: () => 'memo-doc' };
    value(await createMemo(db, later, { targetType: 'document', targetId: ids.doc, title: ' Context ', text: 'Recorded in a café.' }));
    value(await createMemo(db, { ...later, newId: () => 'memo-repo' }, { targetType: 'repository', targetId: '', text: 'Study plan.' }));
    const names = (await listMemos(db)).map((m) => [m.targetType, m.targetName]);
    expect(names).toEqual([
      ['document', 'Interview Anna'],
      ['repository', 'Welcome cities'],
      ['city', 'Graz'],
      ['theme', 'Rent'],
      ['cell', 'Courses × Graz'],
      ['segment', '“We found the flat through the housing office.” in Interview Anna'],
    ]);
    expect((await db.memos.get('memo-doc'))).toMatchObject({ title: 'Context', coder: 'Mira' });
    expect((await listMemos(db, { targetType: 'theme' })).map((m) => m.text)).toEqual(['Rent levels, not ownership.']);
  });

  it('refuses a memo on a missing target, edits and deletes, and reports a missing memo', async () => {
    const { db, ctx } = await codedRepository();
    expect(await createMemo(db, ctx, { targetType: 'theme', targetId: 'gone', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const memo = (await db.memos.toCollection().first())!;
    expect(value(await updateMemo(db, ctx, memo.id, { title: 'New', text: 'Changed' }))).toMatchObject({ title: 'New', text: 'Changed' });
    value(await deleteMemo(db, ctx, memo.id));
    expect(await updateMemo(db, ctx, memo.id, { text: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await deleteMemo(db, ctx, memo.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('history', () => {
  it('lists who did what and when, newest first, marking undone steps', async () => {
    const { db, ctx, ids } = await codedRepository();
    value(await createMemo(db, { ...ctx, coder: 'Mira' }, { targetType: 'city', targetId: ids.vienna, text: 'Capital.' }));
    value(await undo(db));
    const entries = await historyEntries(db);
    expect(entries[0]).toMatchObject({ coder: 'Mira', label: 'Wrote a memo', state: 'undone', rows: 1, at: '2026-01-15T10:00:00.000Z' });
    expect(entries[1]).toMatchObject({ label: 'Defined attribute Population', state: 'done' });
    expect(entries.at(-1)).toMatchObject({ label: 'Imported "Interview Anna"', coder: 'Tester' });
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));
  });

  it('stores the coder name once, trimmed, and refuses an empty one', async () => {
    const db = freshDb();
    expect(await getCoderName(db)).toBeUndefined();
    expect(await setCoderName(db, '   ')).toMatchObject({ ok: false, error: { code: 'empty-name' } });
    expect(await setCoderName(db, ' Mira Novak ')).toEqual({ ok: true, value: 'Mira Novak' });
    expect(await getCoderName(db)).toBe('Mira Novak');
  });
});
