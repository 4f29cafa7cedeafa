// The city gazetteer: an index from folded names (in every language it knows) to cities, and mention counting in a text.
import { NEVER_A_CITY, ONLY_MID_SENTENCE } from './ambiguous-names';
import { WORD, foldWord, nameTokens } from './fold';

/** One city as stored in european-cities.json (compact keys keep the file small). */
export interface GazetteerEntry {
  /** GeoNames' main name, mostly the English one ("Vienna", "The Hague"). */
  n: string;
  /** ISO 3166-1 alpha-2. */
  c: string;
  /** Other names: Wien, Vídeň, Виена … */
  a: string[];
  la: number;
  lo: number;
  /** Population. */
  p: number;
}

export interface GazetteerCity {
  name: string;
  country: string;
  aliases: string[];
  latitude: number;
  longitude: number;
  population: number;
}

interface NameForm {
  tokens: string[];
  city: GazetteerCity;
  onlyMidSentence: boolean;
}

export interface Gazetteer {
  cities: GazetteerCity[];
  /** Name forms by their first folded word, longest names first. */
  byFirstWord: Map<string, NameForm[]>;
}

export interface CityMention {
  city: GazetteerCity;
  mentions: number;
  /** The names as written in the text, e.g. ["Wien", "Vídeň"]. */
  written: string[];
}

/**
 * Indexes every name of every city. A name two cities share goes to the city whose main name it is,
 * and otherwise to the larger one ("Frankfurt" → Frankfurt am Main, "Niš" → Niš rather than Nice's old name Nis).
 */
export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const cities = entries.map((e) => ({ name: e.n, country: e.c, aliases: e.a, latitude: e.la, longitude: e.lo, population: e.p }));
  const owners = new Map<string, { city: GazetteerCity; main: boolean; tokens: string[] }>();
  for (const city of cities) {
    for (const [index, name] of [city.name, ...city.aliases].entries()) {
      const tokens = nameTokens(name);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      if (key.replace(/ /g, '').length < 3 || NEVER_A_CITY.has(key)) continue;
      const main = index === 0;
      const current = owners.get(key);
      const better =
        !current || (main && !current.main) || (main === current.main && city.population > current.city.population);
      if (better) owners.set(key, { city, main, tokens });
    }
  }
  const byFirstWord = new Map<string, NameForm[]>();
  for (const [key, { city, tokens }] of owners) {
    const form = { tokens, city, onlyMidSentence: ONLY_MID_SENTENCE.has(key) };
    const list = byFirstWord.get(tokens[0]!);
    if (list) list.push(form);
    else byFirstWord.set(tokens[0]!, [form]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { cities, byFirstWord };
}

/** Capitalised, and not a short all-capitals acronym (OSS, CAN, NAME are not Oss, Caen, Namur). */
function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLowerCase()) return false;
  return word.length > 4 || word !== word.toUpperCase();
}

/** True when only spaces, quotes and brackets stand between the start of a sentence (or line) and `at`. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '•') return true;
    if (!/[\s"'„“”‘’«»([*\-–—]/.test(ch)) return false;
  }
  return true;
}

/**
 * Counts how often each city is named in `text`, under any of its names. Only capitalised words count
 * (so "nice" or "reading" never do), multi-word names match whole ("Den Haag", "Frankfurt am Main"), and the
 * longest name wins where names overlap. Most-mentioned first, then the larger city.
 */
export function findCityMentions(text: string, gazetteer: Gazetteer): CityMention[] {
  const words = Array.from(text.matchAll(WORD), (m) => ({ raw: m[0], at: m.index }));
  const folded: (string | undefined)[] = new Array(words.length);
  const cache = new Map<string, string>();
  const fold = (i: number): string => {
    let f = folded[i];
    if (f === undefined) {
      const raw = words[i]!.raw;
      f = cache.get(raw);
      if (f === undefined) cache.set(raw, (f = foldWord(raw)));
      folded[i] = f;
    }
    return f;
  };
  const counts = new Map<GazetteerCity, { mentions: number; written: Set<string> }>();
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!.raw;
    // A name starts with a capital, or with one lower-case letter before its capitalised part ('s-Gravenhage).
    if (!isCapitalised(first) && !(first.length === 1 && i + 1 < words.length && isCapitalised(words[i + 1]!.raw))) continue;
    // New York, New Jersey, New Castle: the American place, not the European city.
    if (i > 0 && words[i - 1]!.raw === 'New') continue;
    const forms = gazetteer.byFirstWord.get(fold(i));
    if (!forms) continue;
    const form = forms.find((f) => f.tokens.every((token, k) => i + k < words.length && fold(i + k) === token));
    if (!form) continue;
    if (!form.onlyMidSentence || !startsSentence(text, words[i]!.at)) {
      const found = counts.get(form.city) ?? { mentions: 0, written: new Set<string>() };
      found.mentions += 1;
      const last = words[i + form.tokens.length - 1]!;
      found.written.add(text.slice(words[i]!.at, last.at + last.raw.length));
      counts.set(form.city, found);
    }
    i += form.tokens.length - 1;
  }
  return [...counts]
    .map(([city, { mentions, written }]) => ({ city, mentions, written: [...written] }))
    .sort((a, b) => b.mentions - a.mentions || b.city.population - a.city.population);
}
