// Citations: the footnote and author–date forms with whatever the document has, and the strongest-quote rule.
import { describe, expect, it } from 'vitest';
import { authorDateCitation, footnoteCitation, speakerLabel, strongestSegments } from '../../../shared/chapters';
import type { Quote } from '../../../shared/compare';
import type { Segment } from '../../../shared/model';

const base: Quote = {
  segmentId: 's', documentId: 'd', documentTitle: 'Rozhovor s úřednicí', kind: 'interview', language: 'ces', cityId: 'c',
  cityName: 'Praha', themeIds: [], text: 'x', start: 0, end: 1, coder: 'A', date: '2025-03-12',
};

describe('citations', () => {
  it.each([
    ['page', { page: 3 }, 'Rozhovor s úřednicí (interview), Praha, 2025-03-12, p. 3.', '(Rozhovor s úřednicí, 2025, p. 3)'],
    ['printed page label', { page: 3, pageLabel: 'iv' }, 'Rozhovor s úřednicí (interview), Praha, 2025-03-12, p. iv.', '(Rozhovor s úřednicí, 2025, p. iv)'],
    ['timestamp', { timeStart: 3723, speaker: 'P1' }, 'Rozhovor s úřednicí (interview), Praha, 2025-03-12, 01:02:03.', '(Rozhovor s úřednicí, 2025, 01:02:03)'],
    ['speaker only', { speaker: 'P1' }, 'Rozhovor s úřednicí (interview), Praha, 2025-03-12.', '(Rozhovor s úřednicí, 2025)'],
    ['no date, no city', { date: undefined, cityName: undefined, kind: 'focus-group' as const }, 'Rozhovor s úřednicí (focus group).', '(Rozhovor s úřednicí, n.d.)'],
  ])('cites a quote with %s', (_what, extra, footnote, authorDate) => {
    const quote = { ...base, ...extra } as Quote;
    expect(footnoteCitation(quote)).toBe(footnote);
    expect(authorDateCitation(quote)).toBe(authorDate);
  });

  it('labels the speaker', () => {
    expect(speakerLabel({ speaker: 'Интервюиран' })).toBe('Интервюиран:');
    expect(speakerLabel({})).toBe('');
  });
});

describe('strongestSegments', () => {
  const seg = (id: string, documentId: string, start: number, length: number): Segment =>
    ({ id, documentId, start, end: start + length, themeIds: [], cityId: null, memo: '', coder: 'A', createdAt: '', updatedAt: '' }) as Segment;
  const documents = new Map([
    ['early', { title: 'B', metadata: { date: '2024-01-01' } }],
    ['late', { title: 'A', metadata: { date: '2025-01-01' } }],
    ['undated', { title: 'C', metadata: {} }],
  ]);

  it('prefers quotable length, then longer, then earlier documents, deterministically', () => {
    const segments = [seg('fragment', 'early', 0, 20), seg('huge', 'early', 0, 5000), seg('mid-late', 'late', 0, 300), seg('mid-early', 'early', 500, 300), seg('long', 'undated', 0, 600)];
    expect(strongestSegments(segments, documents, 10).map((s) => s.id)).toEqual(['long', 'mid-early', 'mid-late', 'huge', 'fragment']);
    expect(strongestSegments([...segments].reverse(), documents, 2).map((s) => s.id)).toEqual(['long', 'mid-early']);
    expect(strongestSegments(segments, documents, 0)).toEqual([]);
  });
});
