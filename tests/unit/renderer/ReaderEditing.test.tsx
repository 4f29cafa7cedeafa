// @vitest-environment happy-dom
// The Reader's editable details: a saved edit changes the document row, Undo restores it; Open original needs an original.
import './dom-setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { addDocument, createCity, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import { freshDb, testContext } from '../../helpers';

async function addInterview(db: RepositoryDb, options: { withOriginal: boolean; warnings?: string[] }): Promise<string> {
  const text = 'Interviewer: Where did you live first?\n\nRespondent: In Graz, near the station.';
  const bytes = new TextEncoder().encode(text);
  const hash = await sha256Hex(bytes);
  const result = await addDocument(
    db,
    testContext,
    {
      title: 'Interview 7',
      kind: 'interview',
      sourceFormat: 'txt',
      language: 'eng',
      text,
      textHash: hash,
      sha256: hash,
      pages: [],
      turns: [],
      headings: [],
      cityIds: [],
      themeIds: [],
      attributes: { project: 'Arrival', wave: 2 },
      metadata: options.warnings ? { warnings: options.warnings } : {},
      importedFrom: 'graz/interview-7.txt',
      size: bytes.length,
    },
    options.withOriginal ? { name: 'graz/interview-7.txt', type: 'text/plain', size: bytes.length, sha256: hash, bytes } : null,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
}

function renderReader(db: RepositoryDb, id: string) {
  const location = memoryLocation({ path: `/reader/${id}`, record: true });
  return render(<App db={db} locationHook={location.hook} />);
}

describe('editing a document in the Reader', () => {
  it('saves title, cities, date and attributes as one change, and Undo restores the row', async () => {
    const db = freshDb();
    const graz = await createCity(db, testContext, { name: 'Graz', country: 'AT' });
    if (!graz.ok) throw new Error(graz.error.message);
    const id = await addInterview(db, { withOriginal: true });
    const before = await db.documents.get(id);
    renderReader(db, id);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = await screen.findByRole('form', { name: 'Document details' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '  Interview 7: housing in Graz ' } });
    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: '2024-03-18' } });
    fireEvent.change(within(form).getByLabelText('Value of wave'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('New attribute'), { target: { value: 'stakeholder group' } });
    fireEvent.change(within(form).getByLabelText('Its value'), { target: { value: 'social workers' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    fireEvent.click(within(form).getByRole('textbox', { name: 'Cities' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Graz · AT' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save details' }));

    await waitFor(async () => expect((await db.documents.get(id))?.title).toBe('Interview 7: housing in Graz'));
    const after = (await db.documents.get(id))!;
    expect(after.cityIds).toEqual([graz.value.id]);
    expect(after.metadata.date).toBe('2024-03-18');
    expect(after.attributes).toEqual({ project: 'Arrival', wave: 3, 'stakeholder group': 'social workers' });
    await screen.findByRole('heading', { level: 2, name: 'Interview 7: housing in Graz' });

    fireEvent.click(await screen.findByRole('button', { name: 'Undo: Edited document details' }));
    await waitFor(async () => expect(await db.documents.get(id)).toEqual(before));
    await screen.findByRole('heading', { level: 2, name: 'Interview 7' });
  });

  it('refuses an empty title and a repeated attribute name before saving', async () => {
    const db = freshDb();
    const id = await addInterview(db, { withOriginal: false });
    renderReader(db, id);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = await screen.findByRole('form', { name: 'Document details' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '   ' } });
    expect(within(form).getByRole('alert').textContent).toBe('A document needs a title.');
    expect(within(form).getByRole('button', { name: 'Save details' })).toHaveProperty('disabled', true);
    fireEvent.change(within(form).getByLabelText('New attribute'), { target: { value: 'project' } });
    expect(within(form).getByRole('button', { name: 'Add' })).toHaveProperty('disabled', true);
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Document details' })).toBeNull());
    expect((await db.documents.get(id))?.title).toBe('Interview 7');
  });

  it('offers the original file only when the document has one, and folds extraction warnings away', async () => {
    const db = freshDb();
    const withOriginal = await addInterview(db, { withOriginal: true, warnings: ['skipped malformed cue 3 (no timing line)'] });
    const view = renderReader(db, withOriginal);
    expect(await screen.findByRole('button', { name: 'Open original' })).toHaveProperty('disabled', false);
    const warnings = screen.getByTestId('extraction-warnings');
    expect(within(warnings).queryByText('skipped malformed cue 3 (no timing line)')).toBeNull();
    fireEvent.click(within(warnings).getByRole('button', { name: /1 warning/ }));
    await within(warnings).findByText('skipped malformed cue 3 (no timing line)');
    view.unmount();

    const db2 = freshDb();
    const without = await addInterview(db2, { withOriginal: false });
    renderReader(db2, without);
    expect(await screen.findByRole('button', { name: 'Open original' })).toHaveProperty('disabled', true);
    expect(screen.queryByTestId('extraction-warnings')).toBeNull();
  });
});
