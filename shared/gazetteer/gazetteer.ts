// The city gazetteer: an index from folded names (in every language it knows) to cities, and mention counting in a text.
import { NEVER_A_CITY, ONLY_MID_SENTENCE } from './ambiguous-names';
import { baseNameCandidates, inflectsPlaceNames } from './case-forms';
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
  /** 1 when the main name is also a common word in a European language (Como, Celle): it counts only mid-sentence. */
  w?: number;
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
  const commonWords = new Set(entries.filter((e) => e.w).map((e) => nameTokens(e.n).join(' ')));
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
    const form = { tokens, city, onlyMidSentence: ONLY_MID_SENTENCE.has(key) || commonWords.has(key) };
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
export interface MentionOptions {
  /** ISO 639-3 language of the text; in inflecting languages (Czech, Polish, Russian …) case forms count too. */
  language?: string;
}

/** A one-word name of which `word` is a regular case form ("Krakowie" → Kraków), if there is one. */
function caseFormOf(word: string, gazetteer: Gazetteer): NameForm | undefined {
  for (const base of baseNameCandidates(word)) {
    const form = gazetteer.byFirstWord.get(base)?.find((f) => f.tokens.length === 1);
    // Short names are too easily made by chance ("Bari" + "e" is no form of anything).
    if (form && base.length >= 4) return form;
  }
  return undefined;
}

export function findCityMentions(text: string, gazetteer: Gazetteer, options: MentionOptions = {}): CityMention[] {
  const inflecting = inflectsPlaceNames(options.language);
  const cache = new Map<string, string>();
  const fold = (raw: string): string => {
    let f = cache.get(raw);
    if (f === undefined) cache.set(raw, (f = foldWord(raw)));
    return f;
  };
  const words = new RegExp(WORD.source, 'gu');
  const ahead = new RegExp(WORD.source, 'gu');
  /** The `count` words after position `from`, for multi-word names; read only when a first word matched. */
  const following = (from: number, count: number): { raw: string; at: number }[] => {
    ahead.lastIndex = from;
    const found: { raw: string; at: number }[] = [];
    while (found.length < count) {
      const m = ahead.exec(text);
      if (!m) break;
      found.push({ raw: m[0], at: m.index });
    }
    return found;
  };
  const counts = new Map<GazetteerCity, { mentions: number; written: Set<string> }>();
  let previous = '';
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const first = m[0];
    const at = m.index;
    const before = previous;
    previous = first;
    // Most words start lower-case: skip them before any folding or lookup.
    const code = first.charCodeAt(0);
    if (code >= 97 && code <= 122 && first.length > 1) continue;
    // A name starts with a capital, or with one lower-case letter before its capitalised part ('s-Gravenhage).
    if (!isCapitalised(first) && !(first.length === 1 && isCapitalised(following(words.lastIndex, 1)[0]?.raw ?? ''))) continue;
    // New York, New Jersey, New Castle: the American place, not the European city.
    if (before === 'New') continue;
    const forms = gazetteer.byFirstWord.get(fold(first));
    let form: NameForm | undefined;
    let next: { raw: string; at: number }[] = [];
    if (forms) {
      const longest = forms[0]!.tokens.length;
      next = longest > 1 ? following(words.lastIndex, longest - 1) : [];
      form = forms.find((f) => f.tokens.every((token, k) => k === 0 || (next[k - 1] !== undefined && fold(next[k - 1]!.raw) === token)));
    }
    // Case forms follow a preposition ("w Krakowie"); a capitalised word opening a sentence is too often something else.
    if (!form && inflecting && !startsSentence(text, at)) form = caseFormOf(fold(first), gazetteer);
    if (!form) continue;
    const last = form.tokens.length > 1 ? next[form.tokens.length - 2]! : { raw: first, at };
    if (!form.onlyMidSentence || !startsSentence(text, at)) {
      const found = counts.get(form.city) ?? { mentions: 0, written: new Set<string>() };
      found.mentions += 1;
      found.written.add(text.slice(at, last.at + last.raw.length));
      counts.set(form.city, found);
    }
    if (form.tokens.length > 1) {
      words.lastIndex = last.at + last.raw.length;
      previous = last.raw;
    }
  }
  return [...counts]
    .map(([city, { mentions, written }]) => ({ city, mentions, written: [...written] }))
    .sort((a, b) => b.mentions - a.mentions || b.city.population - a.city.population);
}
