// Which mentioned cities are proposed: the most-mentioned, at most a few, without those named only in passing.
import { describe, expect, it } from 'vitest';
import { chooseSuggestions, type CityMention } from '../../../shared/gazetteer';

const mention = (name: string, mentions: number): CityMention => ({
  city: { name, country: 'AT', aliases: [], latitude: 0, longitude: 0, population: 100_000 },
  mentions,
  written: [name],
  countryNamed: false,
});
const chosen = (counts: [string, number][], max = 5) => chooseSuggestions(counts.map(([n, c]) => mention(n, c)), max).map((m) => m.city.name);

describe('chooseSuggestions', () => {
  it.each([
    ['every city when all are named about as often', [['Wien', 4], ['Graz', 3], ['Linz', 1]], ['Wien', 'Graz', 'Linz']],
    ['not a city named once beside one named thirty times', [['Wien', 30], ['Graz', 1]], ['Wien']],
    ['not a city named twice beside one named eleven times', [['Wien', 11], ['Graz', 2]], ['Wien']],
    ['a city named three times or more, however often the first is', [['Lviv', 130], ['Chervonohrad', 15], ['Sokal', 3]], ['Lviv', 'Chervonohrad', 'Sokal']],
    ['a city named once when the first is named at most five times', [['Paris', 5], ['Lyon', 1]], ['Paris', 'Lyon']],
    ['a single city named once', [['Dublin', 1]], ['Dublin']],
    ['nothing when nothing is named', [], []],
  ] as [string, [string, number][], string[]][])('proposes %s', (_case, counts, expected) => {
    expect(chosen(counts)).toEqual(expected);
  });

  it('proposes at most the number asked for, most-mentioned first', () => {
    expect(chosen([['A', 9], ['B', 8], ['C', 7], ['D', 6]], 2)).toEqual(['A', 'B']);
  });
});
