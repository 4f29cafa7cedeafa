// The w:lang tag of a quote: the repository stores ISO 639-3 codes (franc's), Word reads BCP 47 tags.
const TWO_LETTER: Record<string, string> = {
  eng: 'en', deu: 'de', ita: 'it', ces: 'cs', bul: 'bg', fra: 'fr', spa: 'es', por: 'pt', nld: 'nl', pol: 'pl',
  slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', ron: 'ro', hun: 'hu', ukr: 'uk', rus: 'ru', bel: 'be',
  ell: 'el', tur: 'tr', ara: 'ar', fas: 'fa', swe: 'sv', dan: 'da', fin: 'fi', nob: 'nb', nor: 'no', est: 'et',
  lav: 'lv', lit: 'lt', sqi: 'sq', mkd: 'mk', cat: 'ca', eus: 'eu', glg: 'gl', gle: 'ga', isl: 'is', mlt: 'mt',
  kur: 'ku', pus: 'ps', som: 'so', tir: 'ti', amh: 'am', urd: 'ur', hin: 'hi', ben: 'bn', zho: 'zh', cmn: 'zh', vie: 'vi',
};

/** A BCP 47 tag for `code`, or undefined when the language is unknown ("und", empty) or not in the table. */
export function wordLanguageTag(code: string): string | undefined {
  const lower = code.trim().toLowerCase();
  if (/^[a-z]{2}(-[a-z0-9]+)*$/i.test(lower)) return lower;
  return TWO_LETTER[lower];
}
