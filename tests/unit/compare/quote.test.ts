// Quotes of coded passages: text from the document, effective city, speaker, timestamp, page, and deleted passages.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLocation, formatTimestamp, loadQuotes, pageAt, turnAt, type Quote } from '../../../shared/compare';
import { deleteSegment } from '../../../shared/coding';
import { compareRepository, type CompareRepo } from './fixture';

let repo: CompareRepo;
let quotes: Map<string, Quote | null>;

beforeAll(async () => {
  repo = await compareRepository();
  quotes = await loadQuotes(repo.db, Object.values(repo.seg));
});

describe('loadQuotes', () => {
  it('reads the text at the offsets and names the document, kind, date, language and coder', () => {
    expect(quotes.get(repo.seg.flat)).toMatchObject({
      documentId: repo.doc.interview,
      documentTitle: 'Anna, Vienna',
      kind: 'interview',
      date: '2024-03-01',
      language: 'eng',
      text: 'We rent a small flat in Favoriten.',
      themeIds: [repo.theme.rent],
      coder: 'Tester',
    });
    expect(quotes.get(repo.seg.firstYear)).toMatchObject({ text: 'No flat, no Bulgarian lessons, nothing.', language: 'bul' });
    expect(quotes.get(repo.seg.firstYear)!.date).toBeUndefined();
  });

  it.each<[keyof CompareRepo['seg'], string | null, string | undefined]>([
    ['flat', 'vienna', 'Vienna'],
    ['scarce', 'vienna', 'Vienna'],
    ['doubled', 'prague', 'Prague'],
    ['firstYear', 'burgas', 'Burgas'],
    ['cafes', null, undefined],
  ])('the effective city of %s is %s', (seg, cityKey, cityName) => {
    const quote = quotes.get(repo.seg[seg])!;
    expect(quote.cityId).toBe(cityKey === null ? null : repo.city[cityKey as keyof CompareRepo['city']]);
    expect(quote.cityName).toBe(cityName);
  });

  it.each<[keyof CompareRepo['seg'], Partial<Quote>, string]>([
    ['where', { speaker: 'Interviewer', timeStart: 843 }, '00:14:03'],
    ['flat', { speaker: 'Anna', timeStart: 903 }, '00:15:03'],
    ['firstYear', { speaker: 'Ivan' }, 'Ivan'],
    ['scarce', { page: 1 }, 'p. 1'],
    ['doubled', { page: 2, pageLabel: '12' }, 'p. 12'],
    ['cafes', {}, ''],
  ])('locates %s: %o → "%s"', (seg, expected, location) => {
    const quote = quotes.get(repo.seg[seg])!;
    expect(quote).toMatchObject(expected);
    if (!('timeStart' in expected)) expect(quote.timeStart).toBeUndefined();
    if (!('speaker' in expected)) expect(quote.speaker).toBeUndefined();
    expect(formatLocation(quote)).toBe(location);
  });

  it('maps a deleted passage, and an unknown id, to null', async () => {
    expect((await deleteSegment(repo.db, repo.ctx, repo.seg.course)).ok).toBe(true);
    const after = await loadQuotes(repo.db, [repo.seg.course, 'no-such-passage', repo.seg.where]);
    expect([...after.keys()]).toEqual([repo.seg.course, 'no-such-passage', repo.seg.where]);
    expect(after.get(repo.seg.course)).toBeNull();
    expect(after.get('no-such-passage')).toBeNull();
    expect(after.get(repo.seg.where)?.text).toBe('Where do you live?');
  });
});

describe('locations', () => {
  const turns = [
    { start: 0, end: 10, speaker: 'A' },
    { start: 11, end: 20, speaker: 'B' },
  ];
  it.each([
    [0, 'A'],
    [9, 'A'],
    [10, undefined],
    [11, 'B'],
    [25, undefined],
  ])('turnAt(%i) → %s', (offset, speaker) => {
    expect(turnAt(turns, offset)?.speaker).toBe(speaker);
  });

  it.each([
    [0, 1],
    [99, 1],
    [100, 2],
    [5000, 3],
  ])('pageAt(%i) → page %i', (offset, page) => {
    expect(pageAt([{ page: 1, start: 0 }, { page: 3, start: 250 }, { page: 2, start: 100 }], offset)?.page).toBe(page);
  });

  it.each([
    [0, '00:00:00'],
    [59.9, '00:00:59'],
    [843, '00:14:03'],
    [3600 * 2 + 61, '02:01:01'],
  ])('formatTimestamp(%d) → %s', (seconds, text) => {
    expect(formatTimestamp(seconds)).toBe(text);
  });
});
