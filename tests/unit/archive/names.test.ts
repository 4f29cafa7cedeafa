// Entry-name safety (zip-slip) and safe names for original files, from tables of cases.
import { describe, expect, it } from 'vitest';
import { originalPath, safeFileName, unsafeEntryReason } from '../../../shared/archive';

describe('unsafeEntryReason', () => {
  it.each([
    ['manifest.json', null],
    ['data/documents.json', null],
    ['originals/abc/Interview Wien – Vídeň (2).docx', null],
    ['originals/abc/Интервю Бургас.pdf', null],
    ['originals/', null],
    ['', 'it is empty'],
    ['../x', 'it climbs out of the archive with ".."'],
    ['a/../../x', 'it climbs out of the archive with ".."'],
    ['a/..', 'it climbs out of the archive with ".."'],
    ['/abs', 'it is an absolute path'],
    ['C:/x', 'it starts with a drive letter'],
    ['d:x', 'it starts with a drive letter'],
    ['a\\b', 'it contains a backslash'],
    ['./a', 'it has an empty or "." path segment'],
    ['a//b', 'it has an empty or "." path segment'],
    ['a\u0000b', 'it contains control characters'],
    ['x'.repeat(1025), 'it is too long'],
  ])('%j → %j', (name, reason) => {
    expect(unsafeEntryReason(name)).toBe(reason);
  });
});

describe('safeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['C:\\Users\\ana\\Interview Wien.docx', 'Interview Wien.docx'],
    ['../../etc/passwd', 'passwd'],
    ['..', 'original'],
    ['.hidden', 'hidden'],
    ['a:b*c?.txt', 'a_b_c_.txt'],
    ['Интервю – Бургас.txt', 'Интервю _ Бургас.txt'],
    ['Vi\u0301den\u030c.txt', 'Vídeň.txt'],
    ['', 'original'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps every original path a safe entry name', () => {
    for (const [id, name] of [['s-1', '../../x.pdf'], ['../id', 'C:\\a\\b.docx'], ['', '']]) {
      expect(unsafeEntryReason(originalPath(id!, name!))).toBeNull();
    }
  });
});
