// Counts the cities a text names: every name of a city, its districts, and only where the name means the city.
import { baseNameCandidates, inflectsPlaceNames } from './case-forms';
import { WORD, foldWord } from './fold';
import type { Gazetteer, GazetteerCity, NameForm } from './gazetteer';
import { GERMAN } from './context-words';
import { readingOf } from './mention-context';

export interface CityMention {
  city: GazetteerCity;
  mentions: number;
  /** The names as written in the text, e.g. ["Wien", "Vídeň", "Favoriten"]. */
  written: string[];
  /** Whether the text also names the city's country ("Sofia … Bulgaria"). */
  countryNamed: boolean;
}

export interface MentionOptions {
  /** ISO 639-3 language of the text; in inflecting languages (Czech, Polish, Russian …) case forms count too. */
  language?: string;
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

/** Lines longer than this are prose, not a page header, menu entry or headline that may repeat. */
const MAX_REPEATED_LINE = 200;

/**
 * The line around a position, when it is short; undefined for a long line. Positions must come in increasing order
 * (as the scan reads them): each line's ends are looked up once.
 */
function lineReader(text: string): (at: number) => { start: number; line: string } | undefined {
  let start = 0;
  let end = -1;
  let line: { start: number; line: string } | undefined;
  return (at) => {
    if (at > end) {
      start = text.lastIndexOf('\n', at - 1) + 1;
      end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      line = end - start > MAX_REPEATED_LINE ? undefined : { start, line: text.slice(start, end).trim() };
    }
    return line;
  };
}

/**
 * A heading in Title Case ("The Most Important Reading List"), where every longer word is capitalised: a name that is
 * also a common word tells nothing there.
 */
function isTitleCase(line: string): boolean {
  const long = line.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
  if (long.length < 2) return false;
  const capitals = long.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return long.length < 4 ? capitals === long.length : capitals / long.length >= 0.8;
}

interface Count {
  mentions: number;
  written: Set<string>;
}

function addTo<K>(counts: Map<K, Count>, key: K, written: string): void {
  const found = counts.get(key) ?? { mentions: 0, written: new Set<string>() };
  found.mentions += 1;
  found.written.add(written);
  counts.set(key, found);
}

/** A one-word name of which `word` is a regular case form ("Krakowie" → Kraków), if there is one. */
function caseFormOf(candidates: string[], gazetteer: Gazetteer): NameForm | undefined {
  for (const base of candidates) {
    const form = gazetteer.byFirstWord.get(base)?.find((f) => f.tokens.length === 1);
    // Short names are too easily made by chance ("Bari" + "e" is no form of anything).
    if (form && base.length >= 4) return form;
  }
  return undefined;
}

/**
 * Counts how often each city is named in `text`, under any of its names. Only capitalised words count
 * (so "nice" or "reading" never do), multi-word names match whole ("Den Haag", "Frankfurt am Main"), and the
 * longest name wins where names overlap. A name that means something else where it stands (the Dublin Regulation,
 * via Bologna, Jack London, "(Cambridge: Harvard University Press, 1993)", das Essen) does not count, nor does a
 * line repeated word for word (a page header, a menu entry, a headline shown twice) after its first time.
 * A district counts for its city when the text names the city itself too.
 * Most-mentioned first, then a city whose country the text names, then the larger city.
 */
export function findCityMentions(text: string, gazetteer: Gazetteer, options: MentionOptions = {}): CityMention[] {
  const { language } = options;
  const inflecting = inflectsPlaceNames(language);
  const german = language !== undefined && GERMAN.has(language);
  const countries = gazetteer.countries();
  const cache = new Map<string, string>();
  const fold = (raw: string): string => {
    let f = cache.get(raw);
    if (f === undefined) cache.set(raw, (f = foldWord(raw)));
    return f;
  };
  const isPlace = (folded: string) =>
    countries.has(folded) || (gazetteer.byFirstWord.get(folded)?.some((f) => f.tokens.length === 1) ?? false);
  const isCountry = (folded: string) => countries.has(folded);
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
  const counts = new Map<GazetteerCity, Count>();
  const districtCounts = new Map<NameForm, Count>();
  const countriesNamed = new Set<string>();
  const lines = new Map<string, number>();
  const shortLineAt = lineReader(text);
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
    const folded = fold(first);
    const forms = gazetteer.byFirstWord.get(folded);
    let form: NameForm | undefined;
    let next: { raw: string; at: number }[] = [];
    if (forms) {
      const longest = forms[0]!.tokens.length;
      next = longest > 1 ? following(words.lastIndex, longest - 1) : [];
      form = forms.find((f) => f.tokens.every((token, k) => k === 0 || (next[k - 1] !== undefined && fold(next[k - 1]!.raw) === token)));
    }
    if (!form) {
      const country = countries.get(folded);
      if (country) {
        countriesNamed.add(country);
        continue;
      }
      // Case forms follow a preposition ("w Krakowie"); a capitalised word opening a sentence is too often something else.
      if (!inflecting || startsSentence(text, at)) continue;
      const candidates = baseNameCandidates(folded);
      form = caseFormOf(candidates, gazetteer);
      if (!form) {
        const inflected = candidates.find((c) => countries.has(c));
        if (inflected) countriesNamed.add(countries.get(inflected)!);
        continue;
      }
    }
    const last = form.tokens.length > 1 ? next[form.tokens.length - 2]! : { raw: first, at };
    const end = last.at + last.raw.length;
    if (form.tokens.length > 1) {
      words.lastIndex = end;
      previous = last.raw;
    }
    // "Berlin-Neukölln", "Wien-Favoriten": the city once, its district part of the same name.
    if (form.city && (text[end] === '-' || text[end] === '‐')) {
      const part = following(end, 1)[0];
      const district = part && part.at === end + 1 ? gazetteer.byFirstWord.get(fold(part.raw))?.find((f) => f.tokens.length === 1) : undefined;
      if (district?.districtOf?.includes(form.city)) words.lastIndex = part!.at + part!.raw.length;
    }
    if (form.onlyIn && !(language !== undefined && form.onlyIn.has(language))) continue;
    if (form.onlyMidSentence && startsSentence(text, at)) continue;
    const line = shortLineAt(at);
    // German capitalises every noun, so its sentences look like headings.
    if (form.onlyMidSentence && line && !german && isTitleCase(line.line)) continue;
    if (line) {
      const firstSeen = lines.get(line.line);
      if (firstSeen !== undefined && firstSeen !== line.start) continue;
      lines.set(line.line, line.start);
    }
    if (readingOf({ text, start: at, end, key: form.key, language, isPlace, isCountry, district: !form.city }) !== 'city') continue;
    if (form.city) addTo(counts, form.city, text.slice(at, end));
    else addTo(districtCounts, form, text.slice(at, end));
  }
  // A district counts for the city of that name's districts that the text names most; alone it suggests nothing.
  for (const [form, { mentions, written }] of districtCounts) {
    const city = form.districtOf!.filter((c) => counts.has(c)).sort((a, b) => counts.get(b)!.mentions - counts.get(a)!.mentions)[0];
    if (!city) continue;
    const found = counts.get(city)!;
    found.mentions += mentions;
    for (const name of written) found.written.add(name);
  }
  return [...counts]
    .map(([city, { mentions, written }]) => ({ city, mentions, written: [...written], countryNamed: countriesNamed.has(city.country) }))
    .sort(
      (a, b) =>
        b.mentions - a.mentions || Number(b.countryNamed) - Number(a.countryNamed) || b.city.population - a.city.population,
    );
}
