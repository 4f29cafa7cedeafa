// Detects a document's language (ISO 639-3) with franc on a sample of its text; "und" when too short to tell.
import { franc } from 'franc';

const SAMPLE_CHARS = 6000;

/**
 * The languages researchers of European cities meet: the languages of Europe and the main languages of
 * people migrating there. Restricting franc to them keeps near-neighbours out of the answer: English
 * interviews were otherwise often labelled Scots ("sco").
 */
export const CANDIDATE_LANGUAGES = (
  'eng deu fra ita spa por nld ces slk pol hun bul ron hrv srp bos slv ell rus ukr bel lit lvs ekk fin swe dan ' +
  'nob nno cat glg als mkd tur arb pes urd hin ben cmn jpn kor vie tha heb som amh tir pbu ckb ydd'
).split(' ');
const MIN_LETTERS = 40;

/** A sample from the start, middle and end, so a long English preface does not decide a German report. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const third = SAMPLE_CHARS / 3;
  const middle = Math.floor(text.length / 2 - third / 2);
  return [text.slice(0, third), text.slice(middle, middle + third), text.slice(-third)].join('\n');
}

export function detectLanguage(text: string): string {
  const sample = sampleOf(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\d\p{P}\p{S}]+/gu, ' ');
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return 'und';
  return franc(sample, { minLength: MIN_LETTERS, only: CANDIDATE_LANGUAGES });
}
