// Evaluates a query tree over the index: postings for words and phrases, predicates for filters, AND/OR/NOT over the matches.
import type { SearchCatalog } from './catalog';
import { compileFilter } from './filters';
import { exclude, intersect, unite, type PassageSet } from './matches';
import { forEachWord, terms } from './normalise';
import type { QueryNode } from './query';
import { phraseMatches, wordMatches } from './score';
import type { SearchIndex } from './search-index';

export type Range = [start: number, end: number];

/** What the query looks for, to highlight in the passages it matched. */
export interface Wanted {
  /** Folded index terms (with their prefix and fuzzy forms) to highlight wherever they occur in a passage. */
  terms: Set<string>;
  /** Phrases (folded words) to highlight where they stand together in a passage. */
  phrases: (readonly string[])[];
}

export interface Evaluation {
  index: SearchIndex;
  catalog: SearchCatalog;
  warnings: string[];
  /** Filled with the words and phrases of the query that are not negated. */
  wanted: Wanted;
}

/** Where `wanted` occurs as consecutive words in `text` (offsets shifted by `base`). */
export function phraseRanges(text: string, wanted: readonly string[], base = 0): Range[] {
  const n = wanted.length;
  const ranges: Range[] = [];
  if (n === 0) return ranges;
  // The last n words seen, in a ring: compared with the phrase at every word.
  const words: string[] = new Array<string>(n).fill('');
  const starts: number[] = new Array<number>(n).fill(0);
  let seen = 0;
  forEachWord(text, (term, start, end) => {
    words[seen % n] = term;
    starts[seen % n] = start;
    seen += 1;
    if (seen < n || term !== wanted[n - 1]) return;
    for (let k = 0; k < n - 1; k += 1) if (words[(seen + k) % n] !== wanted[k]) return;
    ranges.push([base + starts[seen % n]!, base + end]);
  });
  return ranges;
}

function searchPhrase(ev: Evaluation, text: string, negated: boolean): PassageSet {
  const wanted = terms(text);
  if (wanted.length > 0 && !negated) ev.wanted.phrases.push(wanted);
  if (wanted.length === 0) return ev.index.vocabulary.space.acquire();
  return phraseMatches(ev.index.vocabulary, wanted, (doc) => phraseRanges(ev.catalog.documents.get(doc.documentId)?.title ?? '', wanted).length > 0);
}

/** Drops the passages the filter refuses: whole documents at once where it answers for all their passages. */
function filterMatches(ev: Evaluation, matches: PassageSet, node: Extract<QueryNode, { type: 'filter' }>): PassageSet {
  const filter = compileFilter(ev.catalog, node.field, node.value);
  if (filter.warning && !ev.warnings.includes(filter.warning)) ev.warnings.push(filter.warning);
  const space = ev.index.vocabulary.space;
  // Per document slot: 0 not asked yet, 1 keep all, 2 drop all, 3 ask each passage.
  const answer = new Uint8Array(space.documents.length);
  for (const n of matches.members()) {
    const slot = space.slotOf(n);
    const doc = space.documents[slot]!;
    if (answer[slot] === 0) {
      const whole = filter.document?.(doc.documentId);
      answer[slot] = whole === undefined ? 3 : whole ? 1 : 2;
    }
    if (answer[slot] === 1) continue;
    if (answer[slot] === 2) {
      matches.remove(n);
      continue;
    }
    const passage = doc.passage(n - doc.base);
    if (!passage || !filter.test(passage)) matches.remove(n);
  }
  return matches;
}

function evaluateTerm(ev: Evaluation, node: Extract<QueryNode, { type: 'term' }>, negated: boolean, within?: PassageSet): PassageSet {
  const words = terms(node.text);
  const vocabulary = ev.index.vocabulary;
  if (words.length === 0) return vocabulary.space.acquire();
  if (words.length > 1) return searchPhrase(ev, node.text, negated);
  const derived = vocabulary.derive(words[0]!, node.prefix, node.fuzzy);
  if (!negated) for (const { term } of derived) ev.wanted.terms.add(term);
  return wordMatches(vocabulary, derived, within);
}

function evaluateAnd(ev: Evaluation, children: QueryNode[], negated: boolean): PassageSet {
  const space = ev.index.vocabulary.space;
  const positives = children.filter((c) => c.type !== 'not' && c.type !== 'filter');
  let acc: PassageSet | undefined;
  for (const child of positives) {
    // A word after the first is scored only where the words before matched: the intersection is the same.
    const next = acc && child.type === 'term' ? evaluateTerm(ev, child, negated, acc) : evaluate(ev, child, negated);
    if (acc) {
      intersect(acc, next);
      space.release(next);
    } else acc = next;
    if (acc.size === 0) return acc;
  }
  acc ??= space.everything();
  for (const child of children) {
    if (child.type === 'filter') acc = filterMatches(ev, acc, child);
  }
  for (const child of children) {
    if (child.type !== 'not' || acc.size === 0) continue;
    const excluded = evaluate(ev, child.child, !negated);
    exclude(acc, excluded);
    space.release(excluded);
  }
  return acc;
}

/**
 * The passages matching `node`, with their scores; the caller gives the set back to the index's passage space
 * (`release`) once it has read it. `negated` is set under a NOT: its words are not highlighted.
 */
export function evaluate(ev: Evaluation, node: QueryNode, negated = false): PassageSet {
  switch (node.type) {
    case 'term':
      return evaluateTerm(ev, node, negated);
    case 'phrase':
      return searchPhrase(ev, node.text, negated);
    case 'filter':
      return filterMatches(ev, ev.index.vocabulary.space.everything(), node);
    case 'and':
      return evaluateAnd(ev, node.children, negated);
    case 'not':
      return evaluateAnd(ev, [node], negated);
    case 'or': {
      const space = ev.index.vocabulary.space;
      const union = space.acquire();
      for (const child of node.children) {
        const next = evaluate(ev, child, negated);
        unite(union, next);
        space.release(next);
      }
      return union;
    }
  }
}
