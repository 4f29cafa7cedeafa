// The pieces around a batch: buffers handed to the worker, folders read from a drop, retried outcomes merged into the report.
import { describe, expect, it } from 'vitest';
import { preselected } from '../../../renderer/src/features/import/CitySuggestions';
import { filesOfEntries } from '../../../renderer/src/features/import/dropped-files';
import { countOutcomes, mergeRetry, withoutSuggestions } from '../../../renderer/src/features/import/report-merge';
import { isFromImportWorker, transferableFiles } from '../../../renderer/src/workers/import-messages';
import type { ImportOutcome } from '../../../shared/import/pipeline/types';

describe('transferableFiles', () => {
  it('transfers each buffer once and copies bytes that are a view into a larger buffer', () => {
    const shared = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const own = new Uint8Array([9, 9]);
    const { files, transfer } = transferableFiles([
      { name: 'a', path: 'a', bytes: shared.subarray(0, 3) },
      { name: 'b', path: 'b', bytes: shared.subarray(3) },
      { name: 'c', path: 'c', bytes: own },
      { name: 'd', path: 'd', bytes: own },
    ]);
    expect(files.map((f) => Array.from(f.bytes))).toEqual([[1, 2, 3], [4, 5, 6], [9, 9], [9, 9]]);
    expect(files[2]!.bytes).toBe(own);
    expect(files[3]!.bytes).not.toBe(own);
    expect(new Set(transfer).size).toBe(4);
    for (const f of files) expect(transfer).toContain(f.bytes.buffer);
    for (const f of files) expect(f.bytes.byteLength).toBe(f.bytes.buffer.byteLength);
  });
});

describe('isFromImportWorker', () => {
  it.each([
    [{ type: 'progress', progress: { done: 0, total: 1, current: 'a' } }, true],
    [{ type: 'done', report: {}, retryable: [] }, true],
    [{ type: 'crashed', message: 'x' }, true],
    // pdfjs's own handshake, posted when its worker code loads inside the import worker
    [{ sourceName: 'worker', targetName: 'main', action: 'ready', data: null }, false],
    [null, false],
    ['done', false],
  ])('%j → %s', (data, expected) => {
    expect(isFromImportWorker(data)).toBe(expected);
  });
});

/** A dropped folder as the browser's entry API presents it, handing out directory entries two at a time. */
function fakeEntries(tree: Record<string, string | Record<string, unknown>>, parent = ''): FileSystemEntry[] {
  return Object.entries(tree).map(([name, content]) => {
    const fullPath = `${parent}/${name}`;
    if (typeof content === 'string') {
      return {
        name,
        fullPath,
        isFile: true,
        isDirectory: false,
        file: (resolve: (f: File) => void) => resolve(new File([content], name)),
      } as unknown as FileSystemEntry;
    }
    const children = fakeEntries(content as Record<string, string>, fullPath);
    return {
      name,
      fullPath,
      isFile: false,
      isDirectory: true,
      createReader: () => {
        let at = 0;
        return {
          readEntries: (resolve: (e: FileSystemEntry[]) => void) => {
            resolve(children.slice(at, at + 2));
            at += 2;
          },
        };
      },
    } as unknown as FileSystemEntry;
  });
}

describe('filesOfEntries', () => {
  it('reads files and folders recursively, all pieces of each folder, with paths inside the drop, leaving hidden files out', async () => {
    const entries = fakeEntries({
      'loose.txt': 'loose',
      Vienna: { 'a.txt': 'A', 'b.docx': 'B', 'c.pdf': 'C', '.DS_Store': 'junk', Wave2: { 'd.vtt': 'D' } },
      '.hidden': { 'e.txt': 'E' },
    });
    const files = await filesOfEntries(entries);
    expect(files.map((f) => [f.path, f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['loose.txt', 'loose.txt', 'loose'],
      ['Vienna/a.txt', 'a.txt', 'A'],
      ['Vienna/b.docx', 'b.docx', 'B'],
      ['Vienna/c.pdf', 'c.pdf', 'C'],
      ['Vienna/Wave2/d.vtt', 'd.vtt', 'D'],
    ]);
  });
});

describe('report merging', () => {
  const failed = (file: string, code = 'password-required'): ImportOutcome => ({ status: 'failed', file, code, message: `${file} failed` });
  const imported = (file: string): ImportOutcome => ({
    status: 'imported',
    file,
    documentId: `doc-${file}`,
    title: file,
    warnings: [],
    suggestedCities: [{ name: 'Vienna', country: 'AT', aliases: ['Wien'], mentions: 3, existingCityId: null }],
  });

  it('replaces the retried file in place and counts again', () => {
    const report = countOutcomes([imported('a.txt'), failed('b.pdf'), failed('c.pdf')], false);
    expect(report).toMatchObject({ imported: 1, failed: 2, duplicates: 0 });
    const merged = mergeRetry(report, countOutcomes([imported('b.pdf')], false));
    expect(merged.outcomes.map((o) => `${o.file}:${o.status}`)).toEqual(['a.txt:imported', 'b.pdf:imported', 'c.pdf:failed']);
    expect(merged).toMatchObject({ imported: 2, failed: 1, cancelled: false });
  });

  it('drops the suggestions of the document whose cities were applied, only that one', () => {
    const report = countOutcomes([imported('a.txt'), imported('b.txt')], false);
    const after = withoutSuggestions(report, 'doc-a.txt');
    expect(after.outcomes.map((o) => (o.status === 'imported' ? o.suggestedCities.length : -1))).toEqual([0, 1]);
  });
});

describe('preselected city suggestions', () => {
  const city = (name: string, mentions: number) => ({ name, country: 'XX', aliases: [], mentions, existingCityId: null });
  it.each<[string, [string, number][], string[]]>([
    ['none', [], []],
    ['one', [['Vienna', 1]], ['Vienna|XX']],
    ['the top one and those at least half as frequent', [['London', 13], ['Berlin', 7], ['Bern', 6]], ['London|XX', 'Berlin|XX']],
    ['a tie', [['Graz', 4], ['Linz', 4]], ['Graz|XX', 'Linz|XX']],
  ])('%s', (_, cities, expected) => {
    expect(preselected(cities.map(([n, m]) => city(n, m)))).toEqual(expected);
  });
});
