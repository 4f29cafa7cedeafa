// What a city's name names where it stands: the city, or a law, street, person, publisher's place or noun named like it.
import { describe, expect, it } from 'vitest';
import { europeanGazetteer, findCityMentions } from '../../../shared/gazetteer';

const gazetteer = europeanGazetteer();
const cities = (text: string, language?: string) =>
  findCityMentions(text, gazetteer, language ? { language } : {}).map((m) => [m.city.name, m.mentions]);

describe('names that name something else', () => {
  it.each([
    // Treaties, laws and political processes named after a city (the shape of sentences in asylum and EU policy reports).
    ['eng', 'He was returned to Italy under the Dublin Regulation and the Dublin III rules.'],
    ['eng', 'Most Dublin transfers failed; the Dublin procedure took months.'],
    ['eng', 'Refugee status under the Geneva Convention was granted.'],
    ['eng', 'The Treaty of Lisbon changed the rules; so did the Bologna Process.'],
    ['eng', 'the Berne Convention in 1908 and the Paris Agreement'],
    ['deu', 'Das Dublin-Verfahren und die Dublin-III-Verordnung gelten weiter.'],
    ['deu', 'Seit dem Vertrag von Lissabon ist das anders.'],
    ['fra', 'Le règlement Dublin et le traité de Lisbonne.'],
    ['ita', 'Il regolamento di Dublino e la Convenzione di Ginevra.'],
    // Streets and districts named after a city.
    ['ita', 'Lo sportello è in via Bologna 12, vicino a piazza Taranto.'],
    ['eng', 'The centre moved to London Road, next to Paris Street.'],
    ['fra', "L'association est rue de Paris, puis avenue de Madrid."],
    ['spa', 'Vive en la calle de Toledo, en el barrio de Salamanca.'],
    // People whose name is a city's.
    ['eng', 'We spoke with Mr Preston and Dr. Lincoln about the project.'],
    ['eng', 'Novels by Jack London and songs by Irving Berlin.'],
    ['eng', 'Florence Nightingale trained nurses; Nancy said she would come.'],
    ['eng', 'Index: Bromberg, Dan, 230'],
    ['eng', 'The Trent Lott affair is an example.\nLott, Trent, 43'],
    // A place of publication in a reference.
    ['eng', 'See Mark Rose, Authors and Owners (Cambridge: Harvard University Press, 1993), 92; (London: Routledge, 1992).'],
    ['eng', 'A Letter to a Member of Parliament (London, 1735), 4.'],
    // Reference lists and citations in academic papers (the shape of APA references in conference papers).
    ['eng', 'Dikker, S., Shevchenko, Y., Burgas, K., Chaloner, K. (2023). Open science. Paris, D. (2012). Nix, S. E. (2012).'],
    ['eng', 'culturally sustaining pedagogy (Ladson-Billings, 1995; Paris, 2012); Paris’ (2012) pedagogy; as Paris (2012) argued'],
    ['eng', 'In R. K. Sawyer (Ed.), The Cambridge Handbook of the Learning Sciences. Cambridge University Press.'],
    ['eng', 'The Oxford handbook of qualitative research. Oxford Academic. Springer Berlin Heidelberg. Guilford Publications.'],
    ['eng', 'In A. R. Ruis & S. B. Lee, Advances in Quantitative Ethnography, Cham.'],
    ['eng', 'Andria (she/her) and Teo collaborated. Kim Burgas, Independent.'],
    // German nouns capitalised in every German sentence.
    ['deu', 'Was das Essen angeht, war es gut. Wir treffen uns in der Mitte der Halle.'],
    ['deu', 'Es gab verschiedene Optionen, wenn es ums Essen ging.'],
  ])('(%s) %s', (language, text) => {
    expect(cities(text, language)).toEqual([]);
  });
});

describe('names that name the city', () => {
  it.each([
    ['eng', 'She was transferred to Dublin in 2019 and found work in Dublin.', [['Dublin', 2]]],
    ['eng', 'The centre in Vienna works with the city of Vienna.', [['Vienna', 2]]],
    ['deu', 'Die Stadt Wien und die Caritas Wien fördern das Projekt in Wien.', [['Vienna', 3]]],
    ['deu', 'Er zog nach Essen, dann von Halle nach Berlin.', [['Berlin', 1], ['Essen', 1], ['Halle (Saale)', 1]]],
    ['deu', 'Die Universität Duisburg-Essen liegt in Essen-Steele.', [['Essen', 2], ['Duisburg', 1]]],
    ['ces', 'Bydlí v Praze a pracuje v Praha 5, dříve žil ve Vídni.', [['Prague', 2], ['Vienna', 1]]],
    ['bul', 'Работи в Бургас, после в София.', [['Sofia', 1], ['Burgas', 1]]],
    ['eng', 'We met in Sofia; the Sofia Municipality runs the centre.', [['Sofia', 2]]],
    ['eng', 'She moved from Nancy, France, to Florence.', [['Nancy', 1]]],
    ['ita', 'A Bologna e a Taranto i servizi comunali di Bologna aprono.', [['Bologna', 2], ['Taranto', 1]]],
    ['eng', 'Researchers in Budapest and Berlin; travelled to Berlin via Vienna.', [['Berlin', 2], ['Budapest', 1], ['Vienna', 1]]],
    ['eng', 'The Berlin district of Neukölln and Berlin districts.', [['Berlin', 3]]],
    ['deu', 'Die Stadt Wien hat im Bezirk Ottakring ein Zentrum eröffnet.', [['Vienna', 2]]],
    ['ita', 'A Roma non mi piaceva; Roma è cara.', [['Rome', 2]]],
    ['ces', 'Žila jsem v Sofii a v Sofie.', [['Sofia', 2]]],
    ['fra', 'Elle travaille à Luxembourg, la capitale.', [['Luxembourg', 1]]],
    ['eng', 'Fieldwork in Dublin (2019) and in Vienna, Graz and Linz (2019–2020).', [['Vienna', 1], ['Dublin', 1], ['Graz', 1], ['Linz', 1]]],
  ])('(%s) %s', (language, text, expected) => {
    expect(cities(text, language)).toEqual(expected);
  });
});

