// The REFI-QDA import worker: unpacks, parses and writes a .qdpx off the window's thread, as one undoable change.
import { RepositoryDb } from '../../../shared/db';
import type { PdfjsModule } from '../../../shared/import';
import { importQdpx, type QdpxImportReport } from '../../../shared/qdpx';
import { toFailure, type Result } from '../../../shared/result';

export interface ToQdpxWorker {
  databaseName: string;
  bytes: Uint8Array;
  fileName: string;
  coder: string;
}
export type FromQdpxWorker = Result<QdpxImportReport>;

let pdfjs: Promise<PdfjsModule> | null = null;

/** pdfjs only for a PDF without its text; its worker code runs in this thread (pdfjs's "fake worker"), as in the import worker. */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]).then(([module, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return module as unknown as PdfjsModule;
  });
  return pdfjs;
}

self.addEventListener('message', (event: MessageEvent<ToQdpxWorker>) => {
  const { databaseName, bytes, fileName, coder } = event.data;
  const db = new RepositoryDb(databaseName, { indexedDB: self.indexedDB, IDBKeyRange: self.IDBKeyRange });
  void importQdpx(bytes, db, { coder }, { fileName, loadPdfjs })
    .catch((error: unknown): FromQdpxWorker => ({ ok: false, error: toFailure(error, 'import-failed') }))
    .then((result) => {
      db.close();
      self.postMessage(result satisfies FromQdpxWorker);
    });
});
