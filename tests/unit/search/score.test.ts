// Scores are those of one MiniSearch index over the same passages (BM25+, field boosts, prefix and fuzzy weights).
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_BOOSTS, phraseMatches, terms, wordMatches, type PassageSet } from '../../../shared/search';
import { sampleSearch } from './fixture';

let env: Awaited<ReturnType<typeof sampleSearch>>;
let mini: MiniSearch;

beforeAll(async () => {
  env = await sampleSearch();
  mini = new MiniSearch({
    fields: ['text', 'title', 'heading'],
    storeFields: [],
    tokenize: terms,
    processTerm: (t) => t,
    searchOptions: { tokenize: terms, processTerm: (t) => t, boost: { ...FIELD_BOOSTS } },
  });
  for (const doc of env.index.documents.values()) {
    const text = await env.index.text(doc.documentId);
    mini.addAll(doc.passages.map((p) => ({ id: p.id, text: text.slice(p.start, p.end), title: doc.title, heading: p.heading ?? '' })));
  }
});

function scores(matches: PassageSet): Map<string, number> {
  const space = env.index.vocabulary.space;
  const out = new Map<string, number>();
  for (const n of matches.members()) {
    const doc = space.owner(n);
    out.set(`${doc.documentId}:${n - doc.base}`, matches.score[n]!);
  }
  return out;
}

function expectSame(ours: Map<string, number>, theirs: { id: string; score: number }[]) {
  expect([...ours.keys()].sort()).toEqual(theirs.map((r) => r.id).sort());
  for (const r of theirs) expect(ours.get(r.id)).toBeCloseTo(r.score, 9);
}

describe('scoring', () => {
  it.each([
    ['housing', false, 0],
    ['families', false, 0],
    ['integr', true, 0],
    ['housng', false, 1],
    ['integraton', true, 2],
    ['rozhovor', false, 0],
  ])('%s (prefix %s, fuzzy %d) scores each passage as MiniSearch does', (word, prefix, fuzzy) => {
    const ours = scores(wordMatches(env.index.vocabulary, env.index.vocabulary.derive(word, prefix, fuzzy)));
    expect(ours.size).toBeGreaterThan(0);
    expectSame(ours, mini.search(word, { prefix, fuzzy: fuzzy > 0 ? fuzzy : false, maxFuzzy: Math.max(fuzzy, 1) }));
  });

  it('a phrase scores as MiniSearch’s AND search of its words, on the passages that have it', () => {
    const wanted = terms('Anerkennung von Abschlüssen');
    const ours = scores(phraseMatches(env.index.vocabulary, wanted, () => false));
    expect(ours.size).toBeGreaterThan(0);
    const candidates = mini.search(wanted.join(' '), { combineWith: 'AND' }).filter((r) => ours.has(r.id));
    expectSame(ours, candidates);
  });
});
