// Evaluates a query tree over the shards: MiniSearch for words, stored text for phrases, predicates for filters.
import type { SearchCatalog } from './catalog';
import { compileFilter } from './filters';
import { forEachWord, terms } from './normalise';
import type { Passage } from './passages';
import type { QueryNode } from './query';
import type { SearchIndex } from './search-index';

export type Range = [start: number, end: number];

/** How one passage satisfies the query so far. */
export interface Match {
  score: number;
  /** Folded index terms to highlight wherever they occur in the passage. */
  terms: string[];
  /** Exact places (phrases), UTF-16 offsets in the document. */
  ranges: Range[];
  /** Only the document title matched, not the passage text or its heading. */
  titleOnly: boolean;
}

export type Matches = Map<string, Match>;

export interface Evaluation {
  index: SearchIndex;
  catalog: SearchCatalog;
  warnings: string[];
}

function universe(index: SearchIndex): Matches {
  const all: Matches = new Map();
  for (const entry of index.documents.values()) {
    for (const p of entry.passages) all.set(p.id, { score: 0, terms: [], ranges: [], titleOnly: false });
  }
  return all;
}

function titleOnly(match: Record<string, string[]>): boolean {
  for (const term in match) {
    const fields = match[term]!;
    if (fields.length !== 1 || fields[0] !== 'title') return false;
  }
  return true;
}

function searchWord(index: SearchIndex, word: string, prefix: boolean, fuzzy: number): Matches {
  const found: Matches = new Map();
  const options = { prefix, fuzzy: fuzzy > 0 ? fuzzy : false, maxFuzzy: Math.max(fuzzy, 1) };
  for (const shard of index.shards.values()) {
    for (const r of shard.index.search(word, options)) {
      found.set(r.id as string, { score: r.score, terms: r.terms, ranges: [], titleOnly: titleOnly(r.match) });
    }
  }
  return found;
}

/** Where `wanted` occurs as consecutive words in `text` (offsets shifted by `base`). */
export function phraseRanges(text: string, wanted: string[], base = 0): Range[] {
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

async function searchPhrase(ev: Evaluation, text: string): Promise<Matches> {
  const wanted = terms(text);
  const found: Matches = new Map();
  if (wanted.length === 0) return found;
  const query = wanted.join(' ');
  const byDocument = new Map<string, { id: string; score: number }[]>();
  for (const shard of ev.index.shards.values()) {
    for (const r of shard.index.search(query, { combineWith: 'AND' })) {
      const id = r.id as string;
      const documentId = id.slice(0, id.lastIndexOf(':'));
      const list = byDocument.get(documentId) ?? [];
      list.push({ id, score: r.score });
      byDocument.set(documentId, list);
    }
  }
  for (const [documentId, candidates] of byDocument) {
    const documentText = await ev.index.text(documentId);
    const inTitle = phraseRanges(ev.catalog.documents.get(documentId)?.title ?? '', wanted).length > 0;
    for (const candidate of candidates) {
      const passage = ev.index.passage(candidate.id);
      if (!passage) continue;
      const ranges = phraseRanges(documentText.slice(passage.start, passage.end), wanted, passage.start);
      if (ranges.length > 0) found.set(passage.id, { score: candidate.score, terms: [], ranges, titleOnly: false });
      else if (inTitle) found.set(passage.id, { score: candidate.score, terms: [], ranges: [], titleOnly: true });
    }
  }
  return found;
}

/** Both matches together, as a new object: leaf matches may share arrays with MiniSearch results. */
function merge(a: Match, b: Match): Match {
  return { score: a.score + b.score, terms: [...a.terms, ...b.terms], ranges: [...a.ranges, ...b.ranges], titleOnly: a.titleOnly && b.titleOnly };
}

function filterMatches(ev: Evaluation, matches: Matches, node: Extract<QueryNode, { type: 'filter' }>): Matches {
  const filter = compileFilter(ev.catalog, node.field, node.value);
  if (filter.warning && !ev.warnings.includes(filter.warning)) ev.warnings.push(filter.warning);
  for (const id of matches.keys()) {
    const passage = ev.index.passage(id);
    if (!passage || !filter.test(passage)) matches.delete(id);
  }
  return matches;
}

async function evaluateAnd(ev: Evaluation, children: QueryNode[]): Promise<Matches> {
  const positives = children.filter((c) => c.type !== 'not' && c.type !== 'filter');
  let acc: Matches | undefined;
  for (const child of positives) {
    const next = await evaluate(ev, child);
    if (!acc) acc = next;
    else {
      const both: Matches = new Map();
      for (const [id, match] of acc) {
        const other = next.get(id);
        if (other) both.set(id, merge(match, other));
      }
      acc = both;
    }
    if (acc.size === 0) return acc;
  }
  acc ??= universe(ev.index);
  for (const child of children) {
    if (child.type === 'filter') acc = filterMatches(ev, acc, child);
  }
  for (const child of children) {
    if (child.type !== 'not' || acc.size === 0) continue;
    const excluded = await evaluate(ev, child.child);
    for (const id of excluded.keys()) acc.delete(id);
  }
  return acc;
}

/** The passages matching `node`, with their scores and what to highlight. */
export async function evaluate(ev: Evaluation, node: QueryNode): Promise<Matches> {
  switch (node.type) {
    case 'term': {
      const words = terms(node.text);
      if (words.length === 0) return new Map();
      if (words.length > 1) return searchPhrase(ev, node.text);
      return searchWord(ev.index, words[0]!, node.prefix, node.fuzzy);
    }
    case 'phrase':
      return searchPhrase(ev, node.text);
    case 'filter':
      return filterMatches(ev, universe(ev.index), node);
    case 'and':
      return evaluateAnd(ev, node.children);
    case 'not':
      return evaluateAnd(ev, [node]);
    case 'or': {
      const union: Matches = new Map();
      for (const child of node.children) {
        for (const [id, match] of await evaluate(ev, child)) {
          const existing = union.get(id);
          union.set(id, existing ? merge(existing, match) : match);
        }
      }
      return union;
    }
  }
}

export type { Passage };
