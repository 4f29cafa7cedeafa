// The one normaliser used at index and query time: folding of words and tokens with their offsets.

/** A word of a text: its folded form and where it stands in the original (UTF-16 offsets). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Letters that carry no combining mark to strip but still have a plain Latin spelling. */
const LATIN_SPECIALS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const SPECIALS_PATTERN = /[ßẞłđðøæœþıħŧ]/g;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;
const ASCII = /^[ -~]*$/;
/** Folded forms of recently seen words: a vocabulary repeats, folding it each time is the cost. */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 200_000;
const COMBINING = /[\u0300-\u036f]/;
/** Words: runs of letters, digits and combining marks. Apostrophes, hyphens and dashes split words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Folds one word: NFKC, lower case, Latin diacritics removed (Zürich → zurich, Łódź → lodz).
 * Cyrillic keeps its letters (й, ё stay). Greek loses its accents (tonos, dialytika: Αθήνα → αθηνα)
 * and final sigma becomes σ, because Greek is commonly typed without accents; its letters stay Greek.
 */
export function foldWord(word: string): string {
  const cached = CACHE.get(word);
  if (cached !== undefined) return cached;
  const folded = ASCII.test(word) ? word.toLowerCase() : foldUnicode(word);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(word, folded);
  return folded;
}

function foldUnicode(word: string): string {
  const decomposed = word.normalize('NFKC').toLowerCase().normalize('NFD');
  let out = '';
  let base = '';
  for (const char of decomposed) {
    if (COMBINING.test(char)) {
      if (LATIN.test(base) || GREEK.test(base)) continue;
      out += char;
      continue;
    }
    base = char;
    out += char === 'ς' ? 'σ' : char;
  }
  // After the marks are gone, so that ǿ (ø with an accent) ends like ø: folding a folded word changes nothing.
  return out.normalize('NFC').replace(SPECIALS_PATTERN, (c) => LATIN_SPECIALS[c] ?? c);
}

/** The words of `text`, folded, with their UTF-16 offsets in `text` (for highlights and KWIC). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    if (term.length > 0) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Calls `visit` with each folded word and its offsets, without building a token list. */
export function forEachWord(text: string, visit: (term: string, start: number, end: number) => void): void {
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    if (term.length > 0) visit(term, match.index, match.index + match[0].length);
  }
}

/** The folded words only: MiniSearch's tokenizer at index and query time. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    if (term.length > 0) out.push(term);
  }
  return out;
}
