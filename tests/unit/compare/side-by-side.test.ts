// Side-by-side reading and a cell's drill-down: the quotes of one theme under each city.
import { beforeAll, describe, expect, it } from 'vitest';
import { cellQuotes, documentsToRead, loadCompareData, loadTexts, sideBySide, type CompareData } from '../../../shared/compare';
import { compareRepository, type CompareRepo } from './fixture';

let repo: CompareRepo;
let data: CompareData;
let texts: Map<string, string>;

beforeAll(async () => {
  repo = await compareRepository();
  data = await loadCompareData(repo.db);
  texts = await loadTexts(repo.db, data.documents.map((d) => d.id));
});

describe('sideBySide', () => {
  it('gives one column per city in the order asked, quotes by document then position, each naming the column city', () => {
    const view = sideBySide(data, texts, repo.theme.housing, [repo.city.vienna, repo.city.prague, repo.city.burgas, repo.city.graz]);
    expect(view.theme.name).toBe('Housing');
    expect(view.columns.map((c) => [c.city.name, c.quotes.map((q) => q.text)])).toEqual([
      ['Vienna', ['Where do you live?', 'Housing is scarce in both cities.']],
      ['Prague', ['Housing is scarce in both cities.']],
      ['Burgas', ['No flat, no Bulgarian lessons, nothing.']],
      ['Graz', []],
    ]);
    expect(view.columns[1]!.quotes[0]).toMatchObject({ cityId: repo.city.prague, cityName: 'Prague', documentTitle: 'Two-city report', page: 1 });
    expect(view.columns[0]!.quotes[0]).toMatchObject({ speaker: 'Interviewer', timeStart: 843 });
  });

  it('with sub-themes adds the passages coded beneath the theme', () => {
    const view = sideBySide(data, texts, repo.theme.housing, [repo.city.vienna, repo.city.prague], { withSubThemes: true });
    expect(view.columns.map((c) => c.quotes.map((q) => q.segmentId))).toEqual([
      [repo.seg.where, repo.seg.flat, repo.seg.scarce],
      [repo.seg.scarce, repo.seg.doubled],
    ]);
  });

  it('applies the filters and skips unknown cities', () => {
    const view = sideBySide(data, texts, repo.theme.housing, [repo.city.vienna, 'gone'], { filters: { kinds: ['report'] } });
    expect(view.columns.map((c) => c.quotes.map((q) => q.segmentId))).toEqual([[repo.seg.scarce]]);
  });

  it('names the documents whose texts it needs', () => {
    expect(documentsToRead(data, repo.theme.rent, [repo.city.prague]).sort()).toEqual([repo.doc.report]);
    expect(documentsToRead(data, repo.theme.housing, [repo.city.vienna], { withSubThemes: true }).sort()).toEqual([repo.doc.interview, repo.doc.report].sort());
  });
});

describe('cellQuotes', () => {
  it.each<[keyof CompareRepo['theme'], keyof CompareRepo['city'], (keyof CompareRepo['seg'])[]]>([
    ['rent', 'prague', ['doubled']],
    ['rent', 'vienna', ['flat']],
    ['language', 'burgas', ['firstYear']],
    ['language', 'graz', []],
  ])('%s × %s', (themeKey, cityKey, segs) => {
    expect(cellQuotes(data, texts, repo.theme[themeKey], repo.city[cityKey]).map((q) => q.segmentId)).toEqual(segs.map((s) => repo.seg[s]));
  });
});
