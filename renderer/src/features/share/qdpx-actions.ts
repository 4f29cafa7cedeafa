// REFI-QDA projects from the Share screen: save the repository as a .qdpx, or import one with its loss report.
import { notifications } from '@mantine/notifications';
import { version as APP_VERSION } from '../../../../package.json';
import { safeFileName } from '../../../../shared/archive';
import { repositoryName, type MutationContext, type RepositoryDb } from '../../../../shared/db';
import { exportQdpx, importQdpx, QDPX_EXTENSION, type QdpxImportReport } from '../../../../shared/qdpx';
import { toFailure, type Result } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';
import type { FromQdpxWorker, ToQdpxWorker } from '../../workers/qdpx.worker';

/**
 * Runs the import in a worker, so unpacking, parsing and hashing never hold up the window; without workers
 * (component tests) it runs here. The worker opens the same database by name and writes one undoable change.
 */
function runImport(db: RepositoryDb, ctx: MutationContext, bytes: Uint8Array, fileName: string): Promise<Result<QdpxImportReport>> {
  if (typeof Worker === 'undefined') return importQdpx(bytes, db, ctx, { fileName });
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/qdpx.worker.ts', import.meta.url), { type: 'module', name: 'qdpx-import' });
    const finish = (result: Result<QdpxImportReport>) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<FromQdpxWorker>) => finish(event.data));
    worker.addEventListener('error', (event) => finish({ ok: false, error: { code: 'import-failed', message: event.message || 'The import stopped unexpectedly.' } }));
    const message: ToQdpxWorker = { databaseName: db.name, bytes, fileName, coder: ctx.coder };
    worker.postMessage(message);
  });
}

export async function saveQdpxProject(db: RepositoryDb): Promise<void> {
  try {
    const name = await repositoryName(db);
    const bytes = await backgroundWork.run('Writing the REFI-QDA project', () => exportQdpx(db, { appVersion: APP_VERSION }));
    const saved = await bridge.saveExport({
      suggestedName: `${safeFileName(name)}${QDPX_EXTENSION}`,
      bytes: bytes as Uint8Array<ArrayBuffer>,
      filters: [{ name: 'REFI-QDA project', extensions: [QDPX_EXTENSION.slice(1)] }],
    });
    if (!saved.ok) notifications.show({ title: 'The project was not saved', message: saved.error.message, color: 'red' });
    else if (saved.value) notifications.show({ title: 'REFI-QDA project saved', message: saved.value.name, color: 'teal' });
  } catch (error) {
    notifications.show({ title: 'The project was not written', message: toFailure(error).message, color: 'red' });
  }
}

export interface ImportedProject {
  fileName: string;
  report: QdpxImportReport;
}

/** Picks a .qdpx and imports it as one undoable change; null when cancelled or refused (the refusal is shown). */
export async function importQdpxProject(db: RepositoryDb, ctx: MutationContext): Promise<ImportedProject | null> {
  const picked = await bridge.openArchive({});
  if (!picked.ok) {
    notifications.show({ title: 'The project could not be read', message: picked.error.message, color: 'red' });
    return null;
  }
  if (!picked.value) return null;
  const file = picked.value;
  const result = await backgroundWork.run(`Importing ${file.name}`, () => runImport(db, ctx, file.bytes, file.name));
  if (!result.ok) {
    notifications.show({ title: `${file.name} was not imported`, message: result.error.message, color: 'red', autoClose: 10_000 });
    return null;
  }
  return { fileName: file.name, report: result.value };
}
