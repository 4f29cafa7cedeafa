// Keyword in context: one line per occurrence, sorting by the word left or right of it, and RFC 4180 CSV.
import { beforeAll, describe, expect, it } from 'vitest';
import { concordance, concordanceCsv, csvField, csvRows, foldWord, sortConcordance, terms, type ConcordanceLine } from '../../../shared/search';
import { sampleSearch } from './fixture';

let env: Awaited<ReturnType<typeof sampleSearch>>;
beforeAll(async () => {
  env = await sampleSearch();
});

const line = (left: string, keyword: string, right: string, offset = 0): ConcordanceLine => ({ documentId: 'd', title: 'T', offset, left, keyword, right });

describe('concordance', () => {
  it('gives one line per highlighted occurrence, with the keyword at its offset and its context', async () => {
    const results = await env.search('housing');
    const lines = await concordance(results, (id) => env.index.text(id), 40);
    const occurrences = results.documents.flatMap((d) => d.hits.flatMap((h) => h.highlights)).length;
    expect(lines).toHaveLength(occurrences);
    for (const l of lines) {
      const text = await env.index.text(l.documentId);
      expect(foldWord(l.keyword)).toBe('housing');
      expect(text.slice(l.offset, l.offset + l.keyword.length)).toBe(l.keyword);
      expect(l.left.length).toBeLessThanOrEqual(40);
      expect(l.right.length).toBeLessThanOrEqual(40);
      expect(l.left + l.keyword).not.toMatch(/\n/);
    }
  });

  it('carries the speaker and time of transcript lines and the page of report lines', async () => {
    const lines = await concordance(await env.search('ambulatorio OR Prague'), (id) => env.index.text(id));
    expect(lines.some((l) => l.speaker !== undefined && l.timeStart !== undefined)).toBe(true);
    expect(lines.some((l) => l.page !== undefined)).toBe(true);
  });

  it.each([
    ['left', ['the big', 'a red', 'one Zürich'], ['a big', 'the red', 'by zurich']],
    ['right', ['x', 'x', 'x'], ['ägypten now', 'apple', 'Zebra']],
  ] as const)('sorts by the %s word, folding case and accents', (by, lefts, rights) => {
    const lines = lefts.map((l, i) => line(l, 'housing', rights[i]!, i));
    const sorted = sortConcordance(lines, by);
    const keys = sorted.map((l) => (by === 'left' ? terms(l.left).at(-1)! : terms(l.right)[0]!));
    expect(keys).toEqual([...keys].sort());
    expect(sorted).toHaveLength(lines.length);
  });
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['Бургас', 'Бургас'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF and writes the concordance header', () => {
    expect(csvRows([['a', 1], ['b', undefined]])).toBe('a,1\r\nb,\r\n');
    const csv = concordanceCsv([{ ...line('the "big"', 'house', 'of, x', 5), page: 2, speaker: 'R1', timeStart: 3725 }]);
    expect(csv).toBe('document,page,time,speaker,offset,left,keyword,right\r\nT,2,1:02:05,R1,5,"the ""big""",house,"of, x"\r\n');
  });
});
