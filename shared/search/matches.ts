// The passages matching (part of) a query, by passage number, with their scores; AND, OR and NOT over them.

const MATCHED = 1;
/** Matched by the passage's text or heading, not only by its document's title. */
const IN_TEXT = 2;
/** The number is in `list` (it may have been removed since). */
const LISTED = 4;

/**
 * A set of passages over the whole index, in flat arrays as long as the passage space: adding, testing and
 * scoring a passage is an array access, and a set is cleared and reused by the next query instead of collected.
 */
export class PassageSet {
  readonly flags: Uint8Array;
  /** The passage's score, where it is matched. */
  readonly score: Float64Array;
  private list: Int32Array;
  private listed = 0;
  size = 0;

  constructor(readonly capacity: number) {
    this.flags = new Uint8Array(capacity);
    this.score = new Float64Array(capacity);
    this.list = new Int32Array(Math.min(capacity, 1024));
  }

  has(n: number): boolean {
    return (this.flags[n]! & MATCHED) !== 0;
  }

  inText(n: number): boolean {
    return (this.flags[n]! & IN_TEXT) !== 0;
  }

  /** Adds `score` to passage `n`, matching it if it was not. */
  add(n: number, score: number, inText: boolean): void {
    const flags = this.flags[n]!;
    if ((flags & MATCHED) !== 0) {
      this.score[n] = this.score[n]! + score;
      if (inText) this.flags[n] = flags | IN_TEXT;
      return;
    }
    if ((flags & LISTED) === 0) {
      if (this.listed === this.list.length) {
        const grown = new Int32Array(Math.min(this.capacity, this.list.length * 2));
        grown.set(this.list);
        this.list = grown;
      }
      this.list[this.listed++] = n;
    }
    this.flags[n] = MATCHED | LISTED | (inText ? IN_TEXT : 0);
    this.score[n] = score;
    this.size += 1;
  }

  remove(n: number): void {
    const flags = this.flags[n]!;
    if ((flags & MATCHED) === 0) return;
    this.flags[n] = LISTED;
    this.size -= 1;
  }

  /** The matched passage numbers, in the order they were first matched (valid until the set changes). */
  members(): Int32Array {
    if (this.listed !== this.size) {
      let kept = 0;
      for (let i = 0; i < this.listed; i += 1) {
        const n = this.list[i]!;
        if ((this.flags[n]! & MATCHED) !== 0) this.list[kept++] = n;
        else this.flags[n] = 0;
      }
      this.listed = kept;
    }
    return this.list.subarray(0, this.listed);
  }

  clear(): void {
    for (let i = 0; i < this.listed; i += 1) this.flags[this.list[i]!] = 0;
    this.listed = 0;
    this.size = 0;
  }
}

/** Passages in both, their scores added. Changes and returns `a`. */
export function intersect(a: PassageSet, b: PassageSet): PassageSet {
  for (const n of a.members()) {
    if (!b.has(n)) a.remove(n);
    else a.add(n, b.score[n]!, b.inText(n));
  }
  return a;
}

/** Passages in either; those in both get their scores added. Changes and returns `a`. */
export function unite(a: PassageSet, b: PassageSet): PassageSet {
  for (const n of b.members()) a.add(n, b.score[n]!, b.inText(n));
  return a;
}

/** Passages of `a` not in `b`. Changes and returns `a`. */
export function exclude(a: PassageSet, b: PassageSet): PassageSet {
  for (const n of b.members()) a.remove(n);
  return a;
}
