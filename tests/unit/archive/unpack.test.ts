// Bounded unpacking of zip entries: directories, empty files, stored and deflated entries, odd methods.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../shared/archive';
import { unpackArchive } from '../../../shared/archive/unpack';

const names = (files: Map<string, Uint8Array>) => [...files].map(([name, bytes]) => [name, bytes.length]);

describe('unpackArchive', () => {
  it('skips directory entries and keeps empty, stored and deflated files', () => {
    const zip = zipSync({
      'dir/': new Uint8Array(0),
      'dir/empty.txt': new Uint8Array(0),
      'dir/stored.bin': [new Uint8Array([1, 2, 3]), { level: 0 }],
      'dir/deflated.txt': strToU8('Vídeň, Бургас, Zürich '.repeat(200)),
    });
    expect(names(unpackArchive(zip, DEFAULT_LIMITS, 'f.comparanda'))).toEqual([
      ['dir/empty.txt', 0],
      ['dir/stored.bin', 3],
      ['dir/deflated.txt', new TextEncoder().encode('Vídeň, Бургас, Zürich '.repeat(200)).length],
    ]);
  });

  it('refuses a compression method it cannot read', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello hello hello hello') });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 < zip.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint16(i + 8, 12, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 10, 12, true);
    }
    expect(() => unpackArchive(zip, DEFAULT_LIMITS, 'f.comparanda')).toThrow(/uses a compression method Comparanda cannot read \(entry "a\.txt"\)/);
  });

  it('accepts an entry exactly at the size limit and refuses one byte more', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(1000) });
    expect(names(unpackArchive(zip, { ...DEFAULT_LIMITS, maxEntryBytes: 1000 }, 'f'))).toEqual([['a.bin', 1000]]);
    expect(() => unpackArchive(zip, { ...DEFAULT_LIMITS, maxEntryBytes: 999 }, 'f')).toThrow(/over the limit/);
  });
});
