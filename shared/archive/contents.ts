// What an archive holds once read and validated, and the schema each data file is checked with.
import { z } from 'zod';
import {
  attributeDefinitionSchema,
  changeSchema,
  chapterSchema,
  citySchema,
  documentSchema,
  documentTextSchema,
  memoSchema,
  segmentSchema,
  settingSchema,
  sourceSchema,
  themeSchema,
  type AttributeDefinition,
  type Change,
  type Chapter,
  type City,
  type Document,
  type DocumentText,
  type Memo,
  type Segment,
  type Setting,
  type Source,
  type TableName,
  type Theme,
} from '../model';
import type { SavedSearch } from '../search/saved-search';
import type { ArchiveManifest, DataTable } from './format';

export interface ArchiveContents {
  manifest: ArchiveManifest;
  documents: Document[];
  texts: DocumentText[];
  sources: Source[];
  cities: City[];
  themes: Theme[];
  segments: Segment[];
  memos: Memo[];
  chapters: Chapter[];
  attributeDefinitions: AttributeDefinition[];
  changes: Change[];
  settings: Setting[];
  savedSearches: SavedSearch[];
  /** The persisted search index: opaque rows (`id`, `format`, …) owned by shared/search, rebuilt when unusable. */
  searchShards: ArchivedShard[];
}

/** A search-index shard as the archive sees it: only its key and format are checked here. */
export const archivedShardSchema = z.looseObject({ id: z.string().min(1), format: z.number() });
export type ArchivedShard = z.infer<typeof archivedShardSchema>;

export const savedSearchSchema = z.object({ id: z.string().min(1), name: z.string().min(1), query: z.string(), createdAt: z.string() });

/** A source row in data/sources.json: the bytes are the entry named by `file`. */
export const archivedSourceSchema = sourceSchema.omit({ bytes: true }).extend({ file: z.string().startsWith('originals/') });

/** The schema of a live row in each content table (also used for rows inside change-log patches). */
export const ROW_SCHEMAS: Record<TableName, z.ZodType> = {
  documents: documentSchema,
  texts: documentTextSchema,
  sources: sourceSchema,
  cities: citySchema,
  themes: themeSchema,
  segments: segmentSchema,
  memos: memoSchema,
  chapters: chapterSchema,
  attributeDefinitions: attributeDefinitionSchema,
};

/** The schema each data file's rows are validated with. */
export const FILE_SCHEMAS: Record<DataTable, z.ZodType> = {
  ...ROW_SCHEMAS,
  sources: archivedSourceSchema,
  changes: changeSchema,
  settings: settingSchema,
  savedSearches: savedSearchSchema,
  searchShards: archivedShardSchema,
};

/** Singular names for messages ("an invalid city in data/cities.json"). */
export const ROW_NAMES: Record<DataTable, string> = {
  documents: 'document',
  texts: 'document text',
  sources: 'original file record',
  cities: 'city',
  themes: 'theme',
  segments: 'coded passage',
  memos: 'memo',
  chapters: 'chapter',
  attributeDefinitions: 'attribute definition',
  changes: 'change-log entry',
  settings: 'setting',
  savedSearches: 'saved search',
  searchShards: 'search index shard',
};
