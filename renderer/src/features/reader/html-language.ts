// The HTML lang value for a document language: ISO 639-3 codes ("eng", "deu") become their BCP 47 form ("en", "de").
export function htmlLanguage(code: string): string | undefined {
  if (code === 'und' || code === '') return undefined;
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}
