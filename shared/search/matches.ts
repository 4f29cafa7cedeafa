// Which passages of a document match (part of) a query, with scores and what to highlight; AND, OR and NOT over them.
import type { DocumentIndex } from './document-index';

/** How one document's passages satisfy the query so far, indexed by passage number. */
export class DocumentMatches {
  // Plain arrays rather than typed ones: many small ones are made per query, and these are cheaper to make and collect.
  readonly score: number[];
  /** 1 when the passage matches. */
  readonly matched: number[];
  /** 1 when the passage matched by its text or heading, 0 when only by the document title. */
  readonly inText: number[];
  /** Folded index terms to highlight wherever they occur in the passage (arrays are shared, never changed). */
  readonly terms: (readonly string[] | undefined)[];
  /** Phrases (folded words) to highlight where they occur in the passage. */
  readonly phrases: (readonly (readonly string[])[] | undefined)[];
  size = 0;

  constructor(readonly doc: DocumentIndex) {
    const n = doc.passageCount;
    this.score = new Array<number>(n).fill(0);
    this.matched = new Array<number>(n).fill(0);
    this.inText = new Array<number>(n).fill(0);
    this.terms = new Array<undefined>(n);
    this.phrases = new Array<undefined>(n);
  }

  /** Adds a score for `p`, found by `term` (a one-term array) in the text or heading (`inText`) or in the title. */
  add(p: number, score: number, term: readonly string[], inText: boolean): void {
    if (this.matched[p] === 0) {
      this.matched[p] = 1;
      this.size += 1;
      this.score[p] = score;
      this.terms[p] = term;
      this.inText[p] = inText ? 1 : 0;
      return;
    }
    this.score[p] = this.score[p]! + score;
    const terms = this.terms[p]!;
    if (!terms.includes(term[0]!)) this.terms[p] = [...terms, term[0]!];
    if (inText) this.inText[p] = 1;
  }

  /** Sets `p` as matched with what `from` has there. */
  copy(p: number, from: DocumentMatches): void {
    if (this.matched[p] === 0) this.size += 1;
    this.matched[p] = 1;
    this.score[p] = from.score[p]!;
    this.inText[p] = from.inText[p]!;
    this.terms[p] = from.terms[p];
    this.phrases[p] = from.phrases[p];
  }

  /** Adds what `from` has at `p` to this passage's match: both together. */
  merge(p: number, from: DocumentMatches): void {
    this.score[p] = this.score[p]! + from.score[p]!;
    this.terms[p] = join(this.terms[p], from.terms[p]);
    this.phrases[p] = join(this.phrases[p], from.phrases[p]);
    if (from.inText[p] === 1) this.inText[p] = 1;
  }

  remove(p: number): void {
    if (this.matched[p] === 0) return;
    this.matched[p] = 0;
    this.size -= 1;
  }
}

function join<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): readonly T[] | undefined {
  if (!a || a.length === 0) return b;
  if (!b || b.length === 0) return a;
  return [...a, ...b];
}

/** Matching documents by id. */
export type Matches = Map<string, DocumentMatches>;

/** Passages in both, their scores added. Changes and returns `a`. */
export function intersect(a: Matches, b: Matches): Matches {
  for (const [id, left] of a) {
    const right = b.get(id);
    if (!right) {
      a.delete(id);
      continue;
    }
    for (let p = 0; p < left.matched.length; p += 1) {
      if (left.matched[p] === 0) continue;
      if (right.matched[p] === 0) left.remove(p);
      else left.merge(p, right);
    }
    if (left.size === 0) a.delete(id);
  }
  return a;
}

/** Passages in either; those in both get their scores added. Changes and returns `a`. */
export function unite(a: Matches, b: Matches): Matches {
  for (const [id, right] of b) {
    const left = a.get(id);
    if (!left) {
      a.set(id, right);
      continue;
    }
    for (let p = 0; p < right.matched.length; p += 1) {
      if (right.matched[p] === 0) continue;
      if (left.matched[p] === 0) left.copy(p, right);
      else left.merge(p, right);
    }
  }
  return a;
}

/** Passages of `a` not in `b`. Changes and returns `a`. */
export function exclude(a: Matches, b: Matches): Matches {
  for (const [id, right] of b) {
    const left = a.get(id);
    if (!left) continue;
    for (let p = 0; p < right.matched.length; p += 1) if (right.matched[p] === 1) left.remove(p);
    if (left.size === 0) a.delete(id);
  }
  return a;
}

/** Every passage of every document, unscored. */
export function everything(documents: Iterable<DocumentIndex>): Matches {
  const all: Matches = new Map();
  for (const doc of documents) {
    const m = new DocumentMatches(doc);
    m.matched.fill(1);
    m.inText.fill(1);
    m.size = doc.passageCount;
    if (m.size > 0) all.set(doc.documentId, m);
  }
  return all;
}
