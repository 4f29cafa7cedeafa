// Filters on the sample project: city by any name or a segment's override, theme with descendants, kind, lang, doc, speaker, coded.
import { beforeAll, describe, expect, it } from 'vitest';
import { passageCities, terms, type SearchHit } from '../../../shared/search';
import { hitIds, sampleSearch } from './fixture';

let env: Awaited<ReturnType<typeof sampleSearch>>;
beforeAll(async () => {
  env = await sampleSearch();
});

const hitsOf = async (query: string): Promise<SearchHit[]> => (await env.search(query)).documents.flatMap((d) => d.hits);
const allPassages = () => [...env.index.documents.values()].flatMap((d) => d.passages);
const cityId = (name: string) => env.catalog.cities.find((c) => c.name === name)!.id;
const themeId = (name: string) => env.catalog.themes.find((t) => t.name === name)!.id;

describe('filters', () => {
  it.each([['Vienna'], ['Wien'], ['wien'], ['Vídeň'], ['viden'], ['Виена']])('city:%s finds the Vienna passages', async (name) => {
    const ids = hitIds(await env.search(`city:${name}`));
    const vienna = allPassages().filter((p) => passageCities(env.catalog, p).includes(cityId('Vienna'))).map((p) => p.id).sort();
    expect(vienna.length).toBeGreaterThan(0);
    expect(ids).toEqual(vienna);
  });

  it('city: follows a coded segment’s city override inside a multi-city report', async () => {
    const override = [...env.catalog.segments.values()].flat().find((s) => s.cityId !== null);
    expect(override).toBeDefined();
    const city = env.catalog.cities.find((c) => c.id === override!.cityId)!;
    const hits = await hitsOf(`city:"${city.name}"`);
    expect(hits.some((h) => h.passage.documentId === override!.documentId && h.passage.start < override!.end && h.passage.end > override!.start)).toBe(true);
  });

  it('an unknown city or theme gives no hits and says so', async () => {
    const results = await env.search('housing city:Atlantis');
    expect(results.totalHits).toBe(0);
    expect(results.warnings).toEqual(['There is no city called "Atlantis" in this repository.']);
    expect((await env.search('theme:Astrology')).warnings[0]).toMatch(/no theme called "Astrology"/);
  });

  it('theme: includes passages coded with a sub-theme and documents tagged with the theme', async () => {
    const parent = new Set(hitIds(await env.search('theme:"EU Action Plan areas"')));
    const child = hitIds(await env.search('theme:Housing'));
    expect(child.length).toBeGreaterThan(0);
    for (const id of child) expect(parent.has(id)).toBe(true);
    const housing = themeId('Housing');
    for (const hit of await hitsOf('theme:Housing')) {
      const doc = env.catalog.documents.get(hit.passage.documentId)!;
      const segments = (env.catalog.segments.get(doc.id) ?? []).filter((s) => s.start < hit.passage.end && s.end > hit.passage.start);
      expect(doc.themeIds.includes(housing) || segments.some((s) => s.themeIds.includes(housing))).toBe(true);
    }
  });

  it('coded:yes and coded:no split the passages; coded:<theme> needs a coded segment', async () => {
    const yes = hitIds(await env.search('coded:yes'));
    const no = hitIds(await env.search('coded:no'));
    expect(yes.length).toBeGreaterThan(0);
    expect([...yes, ...no].sort()).toEqual(allPassages().map((p) => p.id).sort());
    const codedHousing = new Set(hitIds(await env.search('coded:Housing')));
    for (const id of codedHousing) expect(yes).toContain(id);
    for (const hit of await hitsOf('coded:Housing')) {
      const segments = env.catalog.segments.get(hit.passage.documentId) ?? [];
      expect(segments.some((s) => s.start < hit.passage.end && s.end > hit.passage.start && s.themeIds.includes(themeId('Housing')))).toBe(true);
    }
  });

  it.each([
    ['kind:report', (d: { kind: string }) => d.kind === 'report'],
    ['kind:"focus group"', (d: { kind: string }) => d.kind === 'focus-group'],
    ['lang:de', (d: { language: string }) => d.language === 'deu'],
    ['lang:deu', (d: { language: string }) => d.language === 'deu'],
    ['lang:bulgarian', (d: { language: string }) => d.language === 'bul'],
    ['doc:burgas', (d: { title: string }) => terms(d.title).includes('burgas')],
    ['doc:"община бургас"', (d: { title: string }) => d.title.includes('Община Бургас')],
  ] as const)('%s keeps exactly the passages of matching documents', async (query, keep) => {
    const expected = allPassages().filter((p) => keep(env.catalog.documents.get(p.documentId)! as never)).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(hitIds(await env.search(query))).toEqual(expected);
  });

  it('speaker: keeps turns of that speaker, combined with words', async () => {
    const hits = await hitsOf('speaker:Amina');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.passage.speaker).toBe('Amina');
    const both = await hitsOf('speaker:B1 Anerkennung');
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) expect(hit.passage.speaker).toBe('B1');
  });

  it('facets count the hits per city and per theme', async () => {
    const results = await env.search('city:Prague OR city:Burgas');
    const names = results.facets.cities.map((c) => c.name).sort();
    expect(names).toEqual(['Burgas', 'Prague']);
    const hits = results.documents.flatMap((d) => d.hits);
    for (const facet of results.facets.cities) {
      expect(facet.count).toBe(hits.filter((h) => passageCities(env.catalog, h.passage).includes(facet.id)).length);
    }
    expect(results.facets.themes.length).toBeGreaterThan(0);
  });
});
