// Phrase verification against stored text: consecutive folded words, in order, with exact offsets.
import { describe, expect, it } from 'vitest';
import { phraseRanges, terms } from '../../../shared/search';

describe('phraseRanges', () => {
  const cases: [text: string, phrase: string, found: string[]][] = [
    ['The social housing office.', 'social housing', ['social housing']],
    ['Social\nHousing, and housing social.', 'social housing', ['Social\nHousing']],
    ['housing social', 'social housing', []],
    ['a a b a b', 'a b', ['a b', 'a b']],
    ['a a a', 'a a', ['a a', 'a a']],
    ['In Zürich und in ZURICH', 'in zurich', ['In Zürich', 'in ZURICH']],
    ["dell'integrazione dei migranti", "l'integrazione", []],
    ["dell'integrazione dei migranti", "dell'integrazione dei", ["dell'integrazione dei"]],
    ['Roma-Nord e Roma Nord', 'roma nord', ['Roma-Nord', 'Roma Nord']],
    ['Община Бургас, община бургас', 'община бургас', ['Община Бургас', 'община бургас']],
    ['Η Αθήνα είναι', 'αθηνα ειναι', ['Αθήνα είναι']],
    ['😀 Wien 😀 Wien', 'wien', ['Wien', 'Wien']],
  ];
  it.each(cases)('%j / %j', (text, phrase, found) => {
    expect(phraseRanges(text, terms(phrase)).map(([s, e]) => text.slice(s, e))).toEqual(found);
  });

  it('shifts offsets by the passage start', () => {
    expect(phraseRanges('x social housing', ['social', 'housing'], 100)).toEqual([[102, 116]]);
  });
});
