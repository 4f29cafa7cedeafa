// City names in the case forms of inflecting Slavic languages: "w Krakowie", "в Бургасе", "v Brně" → the base name.
// Only regular endings are undone; stem changes ("v Praze" for Praha, "we Wiedniu" for Wiedeń) are not recognised.

/** ISO 639-3 codes of languages that inflect place names with case endings. */
const INFLECTING = new Set(['ces', 'slk', 'pol', 'rus', 'ukr', 'bel', 'hrv', 'srp', 'bos', 'slv', 'hbs', 'lit', 'lav']);

/** Case endings, folded (accents removed, so Czech "ě" is "e"), longest first. */
const ENDINGS = [
  'ami', 'ach', 'owi', 'iem', 'em', 'om', 'ie', 'iu', 'ou', 'ow', 'a', 'e', 'u', 'y', 'i', 'o',
  'ами', 'ах', 'ом', 'ем', 'ой', 'ою', 'і', 'е', 'у', 'а', 'ы', 'и', 'ю', 'ї',
];

/** Base-name vowels a case ending replaces: Warszawa → Warszawie, Brno → Brně, Одеса → Одесі. */
const FINAL_VOWELS = ['', 'a', 'o', 'а', 'о', 'я'];

export function inflectsPlaceNames(language: string | undefined): boolean {
  return language !== undefined && INFLECTING.has(language);
}

/** The base names a folded word may be a case form of, most likely first; the word itself is not included. */
export function baseNameCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const vowel of FINAL_VOWELS) candidates.push(stem + vowel);
  }
  return candidates;
}
