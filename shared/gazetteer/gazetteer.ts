// The city gazetteer: an index from folded names (in every language it knows) to cities and to districts of cities.
import { NEVER_A_CITY, ONLY_IN_LANGUAGES, ONLY_MID_SENTENCE } from './ambiguous-names';
import { countryNames } from './country-names';
import { nameTokens } from './fold';

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
  /** For a city of fewer than 200,000 people, its names that are common words somewhere (Massa): only mid-sentence. */
  m?: string[];
}

/** One district as stored in city-districts.json: a section of a city (Favoriten, Neukölln, Lyon 03). */
export interface DistrictEntry {
  n: string;
  /** The main name of the city it belongs to. */
  of: string;
  c: string;
  a: string[];
}

export interface GazetteerCity {
  name: string;
  country: string;
  aliases: string[];
  latitude: number;
  longitude: number;
  population: number;
}

export interface NameForm {
  tokens: string[];
  /** The folded name, tokens joined by spaces. */
  key: string;
  /** The city this name is a name of; undefined for a district's name. */
  city?: GazetteerCity;
  /** For a district's name, the cities that have a district of that name (Mitte: Berlin). */
  districtOf?: GazetteerCity[];
  onlyMidSentence: boolean;
  /** ISO 639-3 languages in which alone the name means the city (Roma), when it is not every language. */
  onlyIn?: Set<string>;
}

export interface Gazetteer {
  cities: GazetteerCity[];
  /** Name forms by their first folded word, longest names first. */
  byFirstWord: Map<string, NameForm[]>;
  /** Folded one-word country names → country codes, built when first asked for. */
  countries: () => Map<string, string>;
}

function tokensOf(name: string): { tokens: string[]; key: string } | undefined {
  const tokens = nameTokens(name);
  const key = tokens.join(' ');
  if (tokens.length === 0 || key.replace(/ /g, '').length < 3 || NEVER_A_CITY.has(key)) return undefined;
  return { tokens, key };
}

/**
 * Indexes every name of every city and district. A name two cities share goes to the city whose main name it is,
 * and otherwise to the larger one ("Frankfurt" → Frankfurt am Main, "Niš" → Niš rather than Nice's old name Nis).
 * A city's name always wins over a district's (Salamanca is the city, not the district of Madrid).
 */
export function buildGazetteer(entries: readonly GazetteerEntry[], districtEntries: readonly DistrictEntry[] = []): Gazetteer {
  const cities = entries.map((e) => ({ name: e.n, country: e.c, aliases: e.a, latitude: e.la, longitude: e.lo, population: e.p }));
  const commonWords = new Set(entries.filter((e) => e.w).map((e) => nameTokens(e.n).join(' ')));
  for (const entry of entries) for (const name of entry.m ?? []) commonWords.add(nameTokens(name).join(' '));
  const owners = new Map<string, { city: GazetteerCity; main: boolean; tokens: string[] }>();
  for (const city of cities) {
    for (const [index, name] of [city.name, ...city.aliases].entries()) {
      const found = tokensOf(name);
      if (!found) continue;
      const main = index === 0;
      const current = owners.get(found.key);
      const better =
        !current || (main && !current.main) || (main === current.main && city.population > current.city.population);
      if (better) owners.set(found.key, { city, main, tokens: found.tokens });
    }
  }
  const byName = new Map(cities.map((c) => [`${c.name}|${c.country}`, c]));
  const districts = new Map<string, { tokens: string[]; cities: Set<GazetteerCity> }>();
  for (const entry of districtEntries) {
    const city = byName.get(`${entry.of}|${entry.c}`);
    if (!city) continue;
    for (const name of [entry.n, ...entry.a]) {
      const found = tokensOf(name);
      if (!found) continue;
      // "Berlin-Neukölln" is read as Berlin followed by its district (see findCityMentions).
      if (found.tokens.length > 1 && owners.get(found.tokens[0]!)?.city === city) continue;
      if (owners.has(found.key)) continue;
      const current = districts.get(found.key) ?? { tokens: found.tokens, cities: new Set<GazetteerCity>() };
      current.cities.add(city);
      districts.set(found.key, current);
    }
  }
  const byFirstWord = new Map<string, NameForm[]>();
  const add = (form: NameForm) => {
    const list = byFirstWord.get(form.tokens[0]!);
    if (list) list.push(form);
    else byFirstWord.set(form.tokens[0]!, [form]);
  };
  for (const [key, { city, tokens }] of owners) {
    const onlyIn = ONLY_IN_LANGUAGES.get(key);
    add({ tokens, key, city, onlyMidSentence: ONLY_MID_SENTENCE.has(key) || commonWords.has(key), ...(onlyIn ? { onlyIn } : {}) });
  }
  for (const [key, { tokens, cities: of }] of districts) {
    add({ tokens, key, districtOf: [...of], onlyMidSentence: ONLY_MID_SENTENCE.has(key) });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  let countries: Map<string, string> | undefined;
  return { cities, byFirstWord, countries: () => (countries ??= countryNames(cities.map((c) => c.country))) };
}
