// Turns what the user picked in a dialog into PickedFile values: folders expanded (no hidden files, no symlinks), sizes capped before reading.
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PickedFile } from '../../../shared/ipc/contract';
import { DomainError } from '../../../shared/result';

export interface FileLimits {
  /** The largest single file that may be read. */
  maxFileBytes: number;
  /** The most bytes one pick may bring in altogether. */
  maxTotalBytes: number;
  /** The most files one pick may bring in. */
  maxFiles: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: 512 * 1024 ** 2, maxTotalBytes: 1024 ** 3, maxFiles: 10_000 };

interface FoundFile {
  absolute: string;
  /** Relative to the picked folder, with forward slashes; the bare name for a picked file. */
  relative: string;
  size: number;
}

/** A byte count in the units people read: "812 KB", "1.5 GB". */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

async function listFolder(folder: string, relativeTo: string, into: FoundFile[], limits: FileLimits): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    throw new DomainError('unreadable-folder', `The folder "${path.basename(folder)}" could not be read (it may be protected), so nothing was imported.`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name) || entry.isSymbolicLink()) continue;
    const absolute = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await listFolder(absolute, relativeTo, into, limits);
    } else if (entry.isFile()) {
      const { size } = await lstat(absolute);
      into.push({ absolute, relative: path.relative(relativeTo, absolute).split(path.sep).join('/'), size });
      if (into.length > limits.maxFiles) {
        throw new DomainError('too-many-files', `The selection holds more than ${limits.maxFiles} files; import them in smaller batches.`);
      }
    }
  }
}

/** Every importable file in the picked folders, recursively; hidden files and symbolic links are left out. */
export async function filesInFolders(folders: readonly string[], limits: FileLimits): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const folder of folders) await listFolder(folder, folder, found, limits);
  return found;
}

/** The picked files themselves (chosen one by one, so followed even when they are links). */
export async function pickedFiles(files: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const file of files) {
    try {
      const info = await stat(file);
      if (info.isFile()) found.push({ absolute: file, relative: path.basename(file), size: info.size });
    } catch {
      throw new DomainError('unreadable-file', `"${path.basename(file)}" could not be read, so nothing was imported.`);
    }
  }
  return found;
}

/** Refuses the whole pick, before anything is read, when one file or the total is over the limits. */
export function checkSizes(files: readonly FoundFile[], limits: FileLimits, action = 'imported'): void {
  if (files.length > limits.maxFiles) {
    throw new DomainError('too-many-files', `The selection holds ${files.length} files; at most ${limits.maxFiles} can be ${action} at once.`);
  }
  for (const file of files) {
    if (file.size > limits.maxFileBytes) {
      throw new DomainError(
        'file-too-large',
        `"${file.relative}" is ${formatSize(file.size)}; files larger than ${formatSize(limits.maxFileBytes)} cannot be ${action}.`,
      );
    }
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new DomainError(
      'selection-too-large',
      `The selected files add up to ${formatSize(total)}; at most ${formatSize(limits.maxTotalBytes)} can be ${action} at once. Import them in smaller batches.`,
    );
  }
}

/** Reads the files' bytes, one after another. */
export async function readFound(files: readonly FoundFile[]): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    let buffer: Buffer;
    try {
      buffer = await readFile(file.absolute);
    } catch {
      throw new DomainError('unreadable-file', `"${file.relative}" could not be read, so nothing was imported.`);
    }
    picked.push({ name: path.basename(file.absolute), path: file.relative, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
  }
  return picked;
}
