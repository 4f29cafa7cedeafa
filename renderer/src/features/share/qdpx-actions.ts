// REFI-QDA projects from the Share screen: save the repository as a .qdpx, or import one with its loss report.
import { notifications } from '@mantine/notifications';
import { version as APP_VERSION } from '../../../../package.json';
import { safeFileName } from '../../../../shared/archive';
import { repositoryName, type MutationContext, type RepositoryDb } from '../../../../shared/db';
import type { PdfjsModule } from '../../../../shared/import';
import { exportQdpx, importQdpx, QDPX_EXTENSION, type QdpxImportReport } from '../../../../shared/qdpx';
import { toFailure } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';

let pdfjs: Promise<PdfjsModule> | null = null;

/**
 * pdfjs is loaded only for a project holding a PDF without its text. Its worker code runs in this thread
 * (pdfjs's "fake worker", found through globalThis.pdfjsWorker), as in the import worker.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]).then(([module, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return module as unknown as PdfjsModule;
  });
  return pdfjs;
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
  const result = await backgroundWork.run(`Importing ${file.name}`, () => importQdpx(file.bytes, db, ctx, { fileName: file.name, loadPdfjs }));
  if (!result.ok) {
    notifications.show({ title: `${file.name} was not imported`, message: result.error.message, color: 'red', autoClose: 10_000 });
    return null;
  }
  return { fileName: file.name, report: result.value };
}
