// Reads an untrusted .comparanda archive: bounds, manifest, version, checksums, then every row.
import { sha256Hex } from '../hash';
import { DomainError, ok, toFailure, type Result } from '../result';
import type { ArchiveContents } from './contents';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  BYTE_TABLES,
  DATA_TABLES,
  DEFAULT_LIMITS,
  MANIFEST_PATH,
  TABLE_SINCE,
  dataPath,
  manifestSchema,
  type ArchiveLimits,
  type ArchiveManifest,
} from './format';
import { decodeJson } from './json';
import { unpackArchive } from './unpack';
import { upgradeTables, type RawTables } from './upgrades';
import { validateContents } from './validate';

function parseJson(bytes: Uint8Array, entry: string, file: string, withBytes: boolean): unknown {
  try {
    return decodeJson(bytes, { bytes: withBytes });
  } catch {
    throw new DomainError('damaged', `${file} is damaged: "${entry}" is not valid JSON.`);
  }
}

/** The manifest, checked in the order that gives the most useful message first. */
function readManifest(files: Map<string, Uint8Array>, file: string): ArchiveManifest {
  const bytes = files.get(MANIFEST_PATH);
  if (!bytes) throw new DomainError('invalid-manifest', `${file} is not a Comparanda archive (it has no ${MANIFEST_PATH}).`);
  let raw: unknown;
  try {
    raw = decodeJson(bytes, { bytes: false });
  } catch {
    throw new DomainError('invalid-manifest', `${file} is not a Comparanda archive (its ${MANIFEST_PATH} is not valid JSON).`);
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (typeof raw !== 'object' || head.format !== ARCHIVE_FORMAT) {
    throw new DomainError('invalid-manifest', `${file} is not a Comparanda archive (its ${MANIFEST_PATH} does not name the comparanda format).`);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new DomainError(
      'newer-format',
      `${file} was written by a newer version of Comparanda (archive format ${head.formatVersion}; this version reads formats up to ${ARCHIVE_FORMAT_VERSION}). Update Comparanda to open it.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new DomainError('invalid-manifest', `${file} has an invalid ${MANIFEST_PATH} (${issue?.message ?? 'unknown problem'}${where}).`);
  }
  return parsed.data;
}

/** Every entry must be listed in the manifest with the right checksum, and every listed entry must exist. */
async function verifyChecksums(files: Map<string, Uint8Array>, manifest: ArchiveManifest, file: string): Promise<void> {
  for (const name of files.keys()) {
    if (name !== MANIFEST_PATH && !(name in manifest.entries)) {
      throw new DomainError('damaged', `${file} is damaged: it contains "${name}", which its manifest does not list.`);
    }
  }
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const bytes = files.get(name);
    if (!bytes) throw new DomainError('damaged', `${file} is damaged or incomplete: "${name}" is missing.`);
    if ((await sha256Hex(bytes)) !== expected) {
      throw new DomainError('checksum-mismatch', `${file} is damaged: "${name}" does not match its checksum.`);
    }
  }
}

/**
 * Reads and validates an archive without touching any database. `fileName` names the file in
 * messages ("survey.comparanda is not a Comparanda archive (…)").
 */
export async function readArchive(
  bytes: Uint8Array,
  limits: Partial<ArchiveLimits> = {},
  fileName = 'This file',
): Promise<Result<ArchiveContents>> {
  try {
    const files = unpackArchive(bytes, { ...DEFAULT_LIMITS, ...limits }, fileName);
    const manifest = readManifest(files, fileName);
    await verifyChecksums(files, manifest, fileName);
    const raw: RawTables = {};
    for (const table of DATA_TABLES) {
      const entry = files.get(dataPath(table));
      // A table newer than the archive's format is supplied by the upgrade.
      if (!entry && manifest.formatVersion < (TABLE_SINCE[table] ?? 1)) continue;
      if (!entry) throw new DomainError('damaged', `${fileName} is damaged or incomplete: "${dataPath(table)}" is missing.`);
      raw[table] = parseJson(entry, dataPath(table), fileName, BYTE_TABLES.includes(table));
    }
    const upgraded = upgradeTables(raw, manifest.formatVersion);
    return ok(validateContents(upgraded, manifest, files, fileName));
  } catch (error) {
    return { ok: false, error: toFailure(error, 'damaged') };
  }
}
