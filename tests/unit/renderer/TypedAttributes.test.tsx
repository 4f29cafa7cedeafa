// @vitest-environment happy-dom
// Typed attributes in the UI: defined in the Codebook's Attributes tab (define, rename, delete asking), set in the Reader with typed inputs.
import './dom-setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { defineAttribute, setCoderName } from '../../../shared/coding';
import { addDocument, listChanges, undo, type RepositoryDb } from '../../../shared/db';
import { freshDb, testContext } from '../../helpers';

function renderAt(db: RepositoryDb, path: string) {
  const location = memoryLocation({ path, record: true });
  return render(<App db={db} locationHook={location.hook} />);
}

async function addInterview(db: RepositoryDb, attributes: Record<string, string | number>): Promise<string> {
  const text = 'Interviewer: Where did you live first?\n\nRespondent: In Graz, near the station.';
  const result = await addDocument(
    db,
    testContext,
    {
      title: 'Interview 7', kind: 'interview', sourceFormat: 'txt', language: 'eng', text, textHash: 'h', sha256: 's', pages: [], turns: [], headings: [],
      cityIds: [], themeIds: [], attributes, metadata: {}, importedFrom: 'interview-7.txt', size: text.length,
    },
    null,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

describe('the Attributes tab of the Codebook', () => {
  it('defines a choice list, renames it (values follow) and deletes it after saying how many documents hold a value', async () => {
    const db = freshDb();
    await setCoderName(db, 'Maria');
    const id = await addInterview(db, { Group: 'NGO' });
    renderAt(db, '/codebook');
    fireEvent.click(await screen.findByRole('tab', { name: 'Attributes' }));
    const form = await screen.findByRole('form', { name: 'Define an attribute' });
    fireEvent.change(within(form).getByLabelText('New attribute'), { target: { value: 'Group' } });
    fireEvent.click(within(form).getByRole('textbox', { name: 'Type' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Choice list' }));
    // A choice list without choices cannot be defined yet.
    expect(within(form).getByRole('button', { name: 'Define attribute' })).toHaveProperty('disabled', true);
    const choices = within(form).getByLabelText('Choices');
    for (const choice of ['NGO', 'City administration']) {
      fireEvent.change(choices, { target: { value: choice } });
      fireEvent.keyDown(choices, { key: 'Enter' });
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Define attribute' }));
    await waitFor(async () => expect(await db.attributeDefinitions.count()).toBe(1));
    const definition = (await db.attributeDefinitions.toArray())[0]!;
    expect([definition.name, definition.type, definition.choices]).toEqual(['Group', 'choice', ['NGO', 'City administration']]);

    const row = await screen.findByTestId('attribute-row');
    await waitFor(() => expect(row.textContent).toMatch(/GroupDocumentsChoice list.*1$/));
    fireEvent.click(within(row).getByRole('button', { name: 'Actions for Group' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Rename…' }));
    const rename = await screen.findByRole('dialog', { name: /Rename attribute: Group/ });
    fireEvent.change(within(rename).getByLabelText('New name'), { target: { value: 'Stakeholder group' } });
    fireEvent.click(within(rename).getByRole('button', { name: 'Rename' }));
    await waitFor(async () => expect((await db.documents.get(id))!.attributes).toEqual({ 'Stakeholder group': 'NGO' }));

    fireEvent.click(within(await screen.findByTestId('attribute-row')).getByRole('button', { name: 'Actions for Stakeholder group' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete…' }));
    const remove = await screen.findByRole('dialog', { name: /Delete attribute: Stakeholder group/ });
    expect(remove.textContent).toContain('1 document has a value of Stakeholder group. Deleting the attribute removes those values too.');
    fireEvent.click(within(remove).getByRole('button', { name: 'Delete attribute' }));
    await waitFor(async () => expect(await db.attributeDefinitions.count()).toBe(0));
    expect((await db.documents.get(id))!.attributes).toEqual({});
    expect((await listChanges(db))[0]).toMatchObject({ label: 'Deleted an attribute', coder: 'Maria' });
    await undo(db);
    expect((await db.documents.get(id))!.attributes).toEqual({ 'Stakeholder group': 'NGO' });
  });
});

describe('typed attributes in the Reader', () => {
  it('gives a defined attribute its typed input and stores typed values; undefined names stay free text', async () => {
    const db = freshDb();
    await setCoderName(db, 'Maria');
    const id = await addInterview(db, { wave: 2, project: 'Arrival' });
    for (const input of [
      { name: 'wave', type: 'number' as const },
      { name: 'project', type: 'choice' as const, choices: ['Arrival', 'Settled'] },
      { name: 'recorded', type: 'boolean' as const },
    ]) {
      const done = await defineAttribute(db, testContext, input);
      if (!done.ok) throw new Error(done.error.message);
    }
    renderAt(db, `/reader/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = await screen.findByRole('form', { name: 'Document details' });
    await waitFor(() => expect(within(form).getByLabelText('Value of project').getAttribute('aria-haspopup')).toBe('listbox'));
    fireEvent.change(within(form).getByLabelText('Value of wave'), { target: { value: '3' } });
    fireEvent.click(within(form).getByLabelText('Value of project'));
    fireEvent.click(await screen.findByRole('option', { name: 'Settled' }));
    // A defined yes/no attribute offers Yes and No.
    fireEvent.change(within(form).getByLabelText('New attribute'), { target: { value: 'recorded' } });
    fireEvent.click(within(form).getByLabelText('Its value'));
    fireEvent.click(await screen.findByRole('option', { name: 'Yes' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    // An undefined name is kept as text, and the form says so.
    fireEvent.change(within(form).getByLabelText('New attribute'), { target: { value: 'room' } });
    expect(within(form).getByText(/is not a defined attribute: it is kept as text/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Its value'), { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save details' }));
    await waitFor(async () => expect((await db.documents.get(id))!.attributes).toEqual({ wave: 3, project: 'Settled', recorded: true, room: '12' }));
  });
});
