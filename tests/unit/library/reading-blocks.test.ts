import { describe, expect, it } from 'vitest';
import { readingBlocks } from '../../../shared/library/reading-blocks';

const plain = (text: string) => ({ text, turns: [], pages: [] });

describe('readingBlocks', () => {
  it('splits paragraphs at blank lines and trims them', () => {
    const blocks = readingBlocks(plain('First para\nstill first.\n\n  Second.\n\n\nThird'), []);
    expect(blocks.map((b) => b.pieces.map((p) => p.text).join(''))).toEqual(['First para\nstill first.', 'Second.', 'Third']);
  });

  it('splits at single line breaks when the text has no blank line', () => {
    expect(readingBlocks(plain('one\ntwo\nthree'), []).length).toBe(3);
  });

  it('lays out speaker turns with their speaker and time, and keeps text outside turns', () => {
    const text = 'Header\n\nA: Hello there.\nB: Hi.';
    const blocks = readingBlocks(
      {
        text,
        pages: [],
        turns: [
          { start: 8, end: 23, speaker: 'A', timeStart: 1.5 },
          { start: 24, end: 30, speaker: 'B' },
        ],
      },
      [],
    );
    expect(blocks.map((b) => [b.speaker, b.timeStart, text.slice(b.start, b.end)])).toEqual([
      [null, null, 'Header'],
      ['A', 1.5, 'A: Hello there.'],
      ['B', null, 'B: Hi.'],
    ]);
  });

  it('finds the speaker label written at the start of a turn, with or without a time', () => {
    const text = '[00:01:02] Giulia: We rent.\n\nR1: Yes.\n\nNote: not a turn label';
    const blocks = readingBlocks(
      {
        text,
        pages: [],
        turns: [
          { start: 0, end: 27, speaker: 'Giulia', timeStart: 62 },
          { start: 29, end: 37, speaker: 'R1' },
          { start: 39, end: text.length, speaker: 'Someone else' },
        ],
      },
      [],
    );
    expect(blocks.map((b) => b.pieces.map((p) => [p.text, p.label]))).toEqual([
      [['[00:01:02] Giulia: ', true], ['We rent.', false]],
      [['R1: ', true], ['Yes.', false]],
      [['Note: not a turn label', false]],
    ]);
  });

  it('cuts pieces at segment boundaries, listing overlapping segments on the shared piece', () => {
    const text = 'abcdefghij';
    const [block] = readingBlocks(plain(text), [
      { id: 's2', start: 4, end: 8 },
      { id: 's1', start: 2, end: 6 },
    ]);
    expect(block!.labelEnd).toBe(block!.start);
    expect(block!.pieces.map((p) => [p.text, p.segmentIds])).toEqual([
      ['ab', []],
      ['cd', ['s1']],
      ['ef', ['s1', 's2']],
      ['gh', ['s2']],
      ['ij', []],
    ]);
  });

  it('carries a segment across paragraphs', () => {
    const text = 'one two\n\nthree four';
    const blocks = readingBlocks(plain(text), [{ id: 's', start: 4, end: 14 }]);
    expect(blocks.map((b) => b.pieces.filter((p) => p.segmentIds.length).map((p) => p.text))).toEqual([['two'], ['three']]);
  });

  it('starts a block at each page and labels only the first block of a page', () => {
    const text = 'Page one text.\n\nMore on one. Page two starts here.';
    const blocks = readingBlocks({ text, turns: [], pages: [{ page: 1, start: 0 }, { page: 2, start: 29, label: 'ii' }] }, []);
    expect(blocks.map((b) => [b.page, b.pageLabel, text.slice(b.start, b.end)])).toEqual([
      [1, 'Page 1', 'Page one text.'],
      [1, null, 'More on one. '],
      [2, 'Page ii', 'Page two starts here.'],
    ]);
  });

  it('marks the blocks that are headings with their level', () => {
    const text = 'Summary\n\nBody text.\n\nDetails';
    const blocks = readingBlocks({ text, turns: [], pages: [], headings: [{ start: 0, end: 7, level: 1 }, { start: 21, end: 28, level: 2 }] }, []);
    expect(blocks.map((b) => b.heading)).toEqual([1, null, 2]);
  });

  it('gives an empty text no blocks', () => {
    expect(readingBlocks(plain(''), [])).toEqual([]);
  });
});
