// Opens zip packages (docx, odt) safely: declared sizes are checked against the limit before anything is inflated.
import { strFromU8, unzipSync } from 'fflate';
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
  return entries;
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
