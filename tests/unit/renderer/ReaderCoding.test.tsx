// @vitest-environment happy-dom
// Coding in the Reader: a selection coded from the palette (asking the coder's name once), number keys, the passage panel.
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { codeSelection, getCoderName, setCoderName } from '../../../shared/coding';
import { listChanges } from '../../../shared/db';
import { addReport, codingRepository, REPORT_TEXT, selectText } from './coding-fixtures';
import { renderApp } from './render-app';

const RENTS = REPORT_TEXT.indexOf('Rents');
const SCHOOLS = REPORT_TEXT.indexOf('Schools');

async function selectAndWaitForBar(container: HTMLElement, start: number, end: number) {
  await screen.findByRole('article');
  selectText(container, start, end);
  fireEvent.mouseUp(container.querySelector('article')!);
  return screen.findByRole('dialog', { name: 'Code the selection' });
}

beforeEach(() => localStorage.clear());

describe('coding a selection in the Reader', () => {
  it('codes with a theme chosen in the palette, after asking the coder name once', async () => {
    const { db, documentId, housing } = await codingRepository();
    const { container } = renderApp(`/reader/${documentId}`, db);
    const bar = await selectAndWaitForBar(container, RENTS, RENTS + 'Rents in Graz'.length);
    const palette = within(bar).getByRole('combobox');
    fireEvent.change(palette, { target: { value: 'hous' } });
    expect(within(bar).getAllByRole('option').map((o) => o.textContent)).toEqual(['Housing']);
    fireEvent.keyDown(palette, { key: 'Enter' });

    const ask = await screen.findByRole('dialog', { name: 'Who is coding?' });
    fireEvent.change(within(ask).getByLabelText(/Your name/), { target: { value: '  Maria K. ' } });
    fireEvent.click(within(ask).getByRole('button', { name: 'Save name' }));

    await waitFor(async () => expect(await db.segments.count()).toBe(1));
    const [segment] = await db.segments.toArray();
    expect(segment).toMatchObject({ documentId, start: RENTS, end: RENTS + 13, themeIds: [housing.id], coder: 'Maria K.' });
    expect(await getCoderName(db)).toBe('Maria K.');
    expect((await listChanges(db))[0]).toMatchObject({ label: 'Coded a passage', coder: 'Maria K.' });
    await waitFor(() => expect(container.querySelector(`mark[data-start="${RENTS}"]`)).not.toBeNull());
    expect(container.querySelectorAll('[data-testid="margin-stripe"]')).toHaveLength(1);
  });

  it('applies the most recent themes with the number keys', async () => {
    const { db, documentId, housing, schools } = await codingRepository();
    await setCoderName(db, 'Maria');
    const { container } = renderApp(`/reader/${documentId}`, db);
    // Two themes used in turn: Schools becomes 1, Housing 2.
    for (const [theme, start] of [
      [housing, 0],
      [schools, SCHOOLS],
    ] as const) {
      const bar = await selectAndWaitForBar(container, start, start + 7);
      fireEvent.change(within(bar).getByRole('combobox'), { target: { value: theme.name } });
      fireEvent.keyDown(within(bar).getByRole('combobox'), { key: 'Enter' });
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Code the selection' })).toBeNull());
    }
    const bar = await selectAndWaitForBar(container, RENTS, RENTS + 5);
    expect(within(bar).getByRole('button', { name: '2: Housing' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '2' });
    const atRents = async () => (await db.segments.toArray()).filter((s) => s.start === RENTS);
    await waitFor(async () => expect(await atRents()).toHaveLength(1));
    expect((await atRents())[0]!.themeIds).toEqual([housing.id]);
  });

  it('shows the domain message when a selection is refused', async () => {
    const { db, documentId, housing } = await codingRepository();
    await setCoderName(db, 'Maria');
    await codeSelection(db, { coder: 'Maria' }, { documentId, start: RENTS, end: RENTS + 5, themeIds: [housing.id] });
    const { container } = renderApp(`/reader/${documentId}`, db);
    await waitFor(() => expect(container.querySelector(`mark[data-start="${RENTS}"]`)).not.toBeNull());
    const bar = await selectAndWaitForBar(container, RENTS, RENTS + 5);
    fireEvent.change(within(bar).getByRole('combobox'), { target: { value: 'Housing' } });
    fireEvent.keyDown(within(bar).getByRole('combobox'), { key: 'Enter' });
    expect(await screen.findByText('The passage was not coded')).toBeTruthy();
    expect(await db.segments.count()).toBe(1);
  });
});

describe('drag and drop coding', () => {
  it('codes the selection dropped on a theme of the codebook beside the text', async () => {
    const { db, documentId, schools } = await codingRepository();
    await setCoderName(db, 'Maria');
    const { container } = renderApp(`/reader/${documentId}`, db);
    await selectAndWaitForBar(container, SCHOOLS, SCHOOLS + 'Schools helped'.length);
    const target = screen.getAllByTestId('drop-theme').find((el) => el.textContent === 'Schools')!;
    const dataTransfer = { dropEffect: 'none', types: ['text/plain'], getData: () => 'Schools helped' };
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await waitFor(async () => expect(await db.segments.count()).toBe(1));
    expect((await db.segments.toArray())[0]).toMatchObject({ start: SCHOOLS, end: SCHOOLS + 14, themeIds: [schools.id] });
  });
});

describe('in-vivo and speaker coding', () => {
  it('creates a theme named by the selected words and codes the selection with it', async () => {
    const { db, documentId } = await codingRepository();
    await setCoderName(db, 'Maria');
    const { container } = renderApp(`/reader/${documentId}`, db);
    const bar = await selectAndWaitForBar(container, RENTS, RENTS + 'Rents in Graz rose fast'.length);
    fireEvent.click(within(bar).getByRole('button', { name: /In-vivo code/ }));
    await waitFor(async () => expect(await db.segments.count()).toBe(1));
    const theme = (await db.themes.toArray()).find((t) => t.name === 'Rents in Graz rose fast')!;
    expect((await db.segments.toArray())[0]!.themeIds).toEqual([theme.id]);
  });

  it('codes every turn of a speaker chosen in the sidebar', async () => {
    const { db, schools } = await codingRepository();
    await setCoderName(db, 'Maria');
    const text = 'Q: Where do you live?\nAnna: In Graz.\nQ: And work?\nAnna: At the station.';
    const turns = [...text.matchAll(/^(Q|Anna): .*$/gm)].map((m) => ({ speaker: m[1]!, start: m.index, end: m.index + m[0].length }));
    const interview = await addReport(db, 'Interview with Anna', text);
    await db.documents.update(interview, { turns });
    renderApp(`/reader/${interview}`, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Code all turns of Anna…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code all turns of Anna' });
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: 'Schools' } });
    fireEvent.keyDown(within(dialog).getByRole('combobox'), { key: 'Enter' });
    await waitFor(async () => expect(await db.segments.count()).toBe(2));
    const coded = (await db.segments.toArray()).sort((a, b) => a.start - b.start);
    expect(coded.map((s) => text.slice(s.start, s.end))).toEqual(['Anna: In Graz.', 'Anna: At the station.']);
    expect(coded.every((s) => s.themeIds[0] === schools.id)).toBe(true);
  });

  it('offers speaker coding from a speaker name in the text', async () => {
    const { db } = await codingRepository();
    await setCoderName(db, 'Maria');
    const text = 'Q: Where do you live?\nAnna: In Graz.';
    const interview = await addReport(db, 'Interview with Anna', text);
    await db.documents.update(interview, { turns: [{ speaker: 'Q', start: 0, end: 21 }, { speaker: 'Anna', start: 22, end: text.length }] });
    const { container } = renderApp(`/reader/${interview}`, db);
    await waitFor(() => expect(container.querySelector('article button[title="Code all turns of Anna…"]')).not.toBeNull());
    fireEvent.click(container.querySelector('article button[title="Code all turns of Anna…"]')!);
    expect(await screen.findByRole('dialog', { name: 'Code all turns of Anna' })).toBeTruthy();
  });
});

