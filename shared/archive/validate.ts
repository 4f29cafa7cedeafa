// Validates an archive's rows with the model schemas and checks that they refer to each other.
import type { z } from 'zod';
import type { Change, Source } from '../model';
import { DomainError } from '../result';
import { FILE_SCHEMAS, ROW_NAMES, ROW_SCHEMAS, type ArchiveContents } from './contents';
import { DATA_TABLES, dataPath, type ArchiveManifest, type DataTable } from './format';
import type { RawTables } from './upgrades';

function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unknown problem';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `${first.message}${where}`;
}

function validRows(table: DataTable, raw: unknown, file: string): unknown[] {
  if (!Array.isArray(raw)) throw new DomainError('invalid-data', `${file} is damaged: ${dataPath(table)} is not a list of rows.`);
  return raw.map((row, index) => {
    const parsed = FILE_SCHEMAS[table].safeParse(row);
    if (!parsed.success) {
      throw new DomainError(
        'invalid-data',
        `${file} holds an invalid ${ROW_NAMES[table]} (${dataPath(table)}, row ${index + 1}): ${describeIssue(parsed.error)}.`,
      );
    }
    return parsed.data;
  });
}

/** Rows recorded in the change log are written back by undo and redo, so they are checked too. */
function checkChangeRows(changes: Change[], file: string): void {
  for (const change of changes) {
    for (const patch of change.patches) {
      for (const row of [patch.before, patch.after]) {
        if (row === null || row === undefined) continue;
        const parsed = ROW_SCHEMAS[patch.table].safeParse(row);
        if (!parsed.success) {
          throw new DomainError('invalid-data', `${file} holds an invalid change-log entry ("${change.label}"): ${describeIssue(parsed.error)}.`);
        }
      }
    }
  }
}

function checkReferences(contents: Omit<ArchiveContents, 'manifest'>, file: string): void {
  const lengths = new Map(contents.texts.map((t) => [t.id, t.text.length]));
  for (const doc of contents.documents) {
    if (lengths.get(doc.id) !== doc.textLength) {
      throw new DomainError('invalid-data', `${file} holds a document ("${doc.title}") whose text is missing or has the wrong length.`);
    }
  }
  const texts = new Map(contents.documents.map((d) => [d.id, d.textLength]));
  for (const segment of contents.segments) {
    const length = texts.get(segment.documentId);
    if (length === undefined) throw new DomainError('invalid-data', `${file} holds a coded passage of a document that is not in it.`);
    if (segment.end > length) throw new DomainError('invalid-data', `${file} holds a coded passage that ends past the end of its document.`);
  }
}

/**
 * Turns upgraded raw tables into validated contents; `originals` are the archive's file entries
 * whose checksums have already been verified against the manifest.
 */
export function validateContents(
  raw: RawTables,
  manifest: ArchiveManifest,
  originals: Map<string, Uint8Array>,
  file: string,
): ArchiveContents {
  const tables = {} as Record<DataTable, unknown[]>;
  for (const table of DATA_TABLES) {
    tables[table] = validRows(table, raw[table], file);
    const declared = manifest.counts[table];
    if (declared !== undefined && declared !== tables[table].length) {
      throw new DomainError('damaged', `${file} is damaged: ${dataPath(table)} holds ${tables[table].length} rows, not the ${declared} its manifest declares.`);
    }
  }
  const sources: Source[] = (tables.sources as (Omit<Source, 'bytes'> & { file: string })[]).map(({ file: entry, ...meta }) => {
    const bytes = originals.get(entry);
    if (!bytes) throw new DomainError('damaged', `${file} is damaged: the original file "${meta.name}" is missing.`);
    if (manifest.entries[entry] !== meta.sha256 || bytes.length !== meta.size) {
      throw new DomainError('checksum-mismatch', `${file} is damaged: the original file "${meta.name}" does not match its checksum.`);
    }
    return { ...meta, bytes: bytes as Uint8Array<ArrayBuffer> };
  });
  const contents = { ...tables, sources } as unknown as Omit<ArchiveContents, 'manifest'>;
  checkChangeRows(contents.changes, file);
  checkReferences(contents, file);
  return { manifest, ...contents };
}
