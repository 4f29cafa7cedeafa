// @vitest-environment happy-dom
// The Search screen over the sample project: parse errors with a caret, marked hits, facets, keyword in context, code all hits.
import '../dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listChanges, undo } from '../../../../shared/db';
import { terms } from '../../../../shared/search';
import { renderSearch, sampleRepository } from './search-fixtures';

const queryBox = () => screen.getByRole('textbox', { name: /Search the documents/ });
const type = (value: string) => fireEvent.change(queryBox(), { target: { value } });
const resultCount = (query: string) =>
  waitFor(
    () => {
      const el = screen.getByTestId('result-count');
      expect(el.dataset.query).toBe(query);
      return el.textContent!;
    },
    { timeout: 5000 },
  );

describe('the Search screen', () => {
  it.each([
    ['"social housing', 0, /quote is never closed/],
    ['housing (city:Vienna', 8, /./],
    ['city:', 0, /needs a value/],
  ])('shows the error of %j with a caret under character %i and runs no search', async (query, position, message) => {
    const { requests } = renderSearch(await sampleRepository());
    type(query);
    const caret = await screen.findByTestId('query-caret', {}, { timeout: 2000 });
    expect(caret.textContent).toBe(`${query}\n${' '.repeat(position)}^`);
    expect(queryBox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message, { selector: '.mantine-TextInput-error' })).toBeTruthy();
    expect(requests.filter((r) => r.type === 'search')).toEqual([]);
  });

  it('groups hits by document with marked words, location and speaker', async () => {
    renderSearch(await sampleRepository());
    type('"social housing" city:Vienna');
    expect(await resultCount('"social housing" city:Vienna')).toBe('1 passage in 1 document');
    const group = screen.getByRole('listitem', { name: 'Interview with a housing official, Vienna' });
    expect(within(group).getByText('Vienna').className).toContain('Badge');
    const hit = within(group).getByTestId('hit');
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['social housing']);
    expect(within(hit).getByTestId('hit-location').textContent).toBe('Interviewer');
    // The speaker is named once: the label at the start of the turn is left out of the snippet.
    expect(hit.textContent).toMatch(/^InterviewerVienna is often presented as a model for social housing\./);
  });

  it('opens the Reader at the first marked word of a hit', async () => {
    const { location } = renderSearch(await sampleRepository());
    type('"social housing" city:Vienna');
    await resultCount('"social housing" city:Vienna');
    fireEvent.click(screen.getByRole('button', { name: /Open in the Reader at Interviewer/ }));
    expect(location.history.at(-1)).toMatch(/^\/reader\/[^/]+\/\d+$/);
  });

  it('adds a city filter to the query when a facet is clicked, and narrows the results', async () => {
    renderSearch(await sampleRepository());
    type('housing');
    const before = await resultCount('housing');
    fireEvent.click(screen.getByRole('button', { name: /^Only Burgas/ }));
    expect((queryBox() as HTMLInputElement).value).toBe('housing city:"Burgas"');
    const after = await resultCount('housing city:"Burgas"');
    expect(parseInt(after)).toBeLessThan(parseInt(before));
    fireEvent.click(await screen.findByRole('button', { name: /^Only Housing/ }));
    expect((queryBox() as HTMLInputElement).value).toBe('housing city:"Burgas" theme:"Housing"');
  });

  it('sorts keyword-in-context lines by the word right and left of the keyword', async () => {
    renderSearch(await sampleRepository());
    type('housing');
    await resultCount('housing');
    fireEvent.click(screen.getByRole('tab', { name: 'Keyword in context' }));
    await waitFor(() => expect(screen.getAllByTestId('kwic-line').length).toBeGreaterThan(5), { timeout: 5000 });
    const words = (column: number, pick: (t: string[]) => string | undefined) =>
      screen.getAllByTestId('kwic-line').map((row) => pick(terms(row.querySelectorAll('td')[column]!.textContent!)) ?? '');
    const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b));
    fireEvent.click(screen.getByText('Right word'));
    await waitFor(() => expect(words(2, (t) => t[0])).toEqual(sorted(words(2, (t) => t[0]))));
    fireEvent.click(screen.getByText('Left word'));
    await waitFor(() => expect(words(0, (t) => t.at(-1))).toEqual(sorted(words(0, (t) => t.at(-1)))));
    expect(words(1, (t) => t.join(' ')).every((k) => k === 'housing')).toBe(true);
  });

  it('codes all hits with the chosen theme and unit as one undoable change, after a confirmation', async () => {
    const db = await sampleRepository();
    renderSearch(db);
    type('housing city:Vienna');
    const count = await resultCount('housing city:Vienna');
    const hits = parseInt(count);
    const segmentsBefore = await db.segments.count();
    const idsBefore = new Set((await db.segments.toArray()).map((s) => s.id));
    const changesBefore = (await listChanges(db)).length;
    fireEvent.click(screen.getByRole('button', { name: 'Code all hits…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code all hits' });
    fireEvent.click(within(dialog).getByRole('textbox', { name: 'Theme' }));
    fireEvent.click(await within(dialog).findByRole('option', { name: 'Cultural mediators' }));
    fireEvent.click(within(dialog).getByText('The sentence'));
    expect(within(dialog).getByTestId('code-summary').textContent).toBe(
      `${hits} hits in 1 document will be coded with "Cultural mediators". One undo removes them all.`,
    );
    expect(await db.segments.count()).toBe(segmentsBefore);
    fireEvent.click(within(dialog).getByRole('button', { name: `Code ${hits} hits` }));
    await waitFor(async () => expect(await db.segments.count()).toBeGreaterThan(segmentsBefore), { timeout: 5000 });
    const theme = (await db.themes.toArray()).find((t) => t.name === 'Cultural mediators')!;
    const added = (await db.segments.toArray()).filter((s) => !idsBefore.has(s.id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((s) => s.themeIds.join() === theme.id && s.coder === 'Researcher')).toBe(true);
    const texts = await db.texts.toArray();
    for (const segment of added) {
      const text = texts.find((t) => t.id === segment.documentId)!.text.slice(segment.start, segment.end);
      expect(text.toLowerCase()).toContain('housing');
      expect(text).toMatch(/[.?!]$/);
    }
    expect((await listChanges(db)).length).toBe(changesBefore + 1);
    expect(await screen.findByText('Hits coded')).toBeTruthy();
    await undo(db);
    expect(await db.segments.count()).toBe(segmentsBefore);
  });

  it('codes only the selected hits, each as its passage', async () => {
    const db = await sampleRepository();
    renderSearch(db);
    type('housing city:Vienna');
    await resultCount('housing city:Vienna');
    expect(screen.getByRole('button', { name: 'Code selected hits…' }).hasAttribute('disabled')).toBe(true);
    const boxes = screen.getAllByRole('checkbox');
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[2]!);
    const idsBefore = new Set((await db.segments.toArray()).map((s) => s.id));
    fireEvent.click(screen.getByRole('button', { name: 'Code selected hits…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code the selected hits' });
    fireEvent.click(within(dialog).getByRole('textbox', { name: 'Theme' }));
    fireEvent.click(await within(dialog).findByRole('option', { name: 'Participation' }));
    expect(within(dialog).getByTestId('code-summary').textContent).toMatch(/^2 hits in 1 document will be coded with "Participation"/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Code 2 hits' }));
    await waitFor(async () => expect((await db.segments.toArray()).filter((s) => !idsBefore.has(s.id))).toHaveLength(2), { timeout: 5000 });
  });
});
