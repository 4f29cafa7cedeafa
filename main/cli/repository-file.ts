// Repository archives on disk: open one into an in-memory database, and write one back atomically.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { exportArchive, loadArchiveInto, readArchive, type ArchiveManifest } from '../../shared/archive';
import { RepositoryDb } from '../../shared/db';
import { CliFailure } from './failure';
import { APP_VERSION } from './version';

export interface OpenRepository {
  db: RepositoryDb;
  manifest: ArchiveManifest;
  /** The archive's size on disk, in bytes. */
  bytes: number;
}

/** An empty repository held in memory for the duration of one command. */
export function memoryRepository(): RepositoryDb {
  return new RepositoryDb(`cli-${randomUUID()}`, { indexedDB, IDBKeyRange });
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(`${path} does not exist.`);
    if (code === 'EISDIR') throw new CliFailure(`${path} is a folder, not a repository archive.`);
    throw new CliFailure(`${path} cannot be read (${code ?? 'unknown error'}).`);
  }
}

/** Reads, validates and loads an archive; every problem becomes one CliFailure line. */
export async function openRepositoryFile(path: string): Promise<OpenRepository> {
  const bytes = await readBytes(path);
  const read = await readArchive(bytes, {}, path);
  if (!read.ok) throw new CliFailure(read.error.message);
  const db = memoryRepository();
  const loaded = await loadArchiveInto(db, read.value);
  if (!loaded.ok) throw new CliFailure(`${path}: ${loaded.error.message}`);
  return { db, manifest: read.value.manifest, bytes: bytes.length };
}

/** Writes the archive next to its destination, then renames it over: a crash never leaves half a file. */
export async function saveRepositoryFile(db: RepositoryDb, path: string): Promise<number> {
  const archive = await exportArchive(db, { appVersion: APP_VERSION });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, archive);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(`${path} cannot be written (${code ?? 'unknown error'}).`);
  }
  return archive.length;
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}
