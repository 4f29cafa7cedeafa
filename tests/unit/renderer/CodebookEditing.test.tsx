// @vitest-environment happy-dom
// The Codebook: inline rename, delete asking with its counts, a sub-theme added, a .csv codebook imported with its outcome.
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codeSelection, setCoderName } from '../../../shared/coding';
import { undo } from '../../../shared/db';
import { codingRepository } from './coding-fixtures';
import { renderApp } from './render-app';

function row(name: string): HTMLElement {
  return screen.getAllByTestId('theme-row').find((r) => within(r).queryByText(name) !== null)!;
}

describe('editing the codebook', () => {
  it('renames a theme inline (double-click, type, Enter) as one undoable change', async () => {
    const { db, housing } = await codingRepository();
    await setCoderName(db, 'Maria');
    renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    fireEvent.doubleClick(within(row('Housing')).getByText('Housing'));
    const field = screen.getByRole('textbox', { name: 'New name for Housing' });
    fireEvent.change(field, { target: { value: 'Housing and rent' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(async () => expect((await db.themes.get(housing.id))!.name).toBe('Housing and rent'));
    expect(await screen.findByText('Housing and rent')).toBeTruthy();
    await undo(db);
    await waitFor(async () => expect((await db.themes.get(housing.id))!.name).toBe('Housing'));
  });

  it('refuses a name a sibling already has, with the domain message', async () => {
    const { db, housing } = await codingRepository();
    await setCoderName(db, 'Maria');
    renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    fireEvent.doubleClick(within(row('Housing')).getByText('Housing'));
    const field = screen.getByRole('textbox', { name: 'New name for Housing' });
    fireEvent.change(field, { target: { value: 'schools' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByText('The theme was not renamed')).toBeTruthy();
    expect((await db.themes.get(housing.id))!.name).toBe('Housing');
  });

  it('asks before deleting a theme in use, stating its counts, then deletes it', async () => {
    const { db, documentId, housing } = await codingRepository();
    await setCoderName(db, 'Maria');
    await codeSelection(db, { coder: 'Maria' }, { documentId, start: 0, end: 7, themeIds: [housing.id] });
    await codeSelection(db, { coder: 'Maria' }, { documentId, start: 10, end: 20, themeIds: [housing.id] });
    renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    await waitFor(() => expect(within(row('Housing')).getByText('2 passages')).toBeTruthy());
    fireEvent.click(within(row('Housing')).getByRole('button', { name: 'Actions for Housing' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: /Delete theme: Housing/ });
    await waitFor(() => expect(within(dialog).getByTestId('delete-counts').textContent).toMatch(/codes 2 passages, is a theme of 0 documents and has 0 sub-themes/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete theme' }));
    await waitFor(async () => expect(await db.themes.get(housing.id)).toBeUndefined());
    expect(await db.segments.count()).toBe(0);
  });

  it('adds a sub-theme from the row menu', async () => {
    const { db, housing } = await codingRepository();
    await setCoderName(db, 'Maria');
    renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    fireEvent.click(within(row('Housing')).getByRole('button', { name: 'Actions for Housing' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Add a sub-theme' }));
    const field = await screen.findByRole('textbox', { name: 'Name of the new sub-theme of Housing' });
    fireEvent.change(field, { target: { value: 'Rent' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(async () => expect((await db.themes.toArray()).find((t) => t.name === 'Rent')?.parentId).toBe(housing.id));
  });

  it('moves a theme under another by dragging it, and with Move to… from the keyboard', async () => {
    const { db, housing, schools } = await codingRepository();
    await setCoderName(db, 'Maria');
    renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    const dataTransfer = { types: ['application/x-comparanda-theme'], setData: () => {}, getData: () => schools.id, effectAllowed: 'move' };
    fireEvent.dragStart(row('Schools'), { dataTransfer });
    fireEvent.dragOver(row('Housing'), { dataTransfer });
    fireEvent.drop(row('Housing'), { dataTransfer });
    await waitFor(async () => expect((await db.themes.get(schools.id))!.parentId).toBe(housing.id));

    await waitFor(() => expect(within(row('Schools')).getByRole('button', { name: 'Actions for Schools' })).toBeTruthy());
    fireEvent.click(within(row('Schools')).getByRole('button', { name: 'Actions for Schools' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Move to…' }));
    const dialog = await screen.findByRole('dialog', { name: /Move theme: Schools/ });
    fireEvent.click(within(dialog).getByRole('textbox', { name: 'New parent' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Top level' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect((await db.themes.get(schools.id))!.parentId).toBeNull());
  });

  it('imports a CSV codebook and reports what was added; a malformed one is reported without changes', async () => {
    const { db } = await codingRepository();
    await setCoderName(db, 'Maria');
    const { container } = renderApp('/codebook', db);
    await screen.findByRole('tree', { name: 'Themes' });
    const input = container.querySelector<HTMLInputElement>('[data-testid="codebook-file"]') ?? document.querySelector<HTMLInputElement>('[data-testid="codebook-file"]')!;
    const csv = 'path,name,parent path,colour,description\nWork,Work,,#12b886,Jobs\nWork / Permits,Permits,Work,,\n';
    fireEvent.change(input, { target: { files: [new File([csv], 'codes.csv', { type: 'text/csv' })] } });
    expect((await screen.findByText(/codes\.csv: 2 themes added/)).textContent).toContain('0 already in the codebook');
    expect((await db.themes.toArray()).map((t) => t.name).sort()).toEqual(['Housing', 'Permits', 'Schools', 'Work']);

    fireEvent.change(input, { target: { files: [new File(['<Codebook xmlns="urn:other"><Codes></Codes></Codebook>'], 'bad.qdc')] } });
    expect(await screen.findByText('The codebook was not imported')).toBeTruthy();
    expect(await db.themes.count()).toBe(4);
  });
});
