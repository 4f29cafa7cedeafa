// Word counts: the fast scan agrees with the regular expression search uses, in every script and at odd code points.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/compare';

const byRegex = (text: string) => text.match(/[\p{L}\p{N}\p{M}]+/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['Wohnungsmarkt in Wien, 2019!', 4],
    ['Bydlení v Praze je drahé.', 5],
    ['Жилището в Бургас е скъпо.', 5],
    ['l’affitto è alto', 4],
    ['e\u0301te\u0301 (combining accents)', 3],
    ['Κατοικία στην Αθήνα', 3],
    ['住房 问题', 2],
    ['rent 🏠 high', 2],
    ['𝐀𝐁 math letters', 3],
    ['lone \ud800 high and \udc00 low', 4],
    ['x\ud800', 1],
  ])('%j has %i words, as the search regular expression counts', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWords(text)).toBe(byRegex(text));
  });

  it.each([
    [0, 4, 1],
    [5, 17, 4],
    [3, 7, 2],
    [22, 22, 0],
  ])('counts words in the range %i–%i', (start, end, words) => {
    const text = 'Rent is high in Vienna.';
    expect(countWords(text, start, end)).toBe(words);
    expect(countWords(text, start, end)).toBe(byRegex(text.slice(start, end)));
  });
});
