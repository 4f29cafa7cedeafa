// Passage numbers and passage sets: AND/OR/NOT over flat sets, documents leaving and the numbering closing its holes.
import { describe, expect, it } from 'vitest';
import { buildDocumentRecord, DocumentIndex, exclude, intersect, PassageSet, unite, Vocabulary, wordMatches } from '../../../shared/search';

const WORDS = ['housing', 'school', 'language', 'work', 'permit', 'family', 'doctor', 'rent'];

/** A document of `count` paragraphs, paragraph i naming two words picked by i and the seed. */
function documentOf(id: string, count: number, seed: number): DocumentIndex {
  const paragraphs = Array.from({ length: count }, (_, i) => `Paragraph ${i}: ${WORDS[(i + seed) % WORDS.length]} and ${WORDS[(i * 3 + seed) % WORDS.length]}.`);
  const text = paragraphs.join('\n\n');
  return new DocumentIndex(buildDocumentRecord({ id, title: `Interview ${id}`, textHash: id, pages: [], turns: [], headings: [] }, text));
}

/** What a word query finds, as document:passage → score. */
function answers(vocabulary: Vocabulary, word: string): Map<string, number> {
  const found = wordMatches(vocabulary, vocabulary.derive(word, false, 0));
  const out = new Map<string, number>();
  for (const n of found.members()) {
    const doc = vocabulary.space.owner(n);
    out.set(`${doc.documentId}:${n - doc.base}`, found.score[n]!);
  }
  vocabulary.space.release(found);
  return out;
}

const setOf = (entries: [number, number, boolean][]) => {
  const set = new PassageSet(16);
  for (const [n, score, inText] of entries) set.add(n, score, inText);
  return set;
};
const contents = (set: PassageSet) => [...set.members()].sort((a, b) => a - b).map((n) => [n, set.score[n], set.inText(n)]);

describe('passage sets', () => {
  it('AND keeps the passages in both with their scores added, and text beats title', () => {
    const both = intersect(setOf([[1, 1, true], [2, 1, false], [3, 1, true]]), setOf([[2, 2, true], [3, 0.5, false], [9, 1, true]]));
    expect(contents(both)).toEqual([[2, 3, true], [3, 1.5, true]]);
    expect(both.size).toBe(2);
  });

  it('OR keeps the passages in either, adding the scores of those in both', () => {
    expect(contents(unite(setOf([[1, 1, false], [2, 1, true]]), setOf([[1, 2, true], [5, 1, false]])))).toEqual([[1, 3, true], [2, 1, true], [5, 1, false]]);
  });

  it('NOT drops the passages of the other set; a dropped passage can match again without being listed twice', () => {
    const set = exclude(setOf([[1, 1, true], [2, 1, true], [3, 1, true]]), setOf([[2, 1, true]]));
    expect(contents(set)).toEqual([[1, 1, true], [3, 1, true]]);
    set.add(2, 4, false);
    expect(contents(set)).toEqual([[1, 1, true], [2, 4, false], [3, 1, true]]);
    expect(set.members()).toHaveLength(3);
  });

  it('is empty again once cleared, and its arrays are reused by the next query', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add(documentOf('a', 20, 0));
    const first = wordMatches(vocabulary, vocabulary.derive('housing', false, 0));
    expect(first.size).toBeGreaterThan(0);
    vocabulary.space.release(first);
    expect(first.size).toBe(0);
    expect(first.flags.every((f) => f === 0)).toBe(true);
    const second = wordMatches(vocabulary, vocabulary.derive('rent', false, 0));
    expect(second).toBe(first);
    expect(answers(vocabulary, 'rent').size).toBe(second.size);
  });
});

describe('the passage space', () => {
  it('answers after documents leave, once their numbers are closed up, as an index of the documents that stay', () => {
    const vocabulary = new Vocabulary();
    const documents = Array.from({ length: 60 }, (_, i) => documentOf(`doc-${i}`, 100, i));
    for (const doc of documents) vocabulary.add(doc);
    expect(vocabulary.space.capacity).toBe(6000);
    const kept = documents.filter((_, i) => i % 3 === 0);

    for (const doc of documents) if (!kept.includes(doc)) vocabulary.remove(doc);

    // Two thirds gone: the numbering was closed up at least once, keeping the documents' order.
    expect(vocabulary.space.capacity).toBeLessThan(2 * kept.length * 100);
    const bases = kept.map((d) => d.base);
    expect(bases).toEqual([...bases].sort((x, y) => x - y));
    expect(vocabulary.space.everything().size).toBe(kept.length * 100);
    const fresh = new Vocabulary();
    for (const doc of kept) fresh.add(new DocumentIndex(doc.record));
    for (const word of WORDS) {
      const expected = [...answers(fresh, word)].map(([id, score]) => [id, expect.closeTo(score, 9)]);
      expect([...answers(vocabulary, word)].sort()).toEqual(expected.sort());
    }
  });

  it('gives a removed document’s slot to the next one, with new numbers after the others', () => {
    const vocabulary = new Vocabulary();
    const [a, b, c] = [documentOf('a', 10, 0), documentOf('b', 10, 1), documentOf('c', 10, 2)];
    vocabulary.add(a);
    vocabulary.add(b);
    vocabulary.remove(a);
    vocabulary.add(c);
    expect(c.slot).toBe(0);
    expect(c.base).toBe(20);
    expect(vocabulary.space.owner(25)).toBe(c);
    expect(vocabulary.space.everything().size).toBe(20);
  });
});
