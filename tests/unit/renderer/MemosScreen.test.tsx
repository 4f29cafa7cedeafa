// @vitest-environment happy-dom
// The Memos screen lists memos with their targets, filters by target type and links to the target; History lists changes.
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codeSelection, createMemo, setCoderName } from '../../../shared/coding';
import { testContext } from '../../helpers';
import { codingRepository } from './coding-fixtures';
import { renderApp } from './render-app';

describe('the Memos screen', () => {
  it('lists memos with their targets, filters by type and links to the target', async () => {
    const { db, documentId, housing } = await codingRepository();
    await createMemo(db, testContext, { targetType: 'document', targetId: documentId, text: 'Check the 2021 figures.' });
    await createMemo(db, testContext, { targetType: 'theme', targetId: housing.id, text: 'Split into rent and ownership?' });
    renderApp('/memos', db);
    await waitFor(() => expect(screen.getAllByTestId('memo-entry')).toHaveLength(2));
    const documentMemo = screen.getAllByTestId('memo-entry').find((e) => e.textContent?.includes('2021'))!;
    expect(within(documentMemo).getByRole('link', { name: 'Graz report' }).getAttribute('href')).toBe(`#/reader/${documentId}`);
    fireEvent.click(screen.getByRole('radio', { name: 'Theme' }));
    await waitFor(() => expect(screen.getAllByTestId('memo-entry')).toHaveLength(1));
    expect(screen.getByTestId('memo-entry').textContent).toContain('Housing');
  });

  it('lists the memo a coded passage carries, with its quote and document', async () => {
    const { db, documentId, housing } = await codingRepository();
    await codeSelection(db, testContext, { documentId, start: 0, end: 7, themeIds: [housing.id], memo: 'First words matter.' });
    renderApp('/memos', db);
    await waitFor(() => expect(screen.getAllByTestId('memo-entry')).toHaveLength(1));
    const entry = screen.getByTestId('memo-entry');
    expect(entry.textContent).toContain('Passage');
    expect(within(entry).getByRole('link', { name: '“Housing” in Graz report' }).getAttribute('href')).toBe(`#/reader/${documentId}/0`);
    expect(entry.textContent).toContain('First words matter.');
  });

  it('writes a memo on a document in the Reader, saved when the field is left', async () => {
    const { db, documentId } = await codingRepository();
    await setCoderName(db, 'Maria');
    renderApp(`/reader/${documentId}`, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a memo' }));
    const field = await screen.findByRole('textbox', { name: /^Memo of / });
    fireEvent.change(field, { target: { value: 'Interviewer was new.' } });
    fireEvent.blur(field);
    await waitFor(async () => expect((await db.memos.toArray()).map((m) => [m.targetType, m.targetId, m.text, m.coder])).toEqual([['document', documentId, 'Interviewer was new.', 'Maria']]));
  });
});

describe('the History drawer', () => {
  it('lists the changes newest first with coder and state', async () => {
    const { db } = await codingRepository();
    renderApp('/library', db);
    fireEvent.click(await screen.findByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'History' });
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(4));
    const texts = within(drawer).getAllByTestId('history-entry').map((e) => e.textContent);
    expect(texts[0]).toMatch(/^Imported "Graz report"Tester · .*Done$/);
    expect(texts[3]).toMatch(/^Added theme Housing/);
  });
});
