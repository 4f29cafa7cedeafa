// Fuzzing the search normaliser: folding is idempotent, tokens point at their words, and the three word walkers agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, forEachWord, terms, tokenize } from '../../../shared/search/normalise';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withoutHang } from './fuzz-settings';

/** Text from the scripts the repository holds, with marks, ligatures, digits and punctuation mixed in. */
const letters = fc.constantFrom(
  ...'aAzZßẞłŁđĐøØæÆœŒþÞıİħŧçÇñÑ'.split(''),
  ...'äöüÄÖÜčšžČŠŽřŘěĚůŮőűŐŰąęĄĘ'.split(''),
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЙЩ'.split(''),
  ...'αβγδεζηθικλμνξοπρσςτυφχψωΆΈΉΊΌΎΏΐΰάέήίόύώΣ'.split(''),
  'ﬁ', 'ﬂ', 'Ǆ', 'ǅ', 'ǆ', '½', '²', 'Ⅻ', '①', 'ℌ', '㎏', 'ｱ', 'Ａ', '١', '٣',
  'e\u0301', 'a\u0308', 'i\u0307', 'n\u0303', 'c\u030c', '\u0301', '\u0308',
  '中', '文', 'ア', '한', 'ع', 'ש', 'ह', '\u093f', '😀', '👩‍🔬', '\ud800', '\udc00',
  ' ', '-', "'", '’', '.', ',', '\n', '\t', '\u00a0', '\u200b', '\u00ad', '0', '7',
);
const text = fc.array(letters, { maxLength: 60 }).map((chars) => chars.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 80 }));

describe('the normaliser', () => {
  it('folds every word idempotently: fold(fold(w)) = fold(w)', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const token of withoutHang(() => tokenize(input), 'tokenize')) {
          expect(foldWord(token.term), JSON.stringify(token.term)).toBe(token.term);
        }
      }),
      fuzzParameters(3_000),
    );
  });

  it('gives tokens inside the text, in order, each the fold of the word it points at', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(anyText, (input) => {
        let previousEnd = 0;
        for (const token of tokenize(input)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(input.length);
          expect(token.term.length).toBeGreaterThan(0);
          expect(foldWord(input.slice(token.start, token.end))).toBe(token.term);
          previousEnd = token.end;
        }
      }),
      fuzzParameters(3_000),
    );
  });

  it('tokenize, terms and forEachWord agree', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tokens = tokenize(input);
        const visited: Array<{ term: string; start: number; end: number }> = [];
        forEachWord(input, (term, start, end) => visited.push({ term, start, end }));
        expect(visited).toEqual(tokens);
        expect(terms(input)).toEqual(tokens.map((t) => t.term));
      }),
      fuzzParameters(2_000),
    );
  });

  it('finds a word whatever its case and composition (NFC / NFD) in Latin, Cyrillic and Greek', { timeout: FUZZ_TIMEOUT_MS }, () => {
    const word = fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüčšžřěůőąęçñабвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθικλμνξοπρστυφχψωάέήίόύώ'.split('')), { minLength: 1, maxLength: 10 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(word, (w) => {
        const folded = terms(w);
        expect(terms(w.toUpperCase())).toEqual(folded);
        expect(terms(w.normalize('NFD'))).toEqual(folded);
        expect(terms(w.normalize('NFC'))).toEqual(folded);
      }),
      fuzzParameters(3_000),
    );
  });

  it('tokenizes a long text without runaway work', () => {
    const long = 'Wien Vídeň Відень Βιέννη ﬁnal e\u0301 '.repeat(20_000);
    expect(withoutHang(() => terms(long), 'terms on 700,000 characters').length).toBe(120_000);
  });
});
