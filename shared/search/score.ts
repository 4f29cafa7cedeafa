// Scores words and phrases over the postings, as one MiniSearch index over all passages would (BM25+, field boosts).
import type { DocumentIndex } from './document-index';
import type { PassageSet } from './matches';
import type { DerivedTerm, TermEntry, Vocabulary } from './vocabulary';

export const FIELD_BOOSTS = { text: 1, heading: 2, title: 3 } as const;

/** MiniSearch's BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

const inverseFrequency = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

/** BM25+ of a term in each field, with the term's document frequencies and the fields' average lengths. */
class FieldScores {
  private readonly textIdf: number;
  private readonly titleIdf: number;
  private readonly headingIdf: number;
  private readonly textAverage: number;
  private readonly titleAverage: number;
  private readonly headingAverage: number;

  constructor(vocabulary: Vocabulary, entry: TermEntry) {
    const total = vocabulary.passages;
    this.textIdf = inverseFrequency(entry.textPassages, total);
    this.titleIdf = inverseFrequency(entry.titlePassages, total);
    this.headingIdf = inverseFrequency(entry.headingPassages, total);
    this.textAverage = vocabulary.textLength / total;
    this.titleAverage = vocabulary.titleLength / total;
    this.headingAverage = vocabulary.headingLength / total;
  }

  text(tf: number, length: number): number {
    return this.textIdf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / this.textAverage)));
  }

  title(tf: number, length: number): number {
    return this.titleIdf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / this.titleAverage)));
  }

  heading(tf: number, length: number): number {
    return this.headingIdf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / this.headingAverage)));
  }

  /** The term's score in passage `p` of `doc` (term number `n` there), all fields, unweighted. */
  passage(doc: DocumentIndex, n: number, term: string, p: number): number {
    let score = 0;
    const slot = doc.textSlot(n, p);
    if (slot >= 0) score += FIELD_BOOSTS.text * this.text(doc.positionOffsets[slot + 1]! - doc.positionOffsets[slot]!, doc.textLengths[p]!);
    const titleTf = doc.titleFrequencies.get(term);
    if (titleTf !== undefined) score += FIELD_BOOSTS.title * this.title(titleTf, doc.titleLength);
    const heading = doc.headingSlot(n, p);
    if (heading >= 0) score += FIELD_BOOSTS.heading * this.heading(doc.headingFrequencies[heading]!, doc.headingLengths[p]!);
    return score;
  }
}

/**
 * Adds one derived term's scores in every field of every passage that has it (fields in MiniSearch's order);
 * with `within`, only in the passages matched there (the other side of an AND, which would drop the rest).
 */
function scoreTerm(vocabulary: Vocabulary, entry: TermEntry, term: string, weight: number, into: PassageSet, within?: PassageSet): void {
  const scores = new FieldScores(vocabulary, entry);
  const textWeight = weight * FIELD_BOOSTS.text;
  const allowed = within?.flags;
  for (let i = 0; i < entry.documents.length; i += 1) {
    const doc = entry.documents[i]!;
    const n = entry.numbers[i]!;
    const { textPassages, positionOffsets, textLengths, base } = doc;
    // The text field: the one loop every word query runs over all of its postings.
    for (let s = doc.textOffsets[n]!, end = doc.textOffsets[n + 1]!; s < end; s += 1) {
      const p = textPassages[s]!;
      if (allowed && (allowed[base + p]! & 1) === 0) continue;
      into.add(base + p, textWeight * scores.text(positionOffsets[s + 1]! - positionOffsets[s]!, textLengths[p]!), true);
    }
    const titleTf = doc.titleFrequencies.get(term);
    if (titleTf !== undefined) {
      const value = weight * FIELD_BOOSTS.title * scores.title(titleTf, doc.titleLength);
      for (let p = 0; p < doc.passageCount; p += 1) if (!allowed || (allowed[base + p]! & 1) === 1) into.add(base + p, value, false);
    }
    for (let s = doc.headingOffsets[n]!; s < doc.headingOffsets[n + 1]!; s += 1) {
      const p = doc.headingPassages[s]!;
      if (allowed && (allowed[base + p]! & 1) === 0) continue;
      into.add(base + p, weight * FIELD_BOOSTS.heading * scores.heading(doc.headingFrequencies[s]!, doc.headingLengths[p]!), true);
    }
  }
}

