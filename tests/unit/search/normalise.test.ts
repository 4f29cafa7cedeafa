// The one normaliser: folding per language and tokens with their offsets in the original text.
import { describe, expect, it } from 'vitest';
import { foldWord, terms, tokenize } from '../../../shared/search';

describe('foldWord', () => {
  it.each([
    // Czech
    ['Vídeň', 'viden'],
    ['Příliš', 'prilis'],
    ['žluťoučký', 'zlutoucky'],
    ['KŮŇ', 'kun'],
    // German
    ['Zürich', 'zurich'],
    ['Straße', 'strasse'],
    ['GROẞE', 'grosse'],
    ['Bürgeramt', 'burgeramt'],
    // Hungarian (double acute)
    ['Győr', 'gyor'],
    ['őrült', 'orult'],
    ['Műegyetem', 'muegyetem'],
    // Polish
    ['Kraków', 'krakow'],
    ['Łódź', 'lodz'],
    ['Wrocław', 'wroclaw'],
    ['Gdańsk', 'gdansk'],
    // Other Latin letters handled explicitly
    ['Đorđe', 'dorde'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Cœur', 'coeur'],
    // Bulgarian and Russian: Cyrillic letters and their marks kept
    ['Бургас', 'бургас'],
    ['СОФИЯ', 'софия'],
    ['Йордан', 'йордан'],
    ['Ёлка', 'ёлка'],
    // Greek: accents and final sigma folded, letters kept
    ['Αθήνα', 'αθηνα'],
    ['Θεσσαλονίκη', 'θεσσαλονικη'],
    ['ΠΌΛΗΣ', 'πολησ'],
    ['Πειραιάς', 'πειραιασ'],
    // NFKC: ligatures and full-width forms
    ['ﬁnanzierung', 'finanzierung'],
    ['ＭＡ', 'ma'],
    // Decomposed input equals composed input
    ['Zu\u0308rich', 'zurich'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('keeps Cyrillic й distinct from и and Greek letters distinct from Latin look-alikes', () => {
    expect(foldWord('й')).not.toBe(foldWord('и'));
    expect(foldWord('Αθήνα')).not.toBe('athina');
  });
});

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ["l'integrazione dei migranti", ['l', 'integrazione', 'dei', 'migranti']],
    ['l’integrazione', ['l', 'integrazione']],
    ['Roma-Nord', ['roma', 'nord']],
    ['MA 17', ['ma', '17']],
    ['2021–2027', ['2021', '2027']],
    ['Wien, Vídeň; Vienna.', ['wien', 'viden', 'vienna']],
    ['Община Бургас (2022)', ['община', 'бургас', '2022']],
    ['Η Αθήνα και ο Πειραιάς', ['η', 'αθηνα', 'και', 'ο', 'πειραιασ']],
    ['— … ?', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the original text, also after astral characters', () => {
    const text = '😀 Zürich – Łódź';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Zürich', 'Łódź']);
    expect(tokens.map((t) => t.term)).toEqual(['zurich', 'lodz']);
  });

  it('gives offsets of decomposed words that cover their combining marks', () => {
    const text = 'in Zu\u0308rich';
    const [, token] = tokenize(text);
    expect(text.slice(token!.start, token!.end)).toBe('Zu\u0308rich');
  });
});
