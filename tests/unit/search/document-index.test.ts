// A document's record: passages come back from their number columns as cut, and postings with positions match the text.
import { describe, expect, it } from 'vitest';
import { buildDocumentRecord, DocumentIndex, passagesOf, terms } from '../../../shared/search';

const TEXT = [
  'Einleitung',
  '[00:00:05] Interviewerin: Wie lange dauert die Wohnungssuche in Wien?',
  '[00:00:12.5] B1: Die Wohnungssuche dauert lange, sehr lange. Die Miete ist hoch.',
  'Seite zwei beginnt hier: Anerkennung von Abschlüssen und Anerkennung.',
].join('\n\n');
const at = (s: string) => TEXT.indexOf(s);
const DOC = {
  id: 'doc-1',
  title: 'Gespräch Wohnungssuche Wien',
  textHash: 'h',
  pages: [{ page: 1, start: 0 }, { page: 2, start: at('Seite zwei') }],
  turns: [
    { start: at('[00:00:05]'), end: at('[00:00:12.5]') - 2, speaker: 'Interviewerin', timeStart: 5 },
    { start: at('[00:00:12.5]'), end: at('Seite zwei') - 2, speaker: 'B1', timeStart: 12.5 },
  ],
  headings: [{ start: 0, end: 'Einleitung'.length, level: 1 }],
};

describe('a document record', () => {
  const record = buildDocumentRecord(DOC as never, TEXT);
  const doc = new DocumentIndex(record);

  it('gives back the passages as cut, with pages, speakers, times and headings', () => {
    expect(doc.passages).toEqual(passagesOf(DOC as never, TEXT));
    expect(doc.passages.map((p) => [p.page, p.speaker, p.timeStart, p.heading])).toContainEqual([1, 'B1', 12.5, 'Einleitung']);
  });

  it('has, for every term of every passage, the positions where it stands', () => {
    const vocabulary = doc.termList();
    doc.passages.forEach((passage, p) => {
      const words = terms(TEXT.slice(passage.start, passage.end));
      words.forEach((word, k) => {
        const slot = doc.textSlot(vocabulary.indexOf(word), p);
        expect(slot).toBeGreaterThanOrEqual(0);
        expect([...doc.positions.subarray(doc.positionOffsets[slot]!, doc.positionOffsets[slot + 1]!)]).toContain(k);
      });
      expect(doc.textLengths[p]).toBe(new Set(words).size);
    });
    expect(doc.titleFrequencies.get('wohnungssuche')).toBe(1);
  });

  it.each([
    ['cut short', (b: Uint8Array) => b.slice(0, b.length - 2)],
    ['grown', (b: Uint8Array) => new Uint8Array([...b, 0, 0])],
    ['of another layout', (b: Uint8Array) => Object.assign(b.slice(), { 0: 9 })],
    ['empty', () => new Uint8Array(0)],
  ])('refuses postings %s', (_what, damage) => {
    expect(() => new DocumentIndex({ ...record, postings: damage(record.postings) })).toThrow('damaged search record');
  });
});
