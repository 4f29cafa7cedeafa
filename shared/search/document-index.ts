// One document's postings (text and heading terms per passage, word positions for phrases) in one compact byte array.
import type { Document } from '../model';
import { terms } from './normalise';
import { parseLabels, passageColumns, passageFromColumns, passagesFromColumns, type Labels, type PassageColumns } from './passage-columns';
import { passagesOf, type Passage } from './passages';

/** The stored form of one indexed document (inside a shard row). */
export interface DocumentRecord {
  documentId: string;
  textHash: string;
  /** The title as indexed: a renamed document is indexed again. */
  title: string;
  /** The document's folded terms (text, headings, title), space-separated; a term's number is its place here. */
  terms: string;
  /** The passages' distinct speakers and headings, as JSON (their other fields are columns in `postings`). */
  labels: string;
  /** Header, passage times (64-bit), offsets, postings and passage columns (32-bit), word positions (16-bit); little-endian. */
  postings: Uint8Array;
}

/** 32-bit numbers before the times: format, terms, passages, text postings, heading postings, positions, two unused. */
const HEADER = 8;
const LAYOUT = 2;
type Indexable = Pick<Document, 'id' | 'title' | 'textHash' | 'pages' | 'turns' | 'headings'>;

/** Folds and numbers the document's words, passage by passage. */
function wordsOf(text: string, passages: Passage[], vocabulary: Map<string, number>): { words: Uint32Array; starts: Uint32Array } {
  let words = new Uint32Array(Math.max(16, text.length >> 2));
  const starts = new Uint32Array(passages.length + 1);
  let count = 0;
  const number = (term: string) => {
    let n = vocabulary.get(term);
    if (n === undefined) vocabulary.set(term, (n = vocabulary.size));
    return n;
  };
  passages.forEach((p, i) => {
    starts[i] = count;
    for (const term of terms(text.slice(p.start, p.end))) {
      if (count === words.length) {
        const grown = new Uint32Array(words.length * 2);
        grown.set(words);
        words = grown;
      }
      words[count++] = number(term);
    }
  });
  starts[passages.length] = count;
  return { words: words.subarray(0, count), starts };
}

