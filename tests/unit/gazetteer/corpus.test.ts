// City suggestions for real third-party files (../shared/corpus): the cities they are about first, none of the
// words, people, references and treaties that are named like a city.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chooseSuggestions, europeanGazetteer, findCityMentions } from '../../../shared/gazetteer';
import { titleFromName } from '../../../shared/import/pipeline/import-files';
import { extractCorpus, hasCorpus, value } from '../import/helpers';

/** The suggestions the import pipeline makes for a corpus file (title and text, at most five). */
async function suggested(file: string): Promise<string[]> {
  const extraction = value(await extractCorpus(file));
  const title = extraction.title || titleFromName(path.basename(file));
  const mentions = findCityMentions(`${title}\n${extraction.text}`, europeanGazetteer(), { language: extraction.language });
  return chooseSuggestions(mentions, 5).map((m) => m.city.name);
}

describe.skipIf(!hasCorpus)('city suggestions for corpus files', () => {
  it.each([
    // A Czech news page on housing in Prague ("Praha", "na Praze 5"); football headlines in its sidebar repeat.
    ['html/readability-aktualne.html', 'Prague', ['Barcelona', 'Verona']],
    // A Ukrainian numbering table for the Lviv region.
    ['rtf/striprtf-issue_29-ukrainian-cp1251.rtf', 'Lviv', []],
    // An interview by researchers at the University of Sheffield.
    ['interviews/sheffield-open-qual/Pauline.docx', 'Sheffield', []],
    // A book on copyright: London booksellers; the Berne Convention and "(Cambridge: Harvard University Press, 1993)" are no places.
    ['pdf/freeculture.pdf', 'London', ['Bern', 'Bydgoszcz']],
    // Children's stories: Oliver Twist goes to London, Medio Pollito to Madrid; Nancy is a person.
    ['pdf/pdkids.pdf', 'London', ['Nancy', 'Le Havre']],
    // A CityLab article on neon signs in Paris, naming Warsaw and Lausanne once each.
    ['html/readability-citylab-1.html', 'Paris', ['Warsaw', 'Lausanne']],
  ])('%s: %s first', async (file, first, never) => {
    const cities = await suggested(file);
    expect(cities[0]).toBe(first);
    for (const city of never) expect(cities).not.toContain(city);
  });

  it('finds the places of a Russian biography in their case forms (из Мюнхена, в Милане, в Цюрихе)', async () => {
    expect(new Set(await suggested('txt/encodings/russian-koi8-r.txt'))).toEqual(new Set(['Munich', 'Milan', 'Zürich', 'Pavia']));
  });

  it('finds no city in a German interview that talks about food (das Essen)', async () => {
    expect(await suggested('interviews/eth-hci-needfinding-md/Germain-transcript-de.md')).toEqual([]);
  });

  it('finds Vienna in an Austrian court decision (an address in "1010 Wien")', async () => {
    expect(await suggested('rtf/striprtf-BVWGT_20241227_W258_2227269.rtf')).toContain('Vienna');
  });
});

/** Ten learning-sciences conference papers with APA reference lists, inside a MAXQDA export of the REFI-QDA samples. */
const ICLS = '/work/shared/refi-qda/samples/maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx';

describe.skipIf(!fs.existsSync(ICLS))('city suggestions for conference papers', () => {
  const papers = fs.existsSync(ICLS)
    ? Object.entries(unzipSync(new Uint8Array(fs.readFileSync(ICLS)))).filter(([name]) => name.startsWith('sources/'))
    : [];
  const suggestedFor = (text: string) => chooseSuggestions(findCityMentions(text, europeanGazetteer(), { language: 'eng' }), 5);

  it('reads ten papers', () => {
    expect(papers).toHaveLength(10);
  });

  // Before these rules the ten papers gave 25 suggestions: Burgas and Nix (Niš) as authors, Andria (a child's name),
  // Cambridge and Oxford as publishers, Cham (Springer's seat) as Caen.
  it('proposes no author, publisher or given name as a city, and no city named more than once', () => {
    const found = papers.flatMap(([, bytes]) => suggestedFor(new TextDecoder().decode(bytes)));
    const names = found.map((m) => m.city.name);
    for (const wrong of ['Burgas', 'Niš', 'Andria', 'Caen', 'León', 'Heidelberg']) expect(names).not.toContain(wrong);
    expect(found.every((m) => m.mentions === 1)).toBe(true);
  });
});