describe('districts', () => {
  it('count for their city when the text names the city too, never as a city', () => {
    expect(cities('In Wien leben viele in Favoriten und Ottakring; Favoriten wächst.', 'deu')).toEqual([['Vienna', 4]]);
    expect(cities('Interviews in Berlin, in Neukölln, Kreuzberg and Marzahn.')).toEqual([['Berlin', 4]]);
  });

  it('suggest nothing alone', () => {
    expect(cities('Interviews in Neukölln and Kreuzberg.')).toEqual([]);
    expect(cities('Ein Treffen in Favoriten.', 'deu')).toEqual([]);
  });

  it('lose a shared name to the city of that name', () => {
    // Salamanca is also a district of Madrid; Latina one of Madrid and a city in Italy.
    expect(cities('Studied in Salamanca, then moved to Madrid.')).toEqual([['Madrid', 1], ['Salamanca', 1]]);
  });

  it('named with their city ("Berlin-Neukölln") name the city itself', () => {
    expect(cities('Ein Projekt in Berlin-Neukölln.', 'deu')).toEqual([['Berlin', 1]]);
  });

  it('are not in the list of cities', () => {
    const names = new Set(gazetteer.cities.map((c) => c.name));
    for (const district of ['Favoriten', 'Neukölln', 'Kreuzberg', 'Mitte', 'Lyon 03', 'Sector 1', 'Wimbledon']) {
      expect(names.has(district), district).toBe(false);
    }
  });
});

describe('repeated lines', () => {
  it('count a line repeated word for word (a page header, a headline shown twice) once', () => {
    const page = (n: number) => `CITY OF VIENNA - ANNUAL REPORT\nPage ${n} says something about housing.\n`;
    expect(cities([1, 2, 3, 4].map(page).join(''))).toEqual([['Vienna', 1]]);
    expect(cities('Verona porazila Juventus\nVerona porazila Juventus\nPraha roste.', 'ces')).toEqual([['Prague', 1], ['Verona', 1]]);
  });

  it('count every mention in prose', () => {
    const said = 'We lived in Vienna. ' + 'The rents there rose every year while we waited for a council flat. '.repeat(3);
    expect(cities(`${said}\n${said}\nWe lived in Vienna and in Graz.`)).toEqual([['Vienna', 3], ['Graz', 1]]);
  });
});

describe('the country named in the text', () => {
  it('ranks a city before an equally mentioned one whose country the text does not name', () => {
    const found = findCityMentions('Interviews in Graz and in Brno. Both are in Austria.', gazetteer);
    expect(found.map((m) => [m.city.name, m.countryNamed])).toEqual([['Graz', true], ['Brno', false]]);
  });
});

describe('more names that name something else', () => {
  it.each([
    ['eng', 'A Reading List\nThe Most Important Split Decisions Of Our Time\nWe talked.'],
    ['deu', 'Ein Gespräch mit Herrn Preston und Frau Lincoln.'],
    ['bul', 'Центърът е на ул. „Бургас“ 5.'],
    ['eng', 'the Tampere conclusions and the Copenhagen criteria'],
    ['deu', 'Sie ist ein Dublin-Fall.'],
    ['fra', 'La procédure Dublin est longue.'],
    ['eng', 'My case was a Dublin case; the Dublin unit decided.'],
    ['ces', 'Moje kamarádka Sofie žije tady.'],
    ['eng', 'Roma families and Roma children.'],
    // A city named like its country, where the country is meant.
    ['fra', 'Nombre de jours imposables au Luxembourg; salaire versé par le Luxembourg.'],
    ['fra', 'Irlande, Islande, Italie, Lettonie, Liechtenstein, Lituanie, Luxembourg, Malte, Norvège'],
  ])('(%s) %s', (language, text) => {
    expect(cities(text, language)).toEqual([]);
  });

  it('reads the name of a smaller city that is a common word somewhere (Prato: "plate", Tours) only inside a sentence', () => {
    expect(cities('Prato do dia. Tours de France.', 'por')).toEqual([]);
    expect(cities('Ela mora em Prato desde 2019.', 'por')).toEqual([['Prato', 1]]);
  });

  it('still counts a name that is a common word inside a sentence', () => {
    expect(cities('She moved to Split in 2019 and studied in Reading.')).toEqual([['Reading', 1], ['Split', 1]]);
  });
});
