// Opens zip packages (docx, odt) safely: declared sizes are checked against the limit before anything is inflated.
import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { failures, shortReason } from './failures';

export interface ZipEntry {
  name: string;
  originalSize: number;
}

/** Lists a zip's entries without inflating them; refuses packages whose declared total exceeds `limit`. */
export function listZip(bytes: Uint8Array, name: string, limit: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw failures.corrupt(name, `it is not a readable zip package (${shortReason(error)})`);
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limit) throw failures.bomb(name, total, limit);
  checkActualSizes(bytes, name, entries);
  return entries;
}

/**
 * Inflates every entry once, keeping nothing, and stops at the first one that unpacks to more than
 * its zip directory declares: readers (mammoth's JSZip) inflate whole entries and would only notice
 * the lie after holding all of it in memory.
 */
function checkActualSizes(bytes: Uint8Array, name: string, entries: ZipEntry[]): void {
  const declared = new Map<string, number>();
  for (const entry of entries) declared.set(entry.name, Math.max(declared.get(entry.name) ?? 0, entry.originalSize));
  let problem: Error | undefined;
  const unzip = new Unzip((file) => {
    const bound = declared.get(file.name) ?? 0;
    let size = 0;
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = failures.corrupt(name, `a part of the package cannot be unpacked (${shortReason(error)})`);
        return;
      }
      size += chunk.length;
      if (size > bound) {
        problem = failures.lyingSize(name, file.name);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    problem ??= failures.corrupt(name, `a part of the package cannot be unpacked (${shortReason(error)})`);
  }
  if (problem) throw problem;
}

/** The named entries as text (UTF-8); a missing entry is absent from the result. */
export function readZipTexts(bytes: Uint8Array, name: string, wanted: string[]): Map<string, string> {
  const wantedSet = new Set(wanted);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wantedSet.has(file.name) });
  } catch (error) {
    throw failures.corrupt(name, `a part of the package cannot be unpacked (${shortReason(error)})`);
  }
  const texts = new Map<string, string>();
  for (const [entry, data] of Object.entries(files)) texts.set(entry, strFromU8(data).replace(/^\ufeff/, ''));
  return texts;
}
