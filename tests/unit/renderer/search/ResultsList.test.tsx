// @vitest-environment happy-dom
// Long results render a page at a time: the hits and concordance lines past the first page appear when asked for,
// by the "Show more" button or by moving down with the arrow keys, and the researcher's focus follows.
import '../dom-setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LINES_PAGE } from '../../../../renderer/src/features/search/KwicView';
import { HITS_PAGE } from '../../../../renderer/src/features/search/ResultsList';
import { addDocument, type RepositoryDb } from '../../../../shared/db';
import { testContext } from '../../../helpers';
import { renderSearch, sampleRepository } from './search-fixtures';

async function addNote(db: RepositoryDb, title: string, text: string): Promise<void> {
  const { id: _id, sourceId: _s, textLength: _l, createdAt: _c, updatedAt: _u, ...template } = (await db.documents.toArray())[0]!;
  const input = { ...template, title, text, sha256: `${title}#`.padEnd(64, '0'), textHash: title, cityIds: [], themeIds: [], pages: [], turns: [], headings: [] };
  const added = await addDocument(db, testContext, input as never, null);
  if (!added.ok) throw new Error(added.error.message);
}

/** The sample project and two field notes of `paragraphs` paragraphs, each naming the lighthouse once. */
async function repositoryWithLongNotes(paragraphs: number): Promise<RepositoryDb> {
  const db = await sampleRepository();
  for (const title of ['Harbour notes', 'Quay notes']) {
    await addNote(db, title, Array.from({ length: paragraphs }, (_, i) => `${title}, paragraph ${i + 1}: the lighthouse keeper spoke about rent number ${i + 1}.`).join('\n\n'));
  }
  return db;
}

const type = (value: string) => fireEvent.change(screen.getByRole('textbox', { name: /Search the documents/ }), { target: { value } });
const hitButtons = () => screen.queryAllByRole('button', { name: /^Open in the Reader/ });
const snippet = (button: HTMLElement) => button.textContent ?? '';

async function searchLighthouse(paragraphs: number) {
  const db = await repositoryWithLongNotes(paragraphs);
  renderSearch(db);
  type('lighthouse');
  await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe(`${paragraphs * 2} passages in 2 documents`), { timeout: 5000 });
  return db;
}

describe('long search results', () => {
  it('renders the first page of hits and the next one when "Show more hits" is pressed, focusing the first new hit', async () => {
    await searchLighthouse(40);
    expect(hitButtons()).toHaveLength(HITS_PAGE);
    const more = screen.getByRole('button', { name: `Show more hits (${80 - HITS_PAGE} not shown yet)` });
    // Hits of the second document are not rendered yet; its group is not either.
    expect(screen.queryByRole('listitem', { name: 'Quay notes' })).toBeNull();
    fireEvent.click(more);
    await waitFor(() => expect(hitButtons()).toHaveLength(2 * HITS_PAGE));
    await waitFor(() => expect(document.activeElement).toBe(hitButtons()[HITS_PAGE]));
    expect(snippet(hitButtons()[HITS_PAGE]!)).toContain('paragraph 31:');
    expect(screen.getByRole('listitem', { name: 'Quay notes' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Show more hits/ }));
    await waitFor(() => expect(hitButtons()).toHaveLength(80));
    expect(screen.queryByRole('button', { name: /^Show more hits/ })).toBeNull();
    expect(snippet(hitButtons()[79]!)).toMatch(/Quay notes, paragraph \d+:/);
  });

  it('moves between hits with the arrow keys, rendering the next page past the last hit shown', async () => {
    await searchLighthouse(40);
    const last = hitButtons()[HITS_PAGE - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(hitButtons()[HITS_PAGE - 2]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'ArrowDown' });
    await waitFor(() => expect(hitButtons().length).toBeGreaterThan(HITS_PAGE));
    await waitFor(() => expect(document.activeElement).toBe(hitButtons()[HITS_PAGE]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(hitButtons()[HITS_PAGE + 1]);
  });

  it('starts again at the first page for a new query', async () => {
    await searchLighthouse(40);
    fireEvent.click(screen.getByRole('button', { name: /^Show more hits/ }));
    await waitFor(() => expect(hitButtons()).toHaveLength(2 * HITS_PAGE));
    type('lighthouse keeper');
    await waitFor(() => expect(screen.getByTestId('result-count').dataset.query).toBe('lighthouse keeper'));
    expect(hitButtons()).toHaveLength(HITS_PAGE);
  });

  it('keeps the hits shown when the same query is answered again after the repository changed', async () => {
    const db = await searchLighthouse(40);
    fireEvent.click(screen.getByRole('button', { name: /^Show more hits/ }));
    await waitFor(() => expect(hitButtons()).toHaveLength(2 * HITS_PAGE));
    await addNote(db, 'Pier notes', 'One more lighthouse.');
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('81 passages in 3 documents'), { timeout: 5000 });
    expect(hitButtons()).toHaveLength(2 * HITS_PAGE);
  });

  it('renders concordance lines a page at a time, and from the first page again in another order', async () => {
    await searchLighthouse(60);
    fireEvent.click(screen.getByRole('tab', { name: 'Keyword in context' }));
    await waitFor(() => expect(screen.getAllByTestId('kwic-line')).toHaveLength(LINES_PAGE), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: `Show more lines (${120 - LINES_PAGE} not shown yet)` }));
    await waitFor(() => expect(screen.getAllByTestId('kwic-line')).toHaveLength(120));
    expect(screen.queryByRole('button', { name: /^Show more lines/ })).toBeNull();
    // Another order starts again at the first page of the newly sorted lines.
    fireEvent.click(screen.getByText('Right word'));
    await waitFor(() => expect(screen.getAllByTestId('kwic-line')).toHaveLength(LINES_PAGE));
  });
});
