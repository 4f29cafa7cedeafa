// Generates a reproducible multilingual corpus of interview transcripts for the benchmarks.
import { VOCABULARY } from './vocabulary';
import { pick, seededRandom } from './seeded-random';

export interface GeneratedTranscript {
  title: string;
  language: string;
  city: string;
  text: string;
}

const CITIES = ['Vienna', 'Berlin', 'Bologna', 'Taranto', 'Prague', 'Dublin', 'Burgas', 'Budapest'];

function sentence(random: () => number, words: string[]): string {
  const length = 6 + Math.floor(random() * 14);
  const parts = Array.from({ length }, () => pick(random, words));
  const first = parts[0]!;
  parts[0] = first.charAt(0).toLocaleUpperCase() + first.slice(1);
  return parts.join(' ') + pick(random, ['.', '.', '.', '?', '!']);
}

/** `count` transcripts of about `wordsEach` words, the same for the same seed. */
export function generateTranscripts(count: number, wordsEach = 8000, seed = 20261123): GeneratedTranscript[] {
  const random = seededRandom(seed);
  const languages = Object.keys(VOCABULARY);
  return Array.from({ length: count }, (_, i) => {
    const vocab = VOCABULARY[languages[i % languages.length]!]!;
    const turns: string[] = [];
    let words = 0;
    let turn = 0;
    while (words < wordsEach) {
      const speaker = turn % 2 === 0 ? vocab.speakers[0]! : pick(random, vocab.speakers.slice(1));
      const sentences = 1 + Math.floor(random() * 6);
      const body = Array.from({ length: sentences }, () => sentence(random, vocab.words)).join(' ');
      words += body.split(' ').length;
      const seconds = turn * 37;
      const stamp = new Date(seconds * 1000).toISOString().slice(11, 19);
      turns.push(`[${stamp}] ${speaker}: ${body}`);
      turn += 1;
    }
    const city = CITIES[i % CITIES.length]!;
    return { title: `Interview ${i + 1} (${city})`, language: vocab.language, city, text: turns.join('\n\n') };
  });
}
