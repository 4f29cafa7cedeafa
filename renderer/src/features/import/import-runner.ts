// Runs one import batch in the import worker and resolves with its report; the window never extracts text itself.
import type { FileToImport, ImportProgress, ImportReport } from '../../../../shared/import/pipeline/types';
import { isFromImportWorker, transferableFiles, type BatchOptions, type ToImportWorker } from '../../workers/import-messages';

export interface BatchRequest {
  files: FileToImport[];
  options: BatchOptions;
  coder: string;
  onProgress: (progress: ImportProgress) => void;
  signal: AbortSignal;
}

export interface BatchResult {
  report: ImportReport;
  /** The files that asked for a password, with their bytes, for "Try again". */
  retryable: FileToImport[];
}

/** How a batch is run: the worker in the app, a stand-in in component tests. */
export type ImportRunner = (request: BatchRequest) => Promise<BatchResult>;

export const runInWorker: ImportRunner = ({ files, options, coder, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    const send = (message: ToImportWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    const onAbort = () => send({ type: 'cancel' });
    const end = () => {
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isFromImportWorker(message)) return;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') {
        end();
        resolve({ report: message.report, retryable: message.retryable });
      } else {
        end();
        reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || 'The import stopped unexpectedly.'));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    const batch = transferableFiles(files);
    send({ type: 'start', files: batch.files, options, coder }, batch.transfer);
  });
