// Country names in the main European languages, from the platform's own locale data (Intl.DisplayNames), folded.
import { foldWord } from './fold';

/** Languages whose country names a text may use: the EU's, its neighbours' and Catalan. */
const LOCALES = [
  'en', 'de', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr-Latn', 'sr', 'bg', 'ru', 'uk', 'el', 'hu',
  'ro', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'tr', 'sq', 'mk', 'ca', 'ga', 'mt', 'is',
];

/** Short or older names the locale data does not give as a country's name. */
const EXTRA: Record<string, string[]> = {
  GB: ['UK', 'Britain', 'England', 'Scotland', 'Wales', 'Großbritannien', 'Inghilterra', 'Angleterre', 'Anglie'],
  CZ: ['Czech', 'Tschechei', 'Čechy'],
  NL: ['Holland', 'Olanda', 'Hollande'],
  MK: ['Macedonia', 'Mazedonien', 'Makedonie'],
  TR: ['Turkey', 'Türkei', 'Turchia', 'Turquie'],
};

/** Folded one-word country names → ISO 3166-1 alpha-2 codes of the countries they name. */
export function countryNames(countries: Iterable<string>): Map<string, string> {
  const byName = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name || /\s/.test(name.trim())) return;
    const key = foldWord(name.trim());
    if (!byName.has(key)) byName.set(key, code);
  };
  const codes = [...new Set(countries)];
  for (const locale of LOCALES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue; // a platform without this locale's data names fewer countries; nothing else depends on it
    }
    for (const code of codes) add(names.of(code), code);
  }
  for (const code of codes) for (const name of EXTRA[code] ?? []) add(name, code);
  return byName;
}
