// The .comparanda archive layout: format name and version, entry paths, manifest schema and limits.
import { z } from 'zod';
import { TABLE_NAMES } from '../model';

export const ARCHIVE_FORMAT = 'comparanda';
/** The newest archive format this version writes and reads; older ones are upgraded on read. */
export const ARCHIVE_FORMAT_VERSION = 2;
export const MANIFEST_PATH = 'manifest.json';
export const ARCHIVE_EXTENSION = '.comparanda';

/**
 * Every data file, one per table, in load order: the repository's content tables, the log and
 * settings, then (since format 2) saved searches and the persisted search index.
 */
export const DATA_TABLES = [...TABLE_NAMES, 'changes', 'settings', 'savedSearches', 'searchShards'] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** The format version that introduced each data file: older archives lack it and get it from an upgrade. */
export const TABLE_SINCE: Readonly<Partial<Record<DataTable, number>>> = { savedSearches: 2, searchShards: 2 };

/** Tables whose rows may hold byte arrays (written as {"$bytes": base64}); other tables are plain JSON. */
export const BYTE_TABLES: readonly DataTable[] = ['changes', 'searchShards'];

/**
 * Deflate level for entries: level 1 is about 2.3 times faster than 6 on transcripts here and
 * makes the archive about 15% larger; export time matters more than size at 1,000 documents.
 */
export const DEFLATE_LEVEL = 1;

/** Tables holding derived or workspace data rather than repository content. */
export const NON_CONTENT_TABLES: readonly DataTable[] = ['settings', 'savedSearches', 'searchShards'];

export function dataPath(table: DataTable): string {
  return `data/${table}.json`;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a checksum must be 64 hex digits');

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string(),
  repositoryName: z.string().optional(),
  /** Rows per data file, keyed by table name. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** SHA-256 (hex) of every entry other than the manifest, keyed by entry path. */
  entries: z.record(z.string(), sha256),
  /** Present when the archive holds a selection of the repository rather than all of it. */
  selection: z
    .object({
      cities: z.array(z.string()),
      themes: z.array(z.string()),
      chapters: z.boolean(),
    })
    .optional(),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

/** Bounds checked before and while unpacking, so a hostile archive cannot exhaust memory. */
export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 512 * MiB,
  maxTotalBytes: 2048 * MiB,
};

/** Types already compressed: stored as they are rather than deflated again. */
export const STORED_TYPES = [/^image\//, /^audio\//, /^video\//, /zip/, /officedocument/, /opendocument/, /epub/];
