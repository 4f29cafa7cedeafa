// City names in the case forms of inflecting Slavic languages: "w Krakowie", "в Бургасе", "v Brně" → the base name.
// Besides regular endings, the common stem changes are undone: consonant changes before -e ("v Praze" for Praha,
// "w Rydze" for Ryga, "v Americe" for Amerika) and the dropped e of -eň/-eń ("ve Vídni" for Vídeň, "we Wiedniu" for Wiedeń).

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

/**
 * Consonant changes before a case ending, folded, as [written in the case form, in the base name]: Czech and Slovak
 * h/g → z (Praha → Praze), k → c (Amerika → Americe), ch → š; Polish g → dz (Ryga → Rydze), r → rz (Góra → Górze),
 * k → c (Polska → Polsce); Russian needs none.
 */
const ALTERNATIONS: [string, string][] = [
  ['dz', 'g'], ['rz', 'r'], ['z', 'h'], ['z', 'g'], ['c', 'k'], ['s', 'ch'],
];

const VOWEL = /[aeiouyаеиоуыэюяіїє]$/;

/** Stems the base name may have: as written, with a consonant change undone, or with a dropped e put back (Vídn- → Víděn-). */
function stemVariants(stem: string): string[] {
  const variants = [stem];
  for (const [written, base] of ALTERNATIONS) {
    if (stem.endsWith(written) && written !== base) variants.push(stem.slice(0, -written.length) + base);
  }
  // A fleeting e between the last two consonants: Vídeň → Vídni, Wiedeń → Wiedniu, Plzeň → Plzni.
  const last = stem.slice(-1);
  const beforeLast = stem.slice(-2, -1);
  if (stem.length >= 4 && /[nlr]/.test(last) && beforeLast && !VOWEL.test(beforeLast)) variants.push(`${stem.slice(0, -1)}e${last}`);
  return variants;
}

/** The base names a folded word may be a case form of, most likely first; the word itself is not included. */
export function baseNameCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    for (const stem of stemVariants(word.slice(0, -ending.length))) {
      for (const vowel of FINAL_VOWELS) candidates.push(stem + vowel);
    }
  }
  return [...new Set(candidates)];
}
