// Every indexed term with the documents that have it and its document frequencies; field lengths for scoring; prefix and fuzzy expansion.
import SearchableMap from 'minisearch/SearchableMap';
import type { DocumentIndex } from './document-index';
import { PassageSpace } from './passage-space';

/** One term across the index. */
export interface TermEntry {
  documents: DocumentIndex[];
  /** The term's number inside each of `documents`. */
  numbers: number[];
  /** Passages that have the term in their text, their heading, their document's title. */
  textPassages: number;
  headingPassages: number;
  titlePassages: number;
}

/** An index term a query word stands for, with the weight MiniSearch gives it (exact 1, prefix and fuzzy less). */
export interface DerivedTerm {
  term: string;
  weight: number;
}

/** MiniSearch's defaults, so scores stay those of one MiniSearch index over the same passages. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export class Vocabulary {
  readonly terms = new Map<string, TermEntry>();
  /** Passages in the index, and the summed lengths (distinct terms per passage) of each field. */
  passages = 0;
  textLength = 0;
  headingLength = 0;
  titleLength = 0;
  /** Every passage's number, for the sets a query builds. */
  readonly space = new PassageSpace();
  /** A radix tree of the terms for prefix and fuzzy queries, built at the first such query. */
  private tree: SearchableMap<true> | null = null;

  add(doc: DocumentIndex): void {
    doc.termList().forEach((term, n) => {
      let entry = this.terms.get(term);
      if (!entry) {
        this.terms.set(term, (entry = { documents: [], numbers: [], textPassages: 0, headingPassages: 0, titlePassages: 0 }));
        this.tree?.set(term, true);
      }
      entry.documents.push(doc);
      entry.numbers.push(n);
      entry.textPassages += doc.textOffsets[n + 1]! - doc.textOffsets[n]!;
      entry.headingPassages += doc.headingOffsets[n + 1]! - doc.headingOffsets[n]!;
      if (doc.titleFrequencies.has(term)) entry.titlePassages += doc.passageCount;
    });
    this.count(doc, 1);
    this.space.add(doc);
  }

  remove(doc: DocumentIndex): void {
    doc.termList().forEach((term, n) => {
      const entry = this.terms.get(term);
      const at = entry ? entry.documents.indexOf(doc) : -1;
      if (!entry || at < 0) return;
      entry.documents.splice(at, 1);
      entry.numbers.splice(at, 1);
      entry.textPassages -= doc.textOffsets[n + 1]! - doc.textOffsets[n]!;
      entry.headingPassages -= doc.headingOffsets[n + 1]! - doc.headingOffsets[n]!;
      if (doc.titleFrequencies.has(term)) entry.titlePassages -= doc.passageCount;
      if (entry.documents.length === 0) {
        this.terms.delete(term);
        this.tree?.delete(term);
      }
    });
    this.count(doc, -1);
    this.space.remove(doc);
  }

  /**
   * The terms `word` stands for, as MiniSearch derives them: the word itself, then longer terms it
   * prefixes (`prefix`), then terms within `fuzzy` edits (a fraction means a share of the word's length).
   */
  derive(word: string, prefix: boolean, fuzzy: number): DerivedTerm[] {
    const derived: DerivedTerm[] = [{ term: word, weight: 1 }];
    if (!prefix && fuzzy <= 0) return derived;
    const tree = this.radix();
    const maxDistance = fuzzy <= 0 ? 0 : fuzzy < 1 ? Math.min(Math.max(fuzzy, 1), Math.round(word.length * fuzzy)) : fuzzy;
    const fuzzyMatches = maxDistance > 0 ? tree.fuzzyGet(word, maxDistance) : undefined;
    if (prefix) {
      for (const term of tree.atPrefix(word).keys()) {
        const distance = term.length - word.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        derived.push({ term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
      }
    }
    if (fuzzyMatches) {
      for (const [term, [, distance]] of fuzzyMatches) {
        if (!distance) continue;
        derived.push({ term, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
      }
    }
    return derived;
  }

  private radix(): SearchableMap<true> {
    if (!this.tree) {
      this.tree = new SearchableMap<true>();
      for (const term of this.terms.keys()) this.tree.set(term, true);
    }
    return this.tree;
  }

  private count(doc: DocumentIndex, sign: 1 | -1): void {
    let text = 0;
    let heading = 0;
    for (let p = 0; p < doc.passageCount; p += 1) {
      text += doc.textLengths[p]!;
      heading += doc.headingLengths[p]!;
    }
    this.passages += sign * doc.passageCount;
    this.textLength += sign * text;
    this.headingLength += sign * heading;
    this.titleLength += sign * doc.titleLength * doc.passageCount;
  }
}
