// One numbering of every indexed passage (a document owns a run of numbers), so a query's matches live in flat, reused arrays.
import type { DocumentIndex } from './document-index';
import { PassageSet } from './matches';

/** Below this many numbers, holes left by removed documents are not worth closing. */
const COMPACT_AFTER = 4096;

export class PassageSpace {
  /** Indexed documents by slot; a removed document leaves its slot empty until it is reused. */
  readonly documents: (DocumentIndex | undefined)[] = [];
  /** Passage numbers handed out so far: every set is this long. */
  capacity = 0;
  /** The slot of the document owning each passage number, -1 where a removed document was. */
  private owners = new Int32Array(1024).fill(-1);
  private live = 0;
  private readonly freeSlots: number[] = [];
  /** Sets given back after a query, cleared, for the next one. */
  private pool: PassageSet[] = [];

  /** Gives the document its slot and its run of passage numbers. */
  add(doc: DocumentIndex): void {
    doc.slot = this.freeSlots.pop() ?? this.documents.length;
    this.documents[doc.slot] = doc;
    this.place(doc);
    this.live += doc.passageCount;
  }

  remove(doc: DocumentIndex): void {
    if (doc.slot < 0 || this.documents[doc.slot] !== doc) return;
    this.owners.fill(-1, doc.base, doc.base + doc.passageCount);
    this.documents[doc.slot] = undefined;
    this.freeSlots.push(doc.slot);
    this.live -= doc.passageCount;
    doc.slot = -1;
    doc.base = -1;
    if (this.capacity > COMPACT_AFTER && this.live < this.capacity / 2) this.compact();
  }

  /** The document that owns passage number `n`. */
  owner(n: number): DocumentIndex {
    return this.documents[this.owners[n]!]!;
  }

  slotOf(n: number): number {
    return this.owners[n]!;
  }

  /** An empty set as long as the space; give it back with `release` when the query is answered. */
  acquire(): PassageSet {
    return this.pool.pop() ?? new PassageSet(this.capacity);
  }

  release(...sets: PassageSet[]): void {
    for (const set of sets) {
      if (set.capacity !== this.capacity || this.pool.includes(set)) continue;
      set.clear();
      this.pool.push(set);
    }
  }

  /** Every passage of every document, unscored, matched by its text. */
  everything(): PassageSet {
    const all = this.acquire();
    for (const doc of this.documents) {
      if (!doc) continue;
      for (let p = 0; p < doc.passageCount; p += 1) all.add(doc.base + p, 0, true);
    }
    return all;
  }

  private place(doc: DocumentIndex): void {
    doc.base = this.capacity;
    this.capacity += doc.passageCount;
    if (this.capacity > this.owners.length) {
      const grown = new Int32Array(Math.max(this.capacity, this.owners.length * 2)).fill(-1);
      grown.set(this.owners);
      this.owners = grown;
    }
    this.owners.fill(doc.slot, doc.base, this.capacity);
    this.pool = [];
  }

  /** Numbers the live documents again without holes (no set is held across this: queries run synchronously). */
  private compact(): void {
    this.capacity = 0;
    this.owners.fill(-1);
    for (const doc of this.documents) if (doc) this.place(doc);
  }
}
