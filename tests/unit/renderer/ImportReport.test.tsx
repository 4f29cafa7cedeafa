// @vitest-environment happy-dom
// The import report dialog: every outcome shown, city suggestions applied, password retries sent with the right options.
import './dom-setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { BackgroundWork } from '../../../renderer/src/app/background-work';
import type { BatchRequest, ImportRunner } from '../../../renderer/src/features/import/import-runner';
import { ImportSession } from '../../../renderer/src/features/import/import-session';
import type { RepositoryDb } from '../../../shared/db';
import { importFiles } from '../../../shared/import/pipeline/import-files';
import type { FileToImport, ImportReport } from '../../../shared/import/pipeline/types';
import { freshDb } from '../../helpers';

const encode = (text: string) => new TextEncoder().encode(text);

const INTERVIEW =
  'Interviewer: How did you arrive in Vienna?\n\nRespondent: I came to Vienna by train in 2015 and stayed in Vienna with my cousin.\n\n' +
  'Interviewer: And then?\n\nRespondent: Vienna offered German courses quickly; later I moved within Vienna twice.';

function file(path: string, bytes: Uint8Array): FileToImport {
  return { name: path.split('/').pop()!, path, bytes };
}

/** The worker's job done in the test's thread: the real pipeline over the test repository. */
function pipelineRunner(db: RepositoryDb, calls: BatchRequest[] = []): ImportRunner {
  return async (request) => {
    calls.push(request);
    const report = await importFiles(db, { coder: request.coder }, request.files, {
      ...request.options,
      signal: request.signal,
      onProgress: request.onProgress,
    });
    return { report, retryable: [] };
  };
}

function renderWith(db: RepositoryDb, session: ImportSession) {
  const location = memoryLocation({ path: '/library', record: true });
  render(<App db={db} locationHook={location.hook} importSession={session} />);
  return location;
}

const reportDialog = () => screen.findByRole('dialog', { name: 'Import report' });
const row = (dialog: HTMLElement, file: string) => within(dialog).getByRole('listitem', { name: new RegExp(`^${file.replace('.', '\\.')}:`) });

