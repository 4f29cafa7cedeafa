// The RFC 4180 CSV reader and writer, from a table of cases including malformed input.
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../shared/coding';

describe('parseCsv', () => {
  it.each([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['\uFEFFname\nx', [['name'], ['x']]],
    ['"a, b","say ""hi"""\n', [['a, b', 'say "hi"']]],
    ['"two\nlines",x\n', [['two\nlines', 'x']]],
    ['a,,\n', [['a', '', '']]],
    ['a\n\nb\n', [['a'], ['b']]],
    ['"",x', [['', 'x']]],
  ])('reads %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each([
    ['a,"open\nb,c\n', 'line 1: a quoted field is never closed'],
    ['a,b\nx"y,z\n', 'line 2: a quote in the middle of an unquoted field'],
  ])('refuses %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs quoting and reads back identically', () => {
    const rows = [['path', 'name'], ['Housing / Rent', 'Rent, "high"'], ['x', 'two\nlines'], [' padded', '']];
    const text = writeCsv(rows);
    expect(text).toBe('path,name\r\nHousing / Rent,"Rent, ""high"""\r\nx,"two\nlines"\r\n" padded",\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});
