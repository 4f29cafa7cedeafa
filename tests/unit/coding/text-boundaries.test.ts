// Caret steps by character, word and sentence in multilingual text, including astral characters and the text's ends.
import { describe, expect, it } from 'vitest';
import { stepCaret, unitAt, type CaretUnit, type Direction } from '../../../shared/coding';

const EN = 'We found the flat. It took a year! Rent is high.';
const CS = 'Bydlíme ve Vídni. Úřad nám pomohl.';
const BG = 'Живея в Бургас. Работя там.';
const EMOJI = 'ok 😀 fine';

describe('stepCaret', () => {
  const cases: [string, string, number, CaretUnit, Direction, number][] = [
    ['a character forward', EN, 0, 'character', 1, 1],
    ['a character back', EN, 5, 'character', -1, 4],
    ['a character forward stays at the end', EN, EN.length, 'character', 1, EN.length],
    ['a character back stays at the start', EN, 0, 'character', -1, 0],
    ['a character forward over an emoji', EMOJI, 3, 'character', 1, 5],
    ['a character back over an emoji', EMOJI, 5, 'character', -1, 3],
    ['a word forward from the start ends after "We"', EN, 0, 'word', 1, 2],
    ['a word forward from inside a word ends it', EN, 4, 'word', 1, 8],
    ['a word forward skips the full stop and space', EN, 17, 'word', 1, 21],
    ['a word back from inside a word starts it', EN, 6, 'word', -1, 3],
    ['a word back from a word start reaches the previous word', EN, 3, 'word', -1, 0],
    ['a Czech word with diacritics', CS, 11, 'word', 1, 16],
    ['a Bulgarian word forward', BG, 0, 'word', 1, 5],
    ['a Bulgarian word back', BG, 14, 'word', -1, 8],
    ['a word forward at the end stays', EN, EN.length, 'word', 1, EN.length],
    ['a sentence forward ends at its full stop', EN, 0, 'sentence', 1, 18],
    ['the next sentence ends at its exclamation mark', EN, 18, 'sentence', 1, 34],
    ['a sentence back from inside starts it', EN, 25, 'sentence', -1, 19],
    ['a sentence back from its start reaches the previous one', EN, 19, 'sentence', -1, 0],
    ['a Czech sentence forward', CS, 0, 'sentence', 1, 17],
    ['a Bulgarian sentence back from the end', BG, BG.length, 'sentence', -1, 16],
  ];
  it.each(cases)('%s', (_name, text, offset, unit, direction, expected) => {
    expect(stepCaret(text, offset, unit, direction)).toBe(expected);
  });

  it('steps through a long text with the same result as a short one (only a window is read)', () => {
    const long = `${'Filler sentence here. '.repeat(5000)}The end is near.`;
    const start = long.indexOf('The end');
    expect(stepCaret(long, start, 'sentence', 1)).toBe(long.length);
    expect(stepCaret(long, start + 4, 'word', -1)).toBe(start);
    expect(stepCaret(long, start + 5, 'word', -1)).toBe(start + 4);
    expect(long.slice(start, stepCaret(long, start, 'word', 1))).toBe('The');
  });
});

describe('unitAt', () => {
  it.each([
    ['the word under the caret', EN, 14, 'word', 'flat'],
    ['the next word after white space', EN, 2, 'word', 'found'],
    ['the sentence under the caret, without its trailing space', EN, 22, 'sentence', 'It took a year!'],
    ['a Czech sentence', CS, 20, 'sentence', 'Úřad nám pomohl.'],
  ] as const)('%s', (_name, text, offset, unit, expected) => {
    const range = unitAt(text, offset, unit)!;
    expect(text.slice(range.start, range.end)).toBe(expected);
  });

  it('finds nothing after the last word', () => {
    expect(unitAt('Hello.   ', 7, 'word')).toBeNull();
  });
});