/** Builds a document's record: passages, postings with positions for its text, postings for its headings. */
export function buildDocumentRecord(doc: Indexable, text: string): DocumentRecord {
  const passages = passagesOf(doc, text);
  const vocabulary = new Map<string, number>();
  const { words, starts } = wordsOf(text, passages, vocabulary);
  const headingTerms = new Map<string, number[]>();
  const headings = passages.map((p) => {
    if (!p.heading) return [];
    let numbers = headingTerms.get(p.heading);
    if (!numbers) headingTerms.set(p.heading, (numbers = terms(p.heading).map((t) => vocabulary.get(t) ?? vocabulary.set(t, vocabulary.size).size - 1)));
    return numbers;
  });
  for (const t of terms(doc.title)) if (!vocabulary.has(t)) vocabulary.set(t, vocabulary.size);
  const v = vocabulary.size;
  const p = passages.length;

  // Text postings: per term the passages it occurs in (in passage order), per posting its positions.
  const seenIn = new Int32Array(v).fill(-1);
  const postingCount = new Uint32Array(v);
  const textLengths = new Uint32Array(p);
  for (let i = 0; i < p; i += 1) {
    for (let k = starts[i]!; k < starts[i + 1]!; k += 1) {
      const t = words[k]!;
      if (seenIn[t] === i) continue;
      seenIn[t] = i;
      postingCount[t]! += 1;
      textLengths[i]! += 1;
    }
  }
  const textOffsets = new Uint32Array(v + 1);
  for (let t = 0; t < v; t += 1) textOffsets[t + 1] = textOffsets[t]! + postingCount[t]!;
  const postings = textOffsets[v]!;
  const textPassages = new Uint32Array(postings);
  const frequencies = new Uint32Array(postings);
  const slotOf = new Uint32Array(v);
  const cursor = textOffsets.slice(0, v);
  seenIn.fill(-1);
  for (let i = 0; i < p; i += 1) {
    for (let k = starts[i]!; k < starts[i + 1]!; k += 1) {
      const t = words[k]!;
      if (seenIn[t] !== i) {
        seenIn[t] = i;
        slotOf[t] = cursor[t]!;
        cursor[t]! += 1;
        textPassages[slotOf[t]!] = i;
      }
      frequencies[slotOf[t]!]! += 1;
    }
  }
  const positionOffsets = new Uint32Array(postings + 1);
  for (let s = 0; s < postings; s += 1) positionOffsets[s + 1] = positionOffsets[s]! + frequencies[s]!;
  const positions = new Uint16Array(positionOffsets[postings]!);
  const filled = new Uint32Array(postings);
  cursor.set(textOffsets.subarray(0, v));
  seenIn.fill(-1);
  for (let i = 0; i < p; i += 1) {
    for (let k = starts[i]!; k < starts[i + 1]!; k += 1) {
      const t = words[k]!;
      if (seenIn[t] !== i) {
        seenIn[t] = i;
        slotOf[t] = cursor[t]!;
        cursor[t]! += 1;
      }
      const s = slotOf[t]!;
      positions[positionOffsets[s]! + filled[s]!] = k - starts[i]!;
      filled[s]! += 1;
    }
  }

  // Heading postings: per term the passages whose heading has it, with its frequency there.
  const headingCount = new Uint32Array(v);
  const headingLengths = new Uint32Array(p);
  headings.forEach((numbers, i) => {
    const unique = new Set(numbers);
    headingLengths[i] = unique.size;
    for (const t of unique) headingCount[t]! += 1;
  });
  const headingOffsets = new Uint32Array(v + 1);
  for (let t = 0; t < v; t += 1) headingOffsets[t + 1] = headingOffsets[t]! + headingCount[t]!;
  const headingPassages = new Uint32Array(headingOffsets[v]!);
  const headingFrequencies = new Uint32Array(headingOffsets[v]!);
  const headingCursor = headingOffsets.slice(0, v);
  headings.forEach((numbers, i) => {
    const counts = new Map<number, number>();
    for (const t of numbers) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      const s = headingCursor[t]!;
      headingCursor[t]! += 1;
      headingPassages[s] = i;
      headingFrequencies[s] = tf;
    }
  });

  const { columns, labels } = passageColumns(passages);
  const sections: Uint32Array[] = [textOffsets, textPassages, positionOffsets, headingOffsets, headingPassages, headingFrequencies, textLengths, headingLengths];
  sections.push(columns.starts, columns.ends, columns.pages, columns.speakers, columns.headings);
  const wide = sections.reduce((n, a) => n + a.length, HEADER + 2 * p);
  const bytes = new Uint8Array(wide * 4 + positions.length * 2);
  const out = new Uint32Array(bytes.buffer, 0, wide);
  out.set([LAYOUT, v, p, postings, headingPassages.length, positions.length]);
  new Float64Array(bytes.buffer, HEADER * 4, p).set(columns.times);
  let at = HEADER + 2 * p;
  for (const section of sections) {
    out.set(section, at);
    at += section.length;
  }
  new Uint16Array(bytes.buffer, wide * 4, positions.length).set(positions);
  return { documentId: doc.id, textHash: doc.textHash, title: doc.title, terms: [...vocabulary.keys()].join(' '), labels, postings: bytes };
}

/** How many of the sorted numbers in [from, to) are below `value`. */
function countBefore(sorted: Uint32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low - from;
}

