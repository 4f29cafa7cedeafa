// Writes a repository into a .comparanda archive: manifest, JSON data per table, original files.
import { zipSync, type Zippable } from 'fflate';
import type { RepositoryDb } from '../db';
import { repositoryName } from '../db';
import { sha256Hex } from '../hash';
import { isoNow, type City, type Clock, type Source, type Theme } from '../model';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, BYTE_TABLES, DATA_TABLES, DEFLATE_LEVEL, MANIFEST_PATH, STORED_TYPES, dataPath, type ArchiveManifest } from './format';
import { encodeJson } from './json';
import { originalPath } from './names';
import { selectRows, type ArchiveSelection, type Snapshot } from './select';

export interface ExportOptions {
  appVersion: string;
  clock?: Clock;
  /** Export only the documents of some cities and/or themes; the whole repository when absent. */
  selection?: ArchiveSelection;
}

/** A source row as archived: its bytes live in `file`, an entry under originals/. */
export type ArchivedSource = Omit<Source, 'bytes'> & { file: string };

/** Reads every table in one transaction, so the archive is a consistent snapshot. */
async function snapshot(db: RepositoryDb): Promise<{ rows: Snapshot; name: string }> {
  return db.transaction('r', DATA_TABLES.map((t) => db.table(t)), async () => {
    const rows = {} as Snapshot;
    for (const table of DATA_TABLES) rows[table] = await db.table(table).toArray();
    return { rows, name: await repositoryName(db) };
  });
}

/** The zip entry time: zip stores local time from 1980 on, so earlier clocks are clamped. */
function entryTime(date: Date): Date {
  return date.getFullYear() < 1980 ? new Date(1980, 0, 1) : date;
}

/** The manifest's record of a selection: city names and theme paths ("Housing/Social housing"). */
function describeSelection(rows: Snapshot, selection: ArchiveSelection): NonNullable<ArchiveManifest['selection']> {
  const cities = new Map((rows.cities as City[]).map((c) => [c.id, c.name]));
  const themes = new Map((rows.themes as Theme[]).map((t) => [t.id, t]));
  const path = (id: string): string => {
    const names: string[] = [];
    for (let t = themes.get(id); t && names.length <= themes.size; t = t.parentId ? themes.get(t.parentId) : undefined) names.unshift(t.name);
    return names.join('/');
  };
  return {
    cities: (selection.cityIds ?? []).map((id) => cities.get(id) ?? id),
    themes: (selection.themeIds ?? []).map(path),
    chapters: selection.chapters === true,
  };
}

export async function exportArchive(db: RepositoryDb, options: ExportOptions): Promise<Uint8Array> {
  const now = options.clock ? options.clock() : new Date();
  const whole = await snapshot(db);
  const name = whole.name;
  const rows = options.selection ? selectRows(whole.rows, options.selection) : whole.rows;
  const files = new Map<string, { bytes: Uint8Array; stored: boolean }>();
  const sources = rows.sources as Source[];
  const usedPaths = new Set<string>();
  rows.sources = sources.map(({ bytes, ...meta }) => {
    let file = originalPath(meta.id, meta.name);
    // Two sources whose ids sanitise alike must not share an entry.
    for (let n = 2; usedPaths.has(file); n++) file = originalPath(`${meta.id}-${n}`, meta.name);
    usedPaths.add(file);
    files.set(file, { bytes, stored: STORED_TYPES.some((re) => re.test(meta.type)) });
    return { ...meta, file } satisfies ArchivedSource;
  });
  for (const table of DATA_TABLES) files.set(dataPath(table), { bytes: encodeJson(rows[table], { bytes: BYTE_TABLES.includes(table) }), stored: false });

  const entries: Record<string, string> = {};
  for (const [path, { bytes }] of files) entries[path] = await sha256Hex(bytes);
  const counts: Record<string, number> = {};
  for (const table of DATA_TABLES) counts[table] = rows[table].length;
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: isoNow(() => now),
    repositoryName: name,
    counts,
    entries,
    ...(options.selection ? { selection: describeSelection(whole.rows, options.selection) } : {}),
  };
  const mtime = entryTime(now);
  const zippable: Zippable = { [MANIFEST_PATH]: [encodeJson(manifest, { bytes: false }), { level: DEFLATE_LEVEL, mtime }] };
  for (const [path, { bytes, stored }] of files) zippable[path] = [bytes, { level: stored ? 0 : DEFLATE_LEVEL, mtime }];
  return zipSync(zippable);
}
