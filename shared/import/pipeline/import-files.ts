// Imports a batch of files: one outcome per file (imported, duplicate or failed), one transaction per document.
import { addDocument, findDuplicate, type AddDocumentContext, type RepositoryDb } from '../../db';
import { europeanGazetteer, type Gazetteer } from '../../gazetteer';
import { sha256Hex } from '../../hash';
import { toFailure } from '../../result';
import { extractText } from '../extract';
import type { ExtractOptions, FileToImport } from '../types';
import { suggestCitiesFor } from './city-suggestions';
import { mediaTypeOf } from './media-type';
import type { ImportOptions, ImportOutcome, ImportReport } from './types';

export { acceptCitySuggestions, suggestCitiesFor } from './city-suggestions';

/** The title a document gets when its file names none: the file name without its extension. */
export function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}

/** The bytes in a buffer of their own: storing a view would store (structured-clone) the whole buffer behind it. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

/** Thrown inside the loop when the user cancels; ends the batch without an outcome for the file in flight. */
class Cancelled extends Error {}

function extractOptions(file: FileToImport, options: ImportOptions): ExtractOptions {
  const password = options.passwords?.[file.path] ?? options.password;
  return {
    ...(password !== undefined ? { password } : {}),
    ...(options.loadPdfjs ? { loadPdfjs: options.loadPdfjs } : {}),
    ...(options.pdfjsDocumentOptions ? { pdfjsDocumentOptions: options.pdfjsDocumentOptions } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

async function importOne(
  db: RepositoryDb,
  ctx: AddDocumentContext,
  file: FileToImport,
  options: ImportOptions,
  gazetteer: Gazetteer | null,
): Promise<ImportOutcome> {
  const sha256 = await sha256Hex(file.bytes);
  const existing = await findDuplicate(db, sha256);
  if (existing) {
    return {
      status: 'duplicate',
      file: file.path,
      existingDocumentId: existing.id,
      existingTitle: existing.title,
      message: `${file.path} is already in the repository as "${existing.title}".`,
    };
  }
  const extracted = await extractText(file, extractOptions(file, options));
  if (options.signal?.aborted) throw new Cancelled();
  if (!extracted.ok) return { status: 'failed', file: file.path, code: extracted.error.code, message: extracted.error.message };
  const extraction = extracted.value;
  const title = extraction.title || titleFromName(file.name);
  const stored = await addDocument(
    db,
    ctx,
    {
      title,
      kind: options.kind ?? extraction.kind,
      sourceFormat: extraction.sourceFormat,
      language: extraction.language,
      text: extraction.text,
      textHash: await sha256Hex(extraction.text),
      sha256,
      pages: extraction.pages,
      turns: extraction.turns,
      headings: extraction.headings,
      cityIds: options.cityIds ?? [],
      themeIds: [],
      attributes: extraction.attributes,
      metadata: extraction.metadata,
      importedFrom: file.path,
      size: file.bytes.length,
    },
    { name: file.name, type: mediaTypeOf(file.name), size: file.bytes.length, sha256, bytes: ownBytes(file.bytes) },
  );
  if (!stored.ok) {
    if (stored.error.code === 'duplicate') {
      const again = await findDuplicate(db, sha256);
      if (again) {
        return { status: 'duplicate', file: file.path, existingDocumentId: again.id, existingTitle: again.title, message: stored.error.message };
      }
    }
    return { status: 'failed', file: file.path, code: stored.error.code, message: `${file.path} could not be stored: ${stored.error.message}` };
  }
  const tagged = new Set(options.cityIds ?? []);
  const suggestedCities = gazetteer
    ? (await suggestCitiesFor(db, `${title}\n${extraction.text}`, gazetteer, { language: extraction.language })).filter(
        (s) => s.existingCityId === null || !tagged.has(s.existingCityId),
      )
    : [];
  return { status: 'imported', file: file.path, documentId: stored.value.id, title, warnings: extraction.warnings, suggestedCities };
}

/**
 * Imports `files` in order. Every file reached gets exactly one outcome; a failure never stops the batch.
 * Cancelling (options.signal) stops before the next file: stored documents stay, the one in flight is not stored.
 */
export async function importFiles(
  db: RepositoryDb,
  ctx: AddDocumentContext,
  files: FileToImport[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const gazetteer = options.gazetteer === undefined ? europeanGazetteer() : options.gazetteer;
  const outcomes: ImportOutcome[] = [];
  let cancelled = false;
  for (const file of files) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ done: outcomes.length, total: files.length, current: file.path });
    try {
      outcomes.push(await importOne(db, ctx, file, options, gazetteer));
    } catch (error) {
      if (error instanceof Cancelled) {
        cancelled = true;
        break;
      }
      const reason = toFailure(error).message.split('\n')[0];
      outcomes.push({ status: 'failed', file: file.path, code: 'unexpected', message: `${file.path} could not be imported: ${reason}` });
    }
  }
  options.onProgress?.({ done: outcomes.length, total: files.length, current: null });
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed'), cancelled };
}