describe('the import report', () => {
  it('shows one row per file: imported with kind and language, duplicate of which document, failed with its reason', async () => {
    const db = freshDb();
    const session = new ImportSession(pipelineRunner(db), new BackgroundWork());
    renderWith(db, session);
    await screen.findByRole('heading', { name: 'Your library is empty' });
    const interview = encode(INTERVIEW);
    await act(() =>
      session.importFiles(db, [
        file('vienna/interview-1.txt', interview),
        file('vienna/copy-of-interview-1.txt', interview.slice()),
        file('vienna/recording.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 9])),
        file('vienna/notes.xyz', encode('whatever')),
      ]),
    );
    const dialog = await reportDialog();
    expect(within(dialog).getByTestId('import-counts').textContent).toMatch(/1imported1duplicate2failed/);

    const imported = row(dialog, 'vienna/interview-1.txt');
    expect(imported.getAttribute('data-status')).toBe('imported');
    const stored = (await db.documents.toArray())[0]!;
    within(imported).getByRole('button', { name: `Open "${stored.title}" in the Reader` });
    await waitFor(() => expect(imported.textContent).toContain('Interview · English'));

    const duplicate = row(dialog, 'vienna/copy-of-interview-1.txt');
    expect(duplicate.getAttribute('data-status')).toBe('duplicate');
    expect(duplicate.textContent).toContain(`Already in the repository as ${stored.title}`);

    for (const name of ['vienna/recording.txt', 'vienna/notes.xyz']) {
      const failed = row(dialog, name);
      expect(failed.getAttribute('data-status')).toBe('failed');
      expect(failed.textContent).toMatch(new RegExp(name.split('/').pop()!.replace('.', '\\.')));
      expect(within(failed).queryByLabelText(/Password for/)).toBeNull();
    }
    expect(await db.documents.count()).toBe(1);
  });

  it('opens an imported document in the Reader from its row', async () => {
    const db = freshDb();
    const session = new ImportSession(pipelineRunner(db), new BackgroundWork());
    const location = renderWith(db, session);
    await act(() => session.importFiles(db, [file('interview-1.txt', encode(INTERVIEW))]));
    const dialog = await reportDialog();
    const id = (await db.documents.toArray())[0]!.id;
    fireEvent.click(within(dialog).getByRole('button', { name: /in the Reader$/ }));
    await waitFor(() => expect(location.history.at(-1)).toBe(`/reader/${id}`));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import report' })).toBeNull());
  });

  it('tags the document with the suggested cities the researcher leaves ticked', async () => {
    const db = freshDb();
    const session = new ImportSession(pipelineRunner(db), new BackgroundWork());
    renderWith(db, session);
    const report = await act(() => session.importFiles(db, [file('interview-1.txt', encode(INTERVIEW))]));
    const suggested = report?.outcomes[0]?.status === 'imported' ? report.outcomes[0].suggestedCities : [];
    expect(suggested.map((s) => s.name)).toContain('Vienna');
    const dialog = await reportDialog();
    const vienna = within(dialog).getByRole('checkbox', { name: /^Vienna \(\d+ mentions\)$/ });
    expect(vienna).toHaveProperty('checked', true);
    // Leave exactly Vienna ticked, whatever else the gazetteer found.
    for (const box of within(dialog).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked !== (box === vienna)) fireEvent.click(box);
    }
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply city tags' }));
    await waitFor(async () => {
      const doc = (await db.documents.toArray())[0]!;
      const cities = await db.cities.bulkGet(doc.cityIds);
      expect(cities.map((c) => c?.name)).toEqual(['Vienna']);
    });
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'Apply city tags' })).toBeNull());
  });

  it('imports a locked PDF again with the typed password for that file only, and shows the new outcome', async () => {
    const db = freshDb();
    const locked = file('reports/locked.pdf', encode('%PDF-1.7 pretend encrypted'));
    const lockedBytes = locked.bytes.slice();
    const calls: BatchRequest[] = [];
    // Stands in for the worker: the locked file asks for a password, then says a wrong one is wrong.
    const runner: ImportRunner = async (request) => {
      calls.push({ ...request, files: request.files.map((f) => ({ ...f, bytes: f.bytes.slice() })) });
      const password = request.options.passwords?.[locked.path];
      const outcomes: ImportReport['outcomes'] = request.files.map((f) => ({
        status: 'failed',
        file: f.path,
        code: password === undefined ? 'password-required' : 'wrong-password',
        message: password === undefined ? `${f.name} is protected by a password.` : `${f.name}: wrong password.`,
      }));
      return { report: { outcomes, imported: 0, duplicates: 0, failed: outcomes.length, cancelled: false }, retryable: request.files };
    };
    const session = new ImportSession(runner, new BackgroundWork());
    renderWith(db, session);
    await act(() => session.importFiles(db, [locked]));
    const dialog = await reportDialog();
    const field = within(dialog).getByLabelText('Password for reports/locked.pdf');
    fireEvent.change(field, { target: { value: 'open sesame' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.options).toEqual({ passwords: { 'reports/locked.pdf': 'open sesame' } });
    expect(calls[1]!.files.map((f) => f.path)).toEqual(['reports/locked.pdf']);
    expect(calls[1]!.files[0]!.bytes).toEqual(lockedBytes);
    await waitFor(() => expect(row(dialog, 'reports/locked.pdf').textContent).toContain('locked.pdf: wrong password.'));
    expect(within(dialog).getByLabelText('Password for reports/locked.pdf')).toBeTruthy();
    expect(within(dialog).getByTestId('import-counts').textContent).toMatch(/0imported0duplicates1failed/);
  });

  it('shows the batch in the status bar while it runs, with the current file, and cancels it', async () => {
    const db = freshDb();
    const work = new BackgroundWork();
    let release: () => void = () => {};
    const runner: ImportRunner = (request) =>
      new Promise((resolve) => {
        request.onProgress({ done: 1, total: 3, current: 'b.txt' });
        request.signal.addEventListener('abort', () =>
          resolve({ report: { outcomes: [], imported: 0, duplicates: 0, failed: 0, cancelled: true }, retryable: [] }),
        );
        release = () => resolve({ report: { outcomes: [], imported: 0, duplicates: 0, failed: 0, cancelled: false }, retryable: [] });
      });
    const session = new ImportSession(runner, work);
    const running = session.importFiles(db, ['a.txt', 'b.txt', 'c.txt'].map((n) => file(n, encode(n))));
    await waitFor(() => expect(work.snapshot()).toHaveLength(1));
    expect(work.snapshot()[0]).toMatchObject({ label: 'Importing files', done: 1, total: 3, detail: 'b.txt' });
    work.snapshot()[0]!.cancel!();
    const report = await running;
    expect(report?.cancelled).toBe(true);
    expect(work.snapshot()).toHaveLength(0);
    release();
  });
});

describe('picking files to import', () => {
  /** The browser's file chooser, answering with these files the next time it is opened. */
  function chooserAnswers(files: File[]) {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: files, configurable: true });
      this.dispatchEvent(new Event('change'));
    });
  }

  it.each([
    ['the Import files… button', (view: Promise<unknown>) => view.then(async () => fireEvent.click(await screen.findByRole('button', { name: 'Import files…' })))],
    ['Ctrl+O', (view: Promise<unknown>) => view.then(() => fireEvent.keyDown(window, { key: 'o', ctrlKey: true }))],
  ])('hands the files picked after %s to the import and shows its report', async (_, pick) => {
    const db = freshDb();
    const calls: BatchRequest[] = [];
    const session = new ImportSession(pipelineRunner(db, calls), new BackgroundWork());
    renderWith(db, session);
    chooserAnswers([new File([INTERVIEW], 'a.txt'), new File(['Field note: the library in Graz.'], 'b.txt')]);
    await pick(screen.findByRole('heading', { name: 'Your library is empty' }));
    const dialog = await reportDialog();
    expect(calls.map((c) => c.files.map((f) => f.path))).toEqual([['a.txt', 'b.txt']]);
    expect(within(dialog).getByTestId('import-counts').textContent).toMatch(/^2imported/);
    expect(await db.documents.count()).toBe(2);
    vi.restoreAllMocks();
  });
});