/** A document's postings, read in place from its record. */
export class DocumentIndex {
  readonly documentId: string;
  readonly textHash: string;
  readonly title: string;
  readonly passageCount: number;
  readonly textOffsets: Uint32Array;
  readonly textPassages: Uint32Array;
  readonly positionOffsets: Uint32Array;
  readonly headingOffsets: Uint32Array;
  readonly headingPassages: Uint32Array;
  readonly headingFrequencies: Uint32Array;
  readonly textLengths: Uint32Array;
  readonly headingLengths: Uint32Array;
  readonly positions: Uint16Array;
  private readonly columns: PassageColumns;
  /** Folded title terms with their counts, and the number of distinct ones (the title field's length). */
  readonly titleFrequencies = new Map<string, number>();
  readonly titleLength: number;
  /** Where the index's passage space has put the document: its slot, and the number of its first passage. */
  slot = -1;
  base = -1;
  private labels: Labels | null = null;

  /** Throws when the record is damaged (the caller then indexes the document again). */
  constructor(readonly record: DocumentRecord) {
    let bytes = record.postings;
    if (!(bytes instanceof Uint8Array) || bytes.byteLength < HEADER * 4) throw new Error('damaged search record');
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const [format, v, p, postings, headingPostings, positionCount] = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
    const wide = HEADER + 2 * p! + (v! + 1) + postings! + (postings! + 1) + (v! + 1) + 2 * headingPostings! + 7 * p!;
    if (format !== LAYOUT || bytes.byteLength !== wide * 4 + positionCount! * 2) throw new Error('damaged search record');
    const times = new Float64Array(bytes.buffer, bytes.byteOffset + HEADER * 4, p!);
    let at = bytes.byteOffset + (HEADER + 2 * p!) * 4;
    const take = (length: number) => {
      const view = new Uint32Array(bytes.buffer, at, length);
      at += length * 4;
      return view;
    };
    this.textOffsets = take(v! + 1);
    this.textPassages = take(postings!);
    this.positionOffsets = take(postings! + 1);
    this.headingOffsets = take(v! + 1);
    this.headingPassages = take(headingPostings!);
    this.headingFrequencies = take(headingPostings!);
    this.textLengths = take(p!);
    this.headingLengths = take(p!);
    this.columns = { starts: take(p!), ends: take(p!), pages: take(p!), speakers: take(p!), headings: take(p!), times };
    this.positions = new Uint16Array(bytes.buffer, at, positionCount!);
    this.documentId = record.documentId;
    this.textHash = record.textHash;
    this.title = record.title;
    this.passageCount = p!;
    for (const t of terms(record.title)) this.titleFrequencies.set(t, (this.titleFrequencies.get(t) ?? 0) + 1);
    this.titleLength = this.titleFrequencies.size;
  }

  /** The document's terms in number order. */
  termList(): string[] {
    return this.record.terms === '' ? [] : this.record.terms.split(' ');
  }

  /** All the passages, read from the record (each call makes them anew). */
  get passages(): Passage[] {
    return passagesFromColumns(this.documentId, this.columns, this.record.labels);
  }

  /** Passage `n`, read from the record's columns: nothing is kept, so a query leaves no garbage behind. */
  passage(n: number): Passage | undefined {
    this.labels ??= parseLabels(this.record.labels);
    return passageFromColumns(this.documentId, this.columns, this.labels, n);
  }

  /** The heading posting slot of term number `t` in passage `p`, or -1. */
  headingSlot(t: number, p: number): number {
    const from = this.headingOffsets[t]!;
    const to = this.headingOffsets[t + 1]!;
    if (from === to) return -1;
    const slot = from + countBefore(this.headingPassages, from, to, p);
    return slot < to && this.headingPassages[slot] === p ? slot : -1;
  }

  /** The text posting slot of term number `t` in passage `p`, or -1. */
  textSlot(t: number, p: number): number {
    const from = this.textOffsets[t]!;
    const to = this.textOffsets[t + 1]!;
    const slot = from + countBefore(this.textPassages, from, to, p);
    return slot < to && this.textPassages[slot] === p ? slot : -1;
  }
}
