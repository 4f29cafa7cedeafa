import { describe, expect, it } from 'vitest';
import { clockTime, humanSize, languageName, shortDate } from '../../../shared/library/format';

describe('humanSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [10 * 1024, '10 KB'],
    [5 * 1024 ** 2 + 1, '5.0 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%d → %s', (bytes, expected) => expect(humanSize(bytes)).toBe(expected));
});

describe('languageName', () => {
  it.each([
    ['deu', 'German'],
    ['ces', 'Czech'],
    ['bul', 'Bulgarian'],
    ['und', 'Undetermined'],
    ['qqq', 'qqq'],
    ['not a code!', 'not a code!'],
  ])('%s → %s', (code, expected) => expect(languageName(code)).toBe(expected));
});

describe('clockTime', () => {
  it.each([
    [0, '00:00'],
    [62.9, '01:02'],
    [3723, '1:02:03'],
    [-5, '00:00'],
  ])('%d → %s', (seconds, expected) => expect(clockTime(seconds)).toBe(expected));
});

describe('shortDate', () => {
  it('formats an ISO date and keeps an unreadable one as it is', () => {
    expect(shortDate('2026-01-15T10:00:00.000Z', 'en-GB')).toBe('15 Jan 2026');
    expect(shortDate('yesterday', 'en-GB')).toBe('yesterday');
  });
});
