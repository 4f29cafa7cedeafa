// The import worker: extracts and stores a batch of files off the UI thread, reporting progress as it goes.
import { RepositoryDb } from '../../../shared/db';
import { importFiles } from '../../../shared/import/pipeline/import-files';
import type { FileToImport, PdfjsModule } from '../../../shared/import';
import { REPOSITORY_DATABASE_NAME } from '../db';
import { PASSWORD_CODES, type FromImportWorker, type ToImportWorker } from './import-messages';

let pdfjs: Promise<PdfjsModule> | null = null;

/**
 * pdfjs is loaded on the first PDF only. Its worker code runs in this thread (pdfjs's "fake worker", found through
 * globalThis.pdfjsWorker): this thread is already off the window's, and pdfjs cannot start a nested worker here
 * because it reads window.location. Loading that code also makes pdfjs post a "ready" message of its own to the
 * window, which the window ignores (it is not one of FromImportWorker).
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]).then(([module, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return withPageYields(module);
  });
  return pdfjs;
}

/** Resolves after the messages already queued for this thread (a cancel among them) have been handled. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * pdfjs's in-thread worker answers through promises only, so a whole PDF would be read without this thread
 * ever handling its messages, and Cancel would wait for the file to end. Every page request first lets them in.
 */
function withPageYields(module: PdfjsModule): PdfjsModule {
  const getDocument: PdfjsModule['getDocument'] = (source) => {
    const task = module.getDocument(source);
    // Registered before the caller's own handler, so the document is patched before anyone asks for a page.
    void task.promise.then(
      (doc) => {
        const getPage = doc.getPage.bind(doc);
        doc.getPage = async (number: number) => {
          await yieldToMessages();
          return getPage(number);
        };
      },
      () => {},
    );
    return task;
  };
  return { ...module, getDocument };
}

let db: RepositoryDb | null = null;
let running: AbortController | null = null;

function post(message: FromImportWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function run(message: Extract<ToImportWorker, { type: 'start' }>): Promise<void> {
  db ??= new RepositoryDb(REPOSITORY_DATABASE_NAME, { indexedDB: self.indexedDB, IDBKeyRange: self.IDBKeyRange });
  const controller = new AbortController();
  running = controller;
  const byPath = new Map(message.files.map((f) => [f.path, f]));
  try {
    const report = await importFiles(db, { coder: message.coder }, message.files, {
      ...message.options,
      loadPdfjs,
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    const retryable: FileToImport[] = [];
    for (const outcome of report.outcomes) {
      const file = byPath.get(outcome.file);
      if (outcome.status === 'failed' && PASSWORD_CODES.has(outcome.code) && file) retryable.push(file);
    }
    post({ type: 'done', report, retryable }, retryable.map((f) => f.bytes.buffer as ArrayBuffer));
  } catch (error) {
    post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    running = null;
  }
}

self.addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') running?.abort();
  else if (message.type === 'start') void run(message);
});
