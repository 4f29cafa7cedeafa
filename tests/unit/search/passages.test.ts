// Passages: paragraphs, speaker turns and pages, each bounded in size and carrying its location.
import { describe, expect, it } from 'vitest';
import { buildStructure, SAMPLE_DOCUMENTS } from '../../../shared/sample';
import { MAX_PASSAGE, passagesOf, splitLong } from '../../../shared/search';

const plain = (id: string) => ({ id, pages: [], turns: [], headings: [] });

describe('passagesOf', () => {
  it('cuts paragraphs at blank lines and trims them', () => {
    const text = 'First paragraph.\nSame paragraph.\n\n  Second one. \n\n\n\nThird.';
    const passages = passagesOf(plain('d'), text);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(['First paragraph.\nSame paragraph.', 'Second one.', 'Third.']);
    expect(passages.map((p) => p.id)).toEqual(['d:0', 'd:1', 'd:2']);
  });

  it('splits a long paragraph on sentence ends into passages of at most the bound', () => {
    const sentence = 'Die Wohnungssuche dauert in Wien oft länger als ein Jahr. ';
    const text = sentence.repeat(120).trim();
    const passages = passagesOf(plain('d'), text);
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PASSAGE);
      expect(text.slice(p.start, p.end)).toMatch(/^Die .*Jahr\.$/s);
    }
    expect(passages.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  it('splits text without sentence ends at spaces, and never inside a surrogate pair', () => {
    const text = '😀'.repeat(1000);
    const pieces = splitLong(text, 0, text.length, 301);
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(301);
      expect(text.slice(start, end)).toBe('😀'.repeat((end - start) / 2));
    }
    expect(pieces.at(-1)![1]).toBe(text.length);
  });

  const samples = SAMPLE_DOCUMENTS.map((doc) => [doc.key, doc] as const);
  it.each(samples)('sample %s: every passage lies inside one turn or one page, with its location', (_key, sample) => {
    const structure = buildStructure(sample);
    const passages = passagesOf({ id: 'd', ...structure }, structure.text);
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) {
      const turn = structure.turns.find((t) => t.start <= p.start && p.start < t.end);
      if (turn) {
        expect(p.end).toBeLessThanOrEqual(turn.end);
        expect(p.speaker).toBe(turn.speaker);
        expect(p.timeStart).toBe(turn.timeStart);
      }
      if (structure.pages.length > 0) {
        const page = structure.pages.filter((m) => m.start <= p.start).at(-1)!;
        const next = structure.pages.find((m) => m.start > p.start);
        expect(p.page).toBe(page.page);
        if (next) expect(p.end).toBeLessThanOrEqual(next.start);
      }
    }
  });

  it('gives report passages the heading above them', () => {
    const report = SAMPLE_DOCUMENTS.find((d) => d.layout.type === 'pages')!;
    const structure = buildStructure(report);
    const passages = passagesOf({ id: 'r', ...structure }, structure.text);
    const headingTexts = structure.headings.map((h) => structure.text.slice(h.start, h.end));
    const after = passages.filter((p) => p.start > structure.headings[1]!.end);
    expect(after.length).toBeGreaterThan(0);
    for (const p of after) expect(headingTexts).toContain(p.heading);
  });
});
