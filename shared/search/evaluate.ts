// Evaluates a query tree over the index: postings for words and phrases, predicates for filters, AND/OR/NOT over the matches.
import type { SearchCatalog } from './catalog';
import { compileFilter } from './filters';
import { everything, exclude, intersect, unite, type Matches } from './matches';
import { forEachWord, terms } from './normalise';
import type { QueryNode } from './query';
import { phraseMatches, wordMatches } from './score';
import type { SearchIndex } from './search-index';

export type Range = [start: number, end: number];
export type { Matches };

/** How one passage satisfies the query: what `runSearch` reads for the hits it shows. */
export interface Match {
  score: number;
  /** Folded index terms to highlight wherever they occur in the passage. */
  terms: readonly string[];
  /** Phrases (folded words) to highlight where they stand together in the passage. */
  phrases: readonly (readonly string[])[];
  /** Only the document title matched, not the passage text or its heading. */
  titleOnly: boolean;
}

export interface Evaluation {
  index: SearchIndex;
  catalog: SearchCatalog;
  warnings: string[];
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

function searchPhrase(ev: Evaluation, text: string): Matches {
  const wanted = terms(text);
  if (wanted.length === 0) return new Map();
  return phraseMatches(ev.index.vocabulary, wanted, (doc) => phraseRanges(ev.catalog.documents.get(doc.documentId)?.title ?? '', wanted).length > 0);
}

function filterMatches(ev: Evaluation, matches: Matches, node: Extract<QueryNode, { type: 'filter' }>): Matches {
  const filter = compileFilter(ev.catalog, node.field, node.value);
  if (filter.warning && !ev.warnings.includes(filter.warning)) ev.warnings.push(filter.warning);
  for (const [id, m] of matches) {
    const whole = filter.document?.(id);
    if (whole === false) matches.delete(id);
    if (whole !== undefined) continue;
    for (let p = 0; p < m.matched.length; p += 1) {
      if (m.matched[p] === 0) continue;
      const passage = m.doc.passage(p);
      if (!passage || !filter.test(passage)) m.remove(p);
    }
    if (m.size === 0) matches.delete(id);
  }
  return matches;
}

function evaluateTerm(ev: Evaluation, node: Extract<QueryNode, { type: 'term' }>, within?: Matches): Matches {
  const words = terms(node.text);
  if (words.length === 0) return new Map();
  if (words.length > 1) return searchPhrase(ev, node.text);
  return wordMatches(ev.index.vocabulary, ev.index.vocabulary.derive(words[0]!, node.prefix, node.fuzzy), within);
}

async function evaluateAnd(ev: Evaluation, children: QueryNode[]): Promise<Matches> {
  const positives = children.filter((c) => c.type !== 'not' && c.type !== 'filter');
  let acc: Matches | undefined;
  for (const child of positives) {
    // A word after the first is scored only where the words before matched: the intersection is the same.
    const next = acc && child.type === 'term' ? evaluateTerm(ev, child, acc) : await evaluate(ev, child);
    acc = acc ? intersect(acc, next) : next;
    if (acc.size === 0) return acc;
  }
  acc ??= everything(ev.index.documents.values());
  for (const child of children) {
    if (child.type === 'filter') acc = filterMatches(ev, acc, child);
  }
  for (const child of children) {
    if (child.type !== 'not' || acc.size === 0) continue;
    acc = exclude(acc, await evaluate(ev, child.child));
  }
  return acc;
}

/** The passages matching `node`, by document, with their scores and what to highlight. */
export async function evaluate(ev: Evaluation, node: QueryNode): Promise<Matches> {
  switch (node.type) {
    case 'term':
      return evaluateTerm(ev, node);
    case 'phrase':
      return searchPhrase(ev, node.text);
    case 'filter':
      return filterMatches(ev, everything(ev.index.documents.values()), node);
    case 'and':
      return evaluateAnd(ev, node.children);
    case 'not':
      return evaluateAnd(ev, [node]);
    case 'or': {
      let union: Matches = new Map();
      for (const child of node.children) union = unite(union, await evaluate(ev, child));
      return union;
    }
  }
}
