// Theme co-occurrence per city: passages with two themes and overlapping passages with different themes.
import { beforeAll, describe, expect, it } from 'vitest';
import { codePassage } from '../../../shared/db';
import { cooccurrence, loadCompareData, type Cooccurrence, type CooccurrenceTable } from '../../../shared/compare';
import { compareRepository, INTERVIEW, rangeOf, REPORT, value, type CompareRepo } from './fixture';

let repo: CompareRepo;
let result: Cooccurrence;

beforeAll(async () => {
  repo = await compareRepository();
  const { db, ctx, doc, theme } = repo;
  // "a small flat" (Language) overlaps "We rent a small flat in Favoriten." (Rent) in the Vienna interview.
  value(await codePassage(db, ctx, { documentId: doc.interview, ...rangeOf(INTERVIEW, 'a small flat'), themeIds: [theme.language] }));
  // "scarce in both" (Language) overlaps "Housing is scarce in both cities." (Housing) in the Vienna + Prague report.
  value(await codePassage(db, ctx, { documentId: doc.report, ...rangeOf(REPORT, 'scarce in both'), themeIds: [theme.language] }));
  result = cooccurrence(await loadCompareData(repo.db));
});

function table(name: string | null): CooccurrenceTable {
  return name === null ? result.all : result.cities.find((t) => t.city?.name === name)!;
}

describe('cooccurrence', () => {
  it('lists the themes in codebook order and one table per city, alphabetically', () => {
    expect(result.themes.map((t) => [t.theme.name, t.depth])).toEqual([['Housing', 0], ['Rent', 1], ['Language', 0]]);
    expect(result.cities.map((t) => t.city!.name)).toEqual(['Burgas', 'Graz', 'Kassel', 'Prague', 'Vienna']);
  });

  // Rows and columns: Housing, Rent, Language.
  it.each<[string | null, number[][]]>([
    [null, [[3, 0, 2], [0, 2, 1], [2, 1, 5]]],
    ['Vienna', [[2, 0, 1], [0, 1, 1], [1, 1, 3]]],
    ['Prague', [[1, 0, 1], [0, 1, 0], [1, 0, 1]]],
    ['Burgas', [[1, 0, 1], [0, 0, 0], [1, 0, 1]]],
    ['Graz', [[0, 0, 0], [0, 0, 0], [0, 0, 0]]],
  ])('counts for %s', (city, counts) => {
    expect(table(city).counts).toEqual(counts);
  });

  it('follows the filters and the chosen themes', () => {
    return loadCompareData(repo.db).then((data) => {
      const only = cooccurrence(data, { filters: { kinds: ['interview'] }, themeIds: [repo.theme.rent, repo.theme.language], cityIds: [repo.city.vienna] });
      expect(only.themes.map((t) => t.theme.name)).toEqual(['Rent', 'Language']);
      expect(only.cities.map((t) => t.city!.name)).toEqual(['Vienna']);
      expect(only.cities[0]!.counts).toEqual([[1, 1], [1, 2]]);
    });
  });
});
