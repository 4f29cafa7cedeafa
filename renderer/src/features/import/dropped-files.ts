// Reads what was dropped on the window: files and whole folders (recursively), each with its path inside the drop.
import type { FileToImport } from '../../../../shared/import/pipeline/types';

/** The entries of a drop; must be called during the drop event, before the browser clears the items. */
export function droppedEntries(data: DataTransfer): FileSystemEntry[] {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  return entries;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory reader hands out entries in pieces; it is read until it returns none. */
async function childrenOf(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isHidden = (name: string) => name.startsWith('.');

/** Every file under the entries, hidden files (".DS_Store") left out; paths are relative to the drop. */
export async function filesOfEntries(entries: FileSystemEntry[]): Promise<FileToImport[]> {
  const files: FileToImport[] = [];
  const visit = async (entry: FileSystemEntry): Promise<void> => {
    if (isHidden(entry.name)) return;
    if (entry.isFile) {
      const file = await fileOf(entry as FileSystemFileEntry);
      const path = entry.fullPath.replace(/^\/+/, '') || file.name;
      files.push({ name: file.name, path, bytes: new Uint8Array(await file.arrayBuffer()) });
    } else if (entry.isDirectory) {
      for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await visit(child);
    }
  };
  for (const entry of entries) await visit(entry);
  return files;
}

/** Drops without entry support (old browsers, tests) still carry plain files. */
export async function filesOfList(list: FileList): Promise<FileToImport[]> {
  return Promise.all(
    Array.from(list).map(async (file) => ({ name: file.name, path: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}
