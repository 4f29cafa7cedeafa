// @vitest-environment happy-dom
// Long results: hits render a page at a time (the next when asked for by "Show more" or the arrow keys, the focus
// following); concordance lines are virtualised (those in view render, the others on scroll or with the keys).
import '../dom-setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
  const { location } = renderSearch(db);
  type('lighthouse');
  await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe(`${paragraphs * 2} passages in 2 documents`), { timeout: 5000 });
  return { db, location };
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
    const { db } = await searchLighthouse(40);
    fireEvent.click(screen.getByRole('button', { name: /^Show more hits/ }));
    await waitFor(() => expect(hitButtons()).toHaveLength(2 * HITS_PAGE));
    await addNote(db, 'Pier notes', 'One more lighthouse.');
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('81 passages in 3 documents'), { timeout: 5000 });
    expect(hitButtons()).toHaveLength(2 * HITS_PAGE);
  });

  it('renders the concordance lines in and near the view, the others as the pane scrolls or the keys move there', async () => {
    const { location } = await searchLighthouse(60);
    fireEvent.click(screen.getByRole('tab', { name: 'Keyword in context' }));
    await waitFor(() => expect(screen.getByTestId('kwic-count').textContent).toBe('120 lines'), { timeout: 5000 });
    const rendered = () => screen.getAllByTestId('kwic-line').map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(rendered().length).toBeGreaterThan(10);
    expect(rendered().length).toBeLessThan(120);
    expect(rendered()[0]).toBe(2);
    expect(screen.getByRole('table', { name: 'Keyword in context' }).getAttribute('aria-rowcount')).toBe('121');
    // happy-dom has no layout or scrolling: the results pane is given a content height and a scrollTo, and the lines'
    // body sits at the top of the pane's content, moving up as the pane scrolls.
    const pane = document.querySelector<HTMLElement>('.mantine-ScrollArea-viewport')!;
    const body = screen.getByRole('table', { name: 'Keyword in context' }).querySelector('tbody')!;
    body.getBoundingClientRect = () => ({ ...pane.getBoundingClientRect(), top: -pane.scrollTop });
    Object.defineProperty(pane, 'scrollHeight', { configurable: true, get: () => 121 * 31 });
    pane.scrollTo = ((options: ScrollToOptions) => {
      pane.scrollTop = options.top ?? pane.scrollTop;
      fireEvent.scroll(pane);
    }) as typeof pane.scrollTo;
    // The pane scrolled to its end: the last lines are rendered, the first ones no longer.
    pane.scrollTop = 120 * 31;
    fireEvent.scroll(pane);
    await waitFor(() => expect(rendered()).toContain(121));
    expect(rendered()).not.toContain(2);
    // Back at the top, End on the first line: the focus follows to the last line, and Enter opens it in the Reader.
    pane.scrollTop = 0;
    fireEvent.scroll(pane);
    await waitFor(() => expect(rendered()).toContain(2));
    const first = screen.getAllByTestId('kwic-line')[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('121'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(location.history.at(-1)).toMatch(/^\/reader\/[^/]+\/\d+$/);
  });
});
