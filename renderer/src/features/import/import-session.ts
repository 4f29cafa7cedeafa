// The import the window is running or has just finished: starts batches, keeps the report, retries and applies cities.
import { notifications } from '@mantine/notifications';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { RepositoryDb } from '../../../../shared/db';
import { acceptCitySuggestions } from '../../../../shared/import/pipeline/city-suggestions';
import type { CitySuggestion, FileToImport, ImportReport } from '../../../../shared/import/pipeline/types';
import { backgroundWork as appBackgroundWork, type BackgroundWork } from '../../app/background-work';
import { mutationContext } from '../../app/repository-actions';
import type { BatchOptions } from '../../workers/import-messages';
import { runInWorker, type ImportRunner } from './import-runner';
import { mergeRetry, withoutSuggestions } from './report-merge';

export interface ImportSessionState {
  running: boolean;
  /** The last finished batch; null before the first. */
  report: ImportReport | null;
  reportOpen: boolean;
  /** Files of the report whose password can be typed and tried again. */
  retryable: readonly string[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summary(report: ImportReport): string {
  const parts = [plural(report.imported, 'file imported', 'files imported')];
  if (report.duplicates > 0) parts.push(plural(report.duplicates, 'duplicate', 'duplicates'));
  if (report.failed > 0) parts.push(`${report.failed} failed`);
  return `${parts.join(', ')}${report.cancelled ? ' before the import was cancelled' : ''}.`;
}

export class ImportSession {
  private state: ImportSessionState = { running: false, report: null, reportOpen: false, retryable: [] };
  private retryable = new Map<string, FileToImport>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly runner: ImportRunner = runInWorker,
    private readonly work: BackgroundWork = appBackgroundWork,
  ) {}

  /** Imports a batch in the background and opens the report; resolves with it (null when nothing ran). */
  async importFiles(db: RepositoryDb, files: FileToImport[], options: BatchOptions = {}): Promise<ImportReport | null> {
    if (files.length === 0) return null;
    if (this.state.running) {
      notifications.show({ title: 'An import is running', message: 'Wait for it to finish, then import these files again.', color: 'yellow' });
      return null;
    }
    this.set({ running: true });
    try {
      const report = await this.runBatch(db, files, options);
      if (!report) return null;
      this.set({ report, reportOpen: true, retryable: [...this.retryable.keys()] });
      notifications.show({
        title: report.cancelled ? 'Import cancelled' : 'Import finished',
        message: summary(report),
        color: report.failed > 0 || report.cancelled ? 'yellow' : 'teal',
      });
      return report;
    } finally {
      this.set({ running: false });
    }
  }

  /** Imports one file of the last report again with the password the user typed. */
  async retryWithPassword(db: RepositoryDb, path: string, password: string): Promise<void> {
    const file = this.retryable.get(path);
    const report = this.state.report;
    if (!file || !report) return;
    // The worker takes the bytes over; keep a copy in case this password is wrong too.
    const copy = { ...file, bytes: file.bytes.slice() };
    const retried = await this.runBatch(db, [copy], { passwords: { [path]: password } }, false);
    if (!retried) return;
    const outcome = retried.outcomes.find((o) => o.file === path);
    if (outcome?.status !== 'failed') this.retryable.delete(path);
    this.set({ report: mergeRetry(this.state.report ?? report, retried), retryable: [...this.retryable.keys()] });
  }

  async applyCities(db: RepositoryDb, documentId: string, suggestions: CitySuggestion[]): Promise<boolean> {
    const ctx = await mutationContext(db);
    const result = await acceptCitySuggestions(db, ctx, documentId, suggestions);
    if (!result.ok) {
      notifications.show({ title: 'City tags were not applied', message: result.error.message, color: 'red' });
      return false;
    }
    if (this.state.report) this.set({ report: withoutSuggestions(this.state.report, documentId) });
    notifications.show({ title: 'City tags applied', message: suggestions.map((s) => s.name).join(', '), color: 'teal', autoClose: 3000 });
    return true;
  }

  closeReport = (): void => this.set({ reportOpen: false });

  snapshot = (): ImportSessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async runBatch(db: RepositoryDb, files: FileToImport[], options: BatchOptions, rememberRetryable = true): Promise<ImportReport | null> {
    const { coder } = await mutationContext(db);
    const controller = new AbortController();
    const total = files.length;
    const label = total === 1 ? `Importing ${files[0]!.name}` : 'Importing files';
    const task = this.work.start(label, { total, cancel: () => controller.abort() });
    try {
      const result = await this.runner({
        files,
        options,
        coder,
        signal: controller.signal,
        onProgress: (progress) => task.progress(progress.done, progress.total, progress.current ?? undefined),
      });
      if (rememberRetryable) this.retryable = new Map();
      for (const file of result.retryable) this.retryable.set(file.path, file);
      return result.report;
    } catch (error) {
      notifications.show({
        title: 'The import stopped',
        message: error instanceof Error ? error.message : String(error),
        color: 'red',
        autoClose: 10_000,
      });
      return null;
    } finally {
      task.finish();
    }
  }

  private set(patch: Partial<ImportSessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The app's one session; components read it through useImportSession. */
export const importSession = new ImportSession();

/** The session the app's screens import through; tests provide one whose batches run without the worker. */
export const ImportSessionContext = createContext<ImportSession>(importSession);

export function useImportSessionInstance(): ImportSession {
  return useContext(ImportSessionContext);
}

export function useImportSession(session: ImportSession): ImportSessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot, session.snapshot);
}
