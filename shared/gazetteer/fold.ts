// Folds a word for gazetteer lookup: lower case, Latin and Greek accents removed, Cyrillic letters kept as written.

/** Latin letters that carry no combining mark to strip but are commonly written without their stroke. */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h', ς: 'σ' };
const SPECIAL = /[ßłøđæœıþħς]/g;
/** Combining marks after a Latin or Greek letter; after a Cyrillic letter (й, ё, ї) they are part of the letter. */
const MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(SPECIAL, (ch) => LETTERS[ch] ?? ch);
}

/** Words of a name or a text: runs of Unicode letters (with their combining marks); everything else separates. */
export const WORD = /[\p{L}\p{M}]+/gu;

export function nameTokens(name: string): string[] {
  return Array.from(name.matchAll(WORD), (m) => foldWord(m[0]));
}
