// @vitest-environment happy-dom
// The Compare screen in happy-dom: empty state, matrix figures, collapsing a row, the measure switch, and a cell summary written and undone.
import '../renderer/dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setCoderName } from '../../../shared/coding';
import { undo } from '../../../shared/db';
import { renderApp } from '../renderer/render-app';
import { compareRepository } from './fixture';

/** Each step may take a few seconds on a busy machine (IndexedDB writes and live queries are asynchronous). */
const SOON = { timeout: 5_000 };

const cellValue = (theme: string, city: string) =>
  within(screen.getByRole('button', { name: new RegExp(`^${theme} in ${city}: `) })).getByTestId('cell-value').textContent;

describe('the Compare screen', () => {
  it('points to the Reader when nothing is coded yet', async () => {
    renderApp('/compare');
    const reader = await screen.findByRole('link', { name: 'Open the Reader' }, { timeout: 5_000 });
    expect(reader.getAttribute('href')).toBe('#/reader');
    expect(screen.getByText(/There are no cities in this repository yet/)).toBeTruthy();
  });

  it('shows the matrix, collapses a parent row into its rolled-up figures and switches the measure', async () => {
    const { db } = await compareRepository();
    renderApp('/compare', db);
    const table = await screen.findByRole('table', { name: 'City × theme matrix: coded passages' }, { timeout: 5_000 });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Theme', 'Austria', 'Bulgaria', 'Czechia', 'Country not set', 'Total', 'Graz', 'Vienna', 'Burgas', 'Prague', 'Kassel',
    ]);
    expect([cellValue('Housing', 'Vienna'), cellValue('Rent', 'Prague'), cellValue('Language', 'Graz')]).toEqual(['2', '1', '·']);
    expect(screen.getByText(/1 coded passage is in documents without a city/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Collapse Housing' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Rent in Vienna: / })).toBeNull(), SOON);
    expect([cellValue('Housing', 'Vienna'), cellValue('Housing', 'Prague')]).toEqual(['3', '2']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand Housing' }));
    await waitFor(() => expect(cellValue('Rent', 'Vienna')).toBe('1'), SOON);

    fireEvent.click(screen.getByRole('radio', { name: 'Words' }));
    await waitFor(() => expect(cellValue('Housing', 'Vienna')).toBe('10'), SOON);
  });

  it('writes a cell summary from the cell drawer, shows it in the matrix, and undo takes it away', async () => {
    const { db } = await compareRepository();
    await setCoderName(db, 'Maria');
    renderApp('/compare', db);
    await screen.findByRole('table', {}, { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: /^Rent in Prague: / }));
    const drawer = await screen.findByRole('dialog', { name: 'Rent × Prague' }, SOON);
    await waitFor(() => expect(within(drawer).getAllByTestId('quote')).toHaveLength(1), SOON);
    expect(within(drawer).getByTestId('quote').textContent).toContain('In Prague the rent doubled since 2019.');
    expect(within(drawer).getByRole('link', { name: 'Two-city report' }).getAttribute('href')).toMatch(/^#\/reader\/report\/\d+$/);
    fireEvent.change(within(drawer).getByRole('textbox', { name: /Cell summary/ }), { target: { value: 'Rents doubled in five years.' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Save summary' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getByTestId('cell-summary').textContent).toBe('Rents doubled in five years.'), SOON);
    expect((await db.memos.toArray()).map((m) => [m.targetType, m.text, m.coder])).toEqual([['cell', 'Rents doubled in five years.', 'Maria']]);
    await undo(db);
    await waitFor(() => expect(within(screen.getByRole('table')).queryByTestId('cell-summary')).toBeNull(), SOON);
  });
});