/** The passages that have any of the derived terms in any field (only among those of `within` when given). */
export function wordMatches(vocabulary: Vocabulary, derived: readonly DerivedTerm[], within?: PassageSet): PassageSet {
  const found = vocabulary.space.acquire();
  for (const { term, weight } of derived) {
    const entry = vocabulary.terms.get(term);
    if (entry) scoreTerm(vocabulary, entry, term, weight, found, within);
  }
  return found;
}

/** The first slot in [from, to) whose passage is at least `p` (postings are in passage order). */
function seek(passages: Uint32Array, from: number, to: number, p: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (passages[middle]! < p) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The passages (ascending) whose text has the words next to each other in this order: the postings of the word
 * with the fewest passages lead, the others are looked up in theirs, and word positions are checked last.
 */
function passagesWithPhrase(doc: DocumentIndex, numbers: readonly number[]): number[] {
  const { textOffsets, textPassages, positions, positionOffsets } = doc;
  const n = numbers.length;
  let lead = 0;
  for (let k = 1; k < n; k += 1) {
    if (textOffsets[numbers[k]! + 1]! - textOffsets[numbers[k]!]! < textOffsets[numbers[lead]! + 1]! - textOffsets[numbers[lead]!]!) lead = k;
  }
  const cursors = numbers.map((t) => textOffsets[t]!);
  const ends = numbers.map((t) => textOffsets[t + 1]!);
  const slots = new Array<number>(n);
  const found: number[] = [];
  for (let s = cursors[lead]!; s < ends[lead]!; s += 1) {
    const p = textPassages[s]!;
    let all = true;
    for (let k = 0; k < n && all; k += 1) {
      if (k === lead) {
        slots[k] = s;
        continue;
      }
      const c = seek(textPassages, cursors[k]!, ends[k]!, p);
      cursors[k] = c;
      if (c === ends[k]!) return found;
      slots[k] = c;
      all = textPassages[c] === p;
    }
    if (!all) continue;
    for (let f = positionOffsets[s]!; f < positionOffsets[s + 1]!; f += 1) {
      const start = positions[f]! - lead;
      if (start < 0) continue;
      let together = true;
      for (let k = 0; k < n && together; k += 1) {
        if (k !== lead) together = contains(positions, positionOffsets[slots[k]!]!, positionOffsets[slots[k]! + 1]!, start + k);
      }
      if (together) {
        found.push(p);
        break;
      }
    }
  }
  return found;
}

function contains(sorted: Uint16Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const v = sorted[middle]!;
    if (v === value) return true;
    if (v < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Each word's number in every document that has all the words. */
function documentsWithAll(entries: readonly TermEntry[]): Map<DocumentIndex, number[]> {
  const rarest = entries.reduce((a, b) => (b.documents.length < a.documents.length ? b : a));
  const numbers = entries.map((e) => (e === rarest ? null : new Map(e.documents.map((d, i) => [d, e.numbers[i]!]))));
  const found = new Map<DocumentIndex, number[]>();
  rarest.documents.forEach((doc, i) => {
    const own: number[] = [];
    for (let k = 0; k < entries.length; k += 1) {
      const n = numbers[k] ? numbers[k]!.get(doc) : rarest.numbers[i];
      if (n === undefined) return;
      own.push(n);
    }
    found.set(doc, own);
  });
  return found;
}

/**
 * Passages where the words stand together in this order in the text, checked on word positions; scored as
 * MiniSearch's AND search of the words (summed, times the number of distinct words). When the document title
 * holds the phrase (`inTitle`), every passage has all the words, and those without the phrase in their text
 * match by the title.
 */
export function phraseMatches(vocabulary: Vocabulary, wanted: readonly string[], inTitle: (doc: DocumentIndex) => boolean): PassageSet {
  const found = vocabulary.space.acquire();
  const entries = wanted.map((w) => vocabulary.terms.get(w));
  if (wanted.length === 0 || entries.some((e) => !e)) return found;
  const known = entries as TermEntry[];
  const scores = known.map((e) => new FieldScores(vocabulary, e));
  const quality = new Set(wanted).size;
  for (const [doc, numbers] of documentsWithAll(known)) {
    const inPassages = passagesWithPhrase(doc, numbers);
    const title = inTitle(doc);
    if (inPassages.length === 0 && !title) continue;
    const inText = new Set(inPassages);
    // With the phrase in the title every passage has all the words (by its title) and matches.
    for (const p of title ? Array.from({ length: doc.passageCount }, (_, i) => i) : inPassages) {
      let score = 0;
      for (let k = 0; k < wanted.length; k += 1) score += scores[k]!.passage(doc, numbers[k]!, wanted[k]!, p);
      found.add(doc.base + p, score * quality, inText.has(p));
    }
  }
  return found;
}
