// The messages between the window and the import worker: a batch in, progress and one report out.
import type { FileToImport, ImportProgress, ImportReport } from '../../../shared/import/pipeline/types';
import type { ImportOptions } from '../../../shared/import/pipeline/types';

/** The options that can cross to the worker (no callbacks, no signal, no loaders). */
export type BatchOptions = Pick<ImportOptions, 'cityIds' | 'kind' | 'password' | 'passwords' | 'limits'>;

export type ToImportWorker =
  | { type: 'start'; files: FileToImport[]; options: BatchOptions; coder: string }
  | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  /** `retryable` hands back the bytes of the files that asked for a password, so they can be tried again. */
  | { type: 'done'; report: ImportReport; retryable: FileToImport[] }
  | { type: 'crashed'; message: string };

const FROM_WORKER_TYPES: ReadonlySet<unknown> = new Set(['progress', 'done', 'crashed']);

/** pdfjs, loaded in the worker, posts messages of its own: only ours are read. */
export function isFromImportWorker(data: unknown): data is FromImportWorker {
  return typeof data === 'object' && data !== null && FROM_WORKER_TYPES.has((data as { type?: unknown }).type);
}

/** Failure codes the report dialog answers with a password field. */
export const PASSWORD_CODES: ReadonlySet<string> = new Set(['password-required', 'wrong-password']);

/** Buffers to transfer: each once, and only when the bytes own their whole buffer (else a copy is made first). */
export function transferableFiles(files: FileToImport[]): { files: FileToImport[]; transfer: ArrayBuffer[] } {
  const seen = new Set<ArrayBufferLike>();
  const out: FileToImport[] = [];
  for (const file of files) {
    let bytes = file.bytes;
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    if (!whole || seen.has(bytes.buffer) || !(bytes.buffer instanceof ArrayBuffer)) bytes = bytes.slice();
    seen.add(bytes.buffer);
    out.push({ name: file.name, path: file.path, bytes });
  }
  return { files: out, transfer: [...seen].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) };
}
