// Searching the sample project: folding, phrases verified against the text, prefix, fuzzy, boolean operators.
import { beforeAll, describe, expect, it } from 'vitest';
import { foldWord, terms } from '../../../shared/search';
import { highlighted, hitIds, sampleSearch } from './fixture';

let env: Awaited<ReturnType<typeof sampleSearch>>;
let texts: Map<string, string>;

beforeAll(async () => {
  env = await sampleSearch();
  texts = new Map((await env.db.texts.toArray()).map((t) => [t.id, t.text]));
});

const titleOf = (id: string) => env.catalog.documents.get(id)!.title;

describe('runSearch', () => {
  it.each([
    ['Бургас', 'бургас'],
    ['БУРГАС', 'бургас'],
    ['Anerkennung', 'anerkennung'],
    ['ANERKENNUNG', 'anerkennung'],
    ['zaky', 'zaky'],
    ['žáky', 'zaky'],
  ])('%s finds exactly the passages whose text holds a word folding to %s', async (query, folded) => {
    const results = await env.search(query);
    expect(results.totalHits).toBeGreaterThan(0);
    for (const word of highlighted(results, texts)) expect(foldWord(word)).toBe(folded);
    const expected: string[] = [];
    for (const entry of env.index.documents.values()) {
      const text = texts.get(entry.documentId)!;
      for (const p of entry.passages) if (terms(text.slice(p.start, p.end)).includes(folded)) expected.push(p.id);
    }
    expect(hitIds(results)).toEqual(expected.sort());
  });

  it('finds a phrase only where its words stand in that order, and highlights the whole phrase', async () => {
    const phrase = await env.search('"Anerkennung von Abschlüssen"');
    expect(phrase.totalHits).toBe(1);
    expect(highlighted(phrase, texts)).toEqual(['Anerkennung von Abschlüssen']);
    const reversed = await env.search('"Abschlüssen von Anerkennung"');
    expect(reversed.totalHits).toBe(0);
    const words = await env.search('Abschlüssen von Anerkennung');
    expect(words.totalHits).toBeGreaterThanOrEqual(1);
  });

  it('matches a phrase typed without diacritics or in other case', async () => {
    expect(hitIds(await env.search('"anerkennung von abschlussen"'))).toEqual(hitIds(await env.search('"Anerkennung von Abschlüssen"')));
  });

  it('treats a hyphenated or apostrophed word as a phrase of its parts', async () => {
    const results = await env.search("all'ambulatorio");
    expect(results.totalHits).toBeGreaterThan(0);
    for (const word of highlighted(results, texts)) expect(terms(word)).toEqual(['all', 'ambulatorio']);
    const part = await env.search('ambulatorio');
    expect(part.totalHits).toBeGreaterThanOrEqual(results.totalHits);
  });

  it('prefix* finds words that begin with it; fuzzy~ tolerates a typo', async () => {
    const prefix = await env.search('integr*');
    const words = new Set(highlighted(prefix, texts).map(foldWord));
    expect(words.size).toBeGreaterThan(1);
    for (const w of words) expect(w.startsWith('integr')).toBe(true);
    const fuzzy = await env.search('housng~');
    expect(highlighted(fuzzy, texts).map(foldWord)).toContain('housing');
    expect((await env.search('housng')).totalHits).toBe(0);
  });

  it('OR unites, AND intersects, NOT and -term exclude (words that are in no title)', async () => {
    for (const title of env.catalog.documents.values()) expect(terms(title.title)).not.toContain('families');
    const a = new Set(hitIds(await env.search('families')));
    const b = new Set(hitIds(await env.search('city')));
    expect([a.size, b.size, [...a].filter((id) => b.has(id)).length].every((n) => n > 0)).toBe(true);
    expect(hitIds(await env.search('families OR city'))).toEqual([...new Set([...a, ...b])].sort());
    expect(hitIds(await env.search('families city'))).toEqual([...a].filter((id) => b.has(id)).sort());
    expect(hitIds(await env.search('families AND city'))).toEqual(hitIds(await env.search('families city')));
    expect(hitIds(await env.search('families -city'))).toEqual([...a].filter((id) => !b.has(id)).sort());
    expect(hitIds(await env.search('families NOT city'))).toEqual(hitIds(await env.search('families -city')));
    const everything = [...env.index.documents.values()].flatMap((d) => d.passages.map((p) => p.id));
    expect(hitIds(await env.search('NOT families'))).toEqual(everything.filter((id) => !a.has(id)).sort());
  });

  it('a title word joins an AND with the text of every passage of that document', async () => {
    const report = [...env.catalog.documents.values()].find((d) => d.kind === 'report')!;
    const results = await env.search('Prague families');
    const families = new Set(hitIds(await env.search('families')));
    const inReport = [...env.index.documents.get(report.id)!.passages].filter((p) => families.has(p.id)).map((p) => p.id);
    expect(inReport.length).toBeGreaterThan(0);
    for (const id of inReport) expect(hitIds(results)).toContain(id);
  });

  it('groups hits by document, best document first, and limits the hits returned', async () => {
    const results = await env.search('housing OR Wohnung OR bydlení', 5);
    const scores = results.documents.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(results.documents.flatMap((d) => d.hits)).toHaveLength(5);
    expect(results.totalHits).toBeGreaterThan(5);
    for (const doc of results.documents) for (const hit of doc.hits) expect(hit.passage.documentId).toBe(doc.documentId);
  });

  it('gives each hit a snippet whose highlights point at the matched words, and its location', async () => {
    const report = await env.search('Burgas kind:report');
    const hit = report.documents[0]!.hits.find((h) => !h.titleOnly)!;
    expect(hit.passage.page).toBeGreaterThanOrEqual(1);
    for (const [s, e] of hit.snippet.highlights) expect(foldWord(hit.snippet.text.slice(s, e))).toBe('burgas');
    const focus = await env.search('ambulatorio');
    const timed = focus.documents.flatMap((d) => d.hits).find((h) => h.passage.timeStart !== undefined);
    expect(timed?.passage.speaker).toBeTruthy();
  });

  it('lets a title match stand once for its document when the text does not match', async () => {
    const id = [...env.catalog.documents.keys()].find((d) => titleOf(d).startsWith('Rozhovor'))!;
    const title = titleOf(id);
    const inText = new Set(terms(texts.get(id)!));
    const word = terms(title).find((t) => t.length > 6 && !inText.has(t));
    expect(word).toBeDefined();
    const results = await env.search(word!);
    const doc = results.documents.find((d) => d.title === title)!;
    expect(doc.hits).toHaveLength(1);
    expect(doc.hits[0]!.titleOnly).toBe(true);
  });
});
