// Unpacks an untrusted zip within bounds: names and declared sizes are checked from the zip
// directory before anything is inflated, and actual sizes are counted while inflating.
import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { DomainError } from '../result';
import type { ArchiveLimits } from './format';
import { unsafeEntryReason } from './names';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Lists the zip directory without inflating anything. */
function listEntries(bytes: Uint8Array, file: string): UnzipFileInfo[] {
  const looksLikeZip = startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE);
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(info) {
        listed.push(info);
        return false;
      },
    });
  } catch {
    if (looksLikeZip) throw new DomainError('damaged', `${file} is damaged or incomplete (its zip directory cannot be read).`);
    throw new DomainError('not-an-archive', `${file} is not a Comparanda archive (it is not a zip file).`);
  }
  if (!looksLikeZip) throw new DomainError('not-an-archive', `${file} is not a Comparanda archive (it is not a zip file).`);
  return listed;
}

function checkDirectory(listed: UnzipFileInfo[], limits: ArchiveLimits, file: string): Map<string, UnzipFileInfo> {
  if (listed.length > limits.maxEntries) {
    throw new DomainError('too-large', `${file} has ${listed.length} entries, more than the limit of ${limits.maxEntries}.`);
  }
  const byName = new Map<string, UnzipFileInfo>();
  let total = 0;
  for (const info of listed) {
    const reason = unsafeEntryReason(info.name);
    if (reason) throw new DomainError('unsafe-entry', `${file} contains an entry with an unsafe name ("${info.name}": ${reason}); it was not opened.`);
    if (byName.has(info.name)) throw new DomainError('damaged', `${file} contains the entry "${info.name}" twice.`);
    if (info.compression !== 0 && info.compression !== 8) {
      throw new DomainError('damaged', `${file} uses a compression method Comparanda cannot read (entry "${info.name}").`);
    }
    if (info.originalSize > limits.maxEntryBytes) {
      throw new DomainError(
        'too-large',
        `${file} is too large to open: "${info.name}" would unpack to ${formatBytes(info.originalSize)}, over the limit of ${formatBytes(limits.maxEntryBytes)}.`,
      );
    }
    total += info.originalSize;
    if (total > limits.maxTotalBytes) {
      throw new DomainError('too-large', `${file} is too large to open: it would unpack to more than ${formatBytes(limits.maxTotalBytes)}.`);
    }
    byName.set(info.name, info);
  }
  return byName;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Inflates every file entry (directories are skipped). An entry that inflates to more than its
 * declared size, or beyond the limits, stops the unpacking: the directory lied, as zip bombs do.
 */
export function unpackArchive(bytes: Uint8Array, limits: ArchiveLimits, file: string): Map<string, Uint8Array> {
  const directory = checkDirectory(listEntries(bytes, file), limits, file);
  const out = new Map<string, Uint8Array>();
  const state: { problem: DomainError | null } = { problem: null };
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (state.problem) return;
    const declared = directory.get(entry.name);
    if (!declared) {
      state.problem = new DomainError('damaged', `${file} is damaged: the entry "${entry.name}" is not in its zip directory.`);
      return;
    }
    if (entry.name.endsWith('/')) return;
    const bound = Math.min(declared.originalSize, limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (state.problem) return;
      if (error) {
        state.problem = new DomainError('damaged', `${file} is damaged: "${entry.name}" cannot be unpacked.`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > bound || total > limits.maxTotalBytes) {
        state.problem = new DomainError('too-large', `${file} was refused: "${entry.name}" unpacks to more than it declares (a zip bomb?).`);
        entry.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(entry.name, concat(chunks, size));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    if (!state.problem) state.problem = new DomainError('damaged', `${file} is damaged or incomplete (an entry cannot be unpacked).`);
  }
  if (state.problem) throw state.problem;
  for (const [name, info] of directory) {
    if (name.endsWith('/')) continue;
    const data = out.get(name);
    if (!data) throw new DomainError('damaged', `${file} is damaged or incomplete: "${name}" cannot be unpacked.`);
    if (data.length !== info.originalSize) {
      throw new DomainError('damaged', `${file} is damaged: "${name}" is ${data.length} bytes, not the ${info.originalSize} its directory declares.`);
    }
  }
  return out;
}
