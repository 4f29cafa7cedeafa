// @vitest-environment happy-dom
// Library bulk tagging: checkbox and shift-click ranges, select all shown, one undoable change for every selected document.
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineAttribute, setCoderName } from '../../../shared/coding';
import { listChanges, undo } from '../../../shared/db';
import { addReport, codingRepository } from './coding-fixtures';
import { renderApp } from './render-app';
import { NO_SELECTION, toggleAll, toggleRow } from '../../../renderer/src/features/library/row-selection';

const ORDER = ['a', 'b', 'c', 'd', 'e'];

describe('row selection', () => {
  it.each([
    ['a click selects one row', [['b', false]], ['b']],
    ['a second click deselects it', [['b', false], ['b', false]], []],
    ['shift-click selects the range from the last clicked row', [['b', false], ['d', true]], ['b', 'c', 'd']],
    ['shift-click works upwards', [['d', false], ['a', true]], ['a', 'b', 'c', 'd']],
    ['shift-click from a deselected row deselects the range', [['a', false], ['b', false], ['c', false], ['c', false], ['a', true]], []],
    ['shift without an earlier click toggles one row', [['c', true]], ['c']],
  ] as [string, [string, boolean][], string[]][])('%s', (_name, clicks, expected) => {
    let selection = NO_SELECTION;
    for (const [id, shift] of clicks) selection = toggleRow(selection, ORDER, id, shift);
    expect([...selection.ids].sort()).toEqual(expected);
  });

  it('selects all shown rows, then clears them', () => {
    const some = toggleRow(NO_SELECTION, ORDER, 'z', false);
    const all = toggleAll(some, ORDER);
    expect([...all.ids].sort()).toEqual([...ORDER, 'z']);
    expect([...toggleAll(all, ORDER).ids]).toEqual(['z']);
  });
});

describe('bulk tagging in the Library', () => {
  it('adds a city to a shift-click range of documents as one undoable change', async () => {
    const { db, graz, documentId } = await codingRepository();
    await setCoderName(db, 'Maria');
    const second = await addReport(db, 'Graz report 2', 'Second text.');
    const third = await addReport(db, 'Graz report 3', 'Third text.');
    const untouched = await addReport(db, 'Vienna notes', 'Other text.');
    renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    const box = (title: string) => screen.getByRole('checkbox', { name: `Select ${title}` });
    await waitFor(() => expect(box('Graz report')).toBeTruthy());
    // All imported at the same instant: ties fall back to the title, so the three Graz reports are neighbours.
    fireEvent.click(box('Graz report 3'));
    fireEvent.click(box('Graz report'), { shiftKey: true });
    const bar = await screen.findByRole('toolbar', { name: 'Tag the selected documents' });
    expect(within(bar).getByText('3 selected')).toBeTruthy();

    fireEvent.click(within(bar).getByRole('textbox', { name: 'Bulk action' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Add a city' }));
    fireEvent.click(within(bar).getByRole('textbox', { name: 'Value' }));
    fireEvent.click(await screen.findByRole('option', { name: /Graz/ }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Apply to 3 documents' }));

    await waitFor(async () => expect((await db.documents.get(second))!.cityIds).toEqual([graz.id]));
    for (const id of [documentId, third]) expect((await db.documents.get(id))!.cityIds).toEqual([graz.id]);
    expect((await db.documents.get(untouched))!.cityIds).toEqual([]);
    expect((await listChanges(db))[0]).toMatchObject({ label: 'Tagged 3 documents', coder: 'Maria' });
    await undo(db);
    for (const id of [documentId, second, third]) expect((await db.documents.get(id))!.cityIds).toEqual([]);
  });

  it('selects every shown document with the header checkbox and sets their kind', async () => {
    const { db } = await codingRepository();
    await setCoderName(db, 'Maria');
    await addReport(db, 'Second', 'Second text.');
    renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select all shown documents' }));
    const bar = await screen.findByRole('toolbar', { name: 'Tag the selected documents' });
    fireEvent.click(within(bar).getByRole('textbox', { name: 'Bulk action' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Set the kind' }));
    fireEvent.click(within(bar).getByRole('textbox', { name: 'Value' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Interview' }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Apply to 2 documents' }));
    await waitFor(async () => expect((await db.documents.toArray()).map((d) => d.kind)).toEqual(['interview', 'interview']));
  });

  it('sets a typed attribute on the selected documents with the input its type needs', async () => {
    const { db } = await codingRepository();
    await setCoderName(db, 'Maria');
    await addReport(db, 'Second', 'Second text.');
    const group = await defineAttribute(db, { coder: 'Maria' }, { name: 'Stakeholder group', type: 'choice', choices: ['NGO', 'City administration'] });
    if (!group.ok) throw new Error(group.error.message);
    renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select all shown documents' }));
    const bar = await screen.findByRole('toolbar', { name: 'Tag the selected documents' });
    fireEvent.click(within(bar).getByRole('textbox', { name: 'Bulk action' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Set an attribute' }));
    fireEvent.click(within(bar).getByRole('textbox', { name: 'Attribute' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Stakeholder group (choice)' }));
    // A choice list offers its choices, not a free text field.
    fireEvent.click(await within(bar).findByRole('textbox', { name: 'Value of Stakeholder group (empty clears it)' }));
    fireEvent.click(await screen.findByRole('option', { name: 'City administration' }));
    fireEvent.click(within(bar).getByRole('button', { name: 'Apply to 2 documents' }));
    await waitFor(async () => expect((await db.documents.toArray()).map((d) => d.attributes)).toEqual([{ 'Stakeholder group': 'City administration' }, { 'Stakeholder group': 'City administration' }]));
    expect((await listChanges(db))[0]).toMatchObject({ label: 'Tagged 2 documents', coder: 'Maria' });
  });
});
