// @vitest-environment happy-dom
import './dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { createCity } from '../../../shared/db';
import { loadSampleProject } from '../../../shared/sample';
import { freshDb, testContext } from '../../helpers';
import { renderApp } from './render-app';

describe('the app shell', () => {
  it('lists every screen in the navbar and marks the current one', async () => {
    renderApp('/codebook');
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#/library',
      '#/reader',
      '#/codebook',
      '#/memos',
      '#/search',
      '#/compare',
      '#/chapters',
      '#/share',
      '#/settings',
    ]);
    expect(within(nav).getByRole('link', { current: 'page' }).getAttribute('href')).toBe('#/codebook');
  });

  it('sends an unknown address to the Library', async () => {
    const { location } = renderApp('/nowhere');
    await waitFor(() => expect(location.history.at(-1)).toBe('/library'));
  });

  it('names the change the Undo button would undo, undoes it, and offers to redo it', async () => {
    const db = freshDb();
    await createCity(db, testContext, { name: 'Graz', country: 'AT' });
    renderApp('/library', db);
    const undo = await screen.findByRole('button', { name: 'Undo: Added city Graz' });
    expect(screen.getByRole('button', { name: 'Nothing to redo' })).toHaveProperty('disabled', true);
    fireEvent.click(undo);
    await screen.findByRole('button', { name: 'Redo: Added city Graz' });
    expect(await db.cities.count()).toBe(0);
    expect(await screen.findByText('Undone')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redo: Added city Graz' }));
    await screen.findByRole('button', { name: 'Undo: Added city Graz' });
    expect(await db.cities.count()).toBe(1);
  });

  it('shows the repository figures in the status bar', async () => {
    const db = freshDb();
    await createCity(db, testContext, { name: 'Graz' });
    renderApp('/library', db);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 documents · 1 city · 0 themes · 0 coded passages'));
  });

  it('shows the sample codebook as a tree with passage counts that include sub-themes', async () => {
    const db = await sampleDb();
    renderApp('/codebook', db);
    const tree = await screen.findByRole('tree', { name: 'Themes' });
    const themes = await db.themes.toArray();
    const segments = await db.segments.toArray();
    await waitFor(() => expect(within(tree).getAllByRole('treeitem')).toHaveLength(themes.length));
    const parent = themes.find((t) => t.parentId === null && themes.some((c) => c.parentId === t.id))!;
    const family = new Set([parent.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of themes) if (t.parentId && family.has(t.parentId) && !family.has(t.id)) grew = Boolean(family.add(t.id));
    }
    const expected = segments.filter((s) => s.themeIds.some((id) => family.has(id))).length;
    const item = within(tree).getAllByRole('treeitem').find((el) => el.getAttribute('data-value') === parent.id)!;
    expect(within(item).getAllByText(`${expected} passages`).length).toBeGreaterThan(0);
  });

  it('shows a coded document in the Reader with speaker turns, highlights and a legend', async () => {
    const db = await sampleDb();
    const segments = await db.segments.toArray();
    const docs = await db.documents.toArray();
    const found = docs.find((d) => d.turns.length > 0 && segments.some((s) => s.documentId === d.id))!;
    const doc = { ...found, text: (await db.texts.get(found.id))!.text };
    renderApp(`/reader/${doc.id}`, db);
    const article = await screen.findByRole('article', { name: doc.title });
    expect(screen.getByRole('heading', { level: 2, name: doc.title })).toBeTruthy();
    const own = segments.filter((s) => s.documentId === doc.id);
    const highlighted = within(article)
      .getAllByTestId('highlight')
      .map((el) => el.textContent)
      .join('');
    // Every coded passage's text appears inside highlights (a passage may span paragraphs).
    for (const segment of own) {
      for (const line of doc.text.slice(segment.start, segment.end).split(/\n+/)) {
        expect(highlighted).toContain(line.trim());
      }
    }
    expect(article.querySelectorAll('p[data-speaker]').length).toBe(doc.turns.length);
    const speaker = doc.turns[0]!.speaker!;
    expect(within(article).getAllByText(speaker)[0]!.tagName).not.toBe('P');
    const legend = screen.getByTestId('theme-legend');
    const themeIds = new Set(own.flatMap((s) => s.themeIds));
    expect(within(legend).getAllByRole('listitem')).toHaveLength(themeIds.size);
  });

  it('opens the About dialog with the version', async () => {
    renderApp('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'About Comparanda' }));
    const dialog = await screen.findByRole('dialog', { name: 'About Comparanda' });
    await waitFor(() => expect(within(dialog).getByText('Version')).toBeTruthy());
    expect(within(dialog).getByText(version)).toBeTruthy();
  });

  it('says so when a Reader link points to a document that is not there', async () => {
    renderApp('/reader/missing-id');
    expect(await screen.findByRole('heading', { name: 'This document is not in the repository' })).toBeTruthy();
  });
});

async function sampleDb() {
  const db = freshDb();
  const loaded = await loadSampleProject(db, { clock: testContext.clock });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return db;
}