describe('the passage panel', () => {
  it('edits memo, city and themes, adjusts by a word and removes the coding', async () => {
    const { db, documentId, housing, schools, graz } = await codingRepository();
    await setCoderName(db, 'Maria');
    const coded = await codeSelection(db, { coder: 'Maria' }, { documentId, start: RENTS, end: RENTS + 'Rents in Graz'.length, themeIds: [housing.id] });
    if (!coded.ok) throw new Error(coded.error.message);
    const id = coded.value.id;
    const { container } = renderApp(`/reader/${documentId}`, db);
    await waitFor(() => expect(container.querySelector('[data-testid="margin-stripe"]')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-testid="margin-stripe"]')!);
    const panel = await screen.findByTestId('segment-panel');
    expect(panel.textContent).toContain('“Rents in Graz”');

    const memo = within(panel).getByLabelText('Memo');
    fireEvent.change(memo, { target: { value: 'Rent rise is the key point.' } });
    fireEvent.blur(memo);
    await waitFor(async () => expect((await db.segments.get(id))!.memo).toBe('Rent rise is the key point.'));

    fireEvent.click(within(panel).getByRole('button', { name: 'End one word later' }));
    await waitFor(async () => expect((await db.segments.get(id))!.end).toBe(RENTS + 'Rents in Graz rose'.length));

    fireEvent.click(within(panel).getByRole('button', { name: 'Add a theme…' }));
    const add = within(panel).getByRole('combobox', { name: 'Add a theme' });
    fireEvent.change(add, { target: { value: 'Scho' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect((await db.segments.get(id))!.themeIds).toEqual([housing.id, schools.id]));

    fireEvent.click(within(panel).getByRole('textbox', { name: 'City' }));
    fireEvent.click(await screen.findByRole('option', { name: /Graz/ }));
    await waitFor(async () => expect((await db.segments.get(id))!.cityId).toBe(graz.id));

    fireEvent.click(within(panel).getByRole('button', { name: 'Remove Housing from the passage' }));
    await waitFor(async () => expect((await db.segments.get(id))!.themeIds).toEqual([schools.id]));

    fireEvent.click(within(panel).getByRole('button', { name: 'Remove coding' }));
    await waitFor(async () => expect(await db.segments.count()).toBe(0));
    await waitFor(() => expect(screen.queryByTestId('segment-panel')).toBeNull());
  });
});
