// @vitest-environment happy-dom
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDocument, createCity, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import type { DocumentKind } from '../../../shared/model';
import { freshDb, testContext } from '../../helpers';
import { renderApp } from './render-app';

async function addDocs(db: RepositoryDb, docs: { title: string; kind?: DocumentKind; language?: string; cityId?: string }[]) {
  for (const d of docs) {
    const text = `Text of ${d.title}`;
    const hash = await sha256Hex(new TextEncoder().encode(text));
    const result = await addDocument(
      db,
      testContext,
      {
        title: d.title,
        kind: d.kind ?? 'interview',
        sourceFormat: 'txt',
        language: d.language ?? 'eng',
        text,
        textHash: hash,
        sha256: hash,
        pages: [],
        turns: [],
        headings: [],
        cityIds: d.cityId ? [d.cityId] : [],
        themeIds: [],
        attributes: {},
        metadata: {},
        importedFrom: `${d.title}.txt`,
        size: text.length,
      },
      null,
    );
    if (!result.ok) throw new Error(result.error.message);
  }
}

const titlesInTable = () =>
  within(screen.getByRole('grid', { name: 'Documents' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('Library', () => {
  it('offers both ways in when the repository is empty', async () => {
    renderApp('/library');
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import files…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open sample project' })).toBeTruthy();
  });

  it('loads the sample project from the empty state and lists its documents', async () => {
    const { db } = renderApp('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Open sample project' }));
    const grid = await screen.findByRole('grid', { name: 'Documents' }, { timeout: 10_000 });
    const count = await db.documents.count();
    expect(count).toBeGreaterThan(0);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(count + 1));
    expect(within(grid).getAllByRole('row')).toHaveLength(count + 1);
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const db = freshDb();
    await addDocs(db, [{ title: 'Beta' }, { title: 'alpha' }, { title: 'Gamma 10' }, { title: 'Gamma 9' }]);
    renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    const titleHeader = screen.getByRole('columnheader', { name: /Title/ });
    expect(titleHeader.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(titleHeader).getByRole('button'));
    await waitFor(() => expect(titlesInTable()).toEqual(['alpha', 'Beta', 'Gamma 9', 'Gamma 10']));
    expect(titleHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(titleHeader).getByRole('button'));
    await waitFor(() => expect(titlesInTable()).toEqual(['Gamma 10', 'Gamma 9', 'Beta', 'alpha']));
    expect(titleHeader.getAttribute('aria-sort')).toBe('descending');
  });

  it('narrows the list by title words and by kind, and says how many are shown', async () => {
    const db = freshDb();
    await addDocs(db, [
      { title: 'Interview with a teacher' },
      { title: 'Interview with a mayor' },
      { title: 'Integration report', kind: 'report' },
    ]);
    renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Filter by title' }), { target: { value: 'MAYOR interview' } });
    await waitFor(() => expect(titlesInTable()).toEqual(['Interview with a mayor']));
    expect(screen.getByTestId('library-count').textContent).toBe('1 of 3 documents');
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(titlesInTable()).toHaveLength(3));
  });

  it('shows city names and filters by city', async () => {
    const db = freshDb();
    const vienna = await createCity(db, testContext, { name: 'Vienna', country: 'AT' });
    const burgas = await createCity(db, testContext, { name: 'Burgas', country: 'BG' });
    if (!vienna.ok || !burgas.ok) throw new Error('cities not created');
    await addDocs(db, [
      { title: 'Vienna housing', cityId: vienna.value.id },
      { title: 'Burgas port', cityId: burgas.value.id },
      { title: 'No place' },
    ]);
    renderApp('/library', db);
    const grid = await screen.findByRole('grid', { name: 'Documents' });
    await waitFor(() => expect(within(grid).getByText('Vienna')).toBeTruthy());
    expect(within(grid).getByText('No city')).toBeTruthy();
  });

  it('moves between rows with the arrow keys and opens the focused row with Enter', async () => {
    const db = freshDb();
    await addDocs(db, [{ title: 'First' }, { title: 'Second' }, { title: 'Third' }]);
    const { location } = renderApp('/library', db);
    await screen.findByRole('grid', { name: 'Documents' });
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Title/ })).getByRole('button'));
    await waitFor(() => expect(titlesInTable()).toEqual(['First', 'Second', 'Third']));
    const rows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    rows()[0]!.focus();
    fireEvent.keyDown(rows()[0]!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Second'));
    expect(rows().map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Third'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const third = await db.documents.where('title').equals('Third').first();
    await waitFor(() => expect(location.history.at(-1)).toBe(`/reader/${third!.id}`));
  });

  it('renders only a window of rows when there are thousands', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `doc-${i}`,
      title: `Generated document ${i}`,
      kind: 'interview' as const,
      sourceFormat: 'txt' as const,
      language: 'eng',
      textLength: 0,
      textHash: `h${i}`,
      sha256: `h${i}`,
      sourceId: null,
      pages: [],
      turns: [],
      headings: [],
      cityIds: [],
      themeIds: [],
      attributes: {},
      metadata: {},
      importedFrom: `${i}.txt`,
      size: i,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    await db.documents.bulkAdd(rows);
    renderApp('/library', db);
    const grid = await screen.findByRole('grid', { name: 'Documents' });
    expect(grid.getAttribute('aria-rowcount')).toBe('3001');
    const rendered = within(grid).getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
  });
});
