// Detects a document's language (ISO 639-3) with franc on a sample of its text; "und" when too short to tell.
import { franc } from 'franc';

const SAMPLE_CHARS = 6000;
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
  return franc(sample, { minLength: MIN_LETTERS });
}
