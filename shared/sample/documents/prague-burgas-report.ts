// Sample document: an English policy report comparing Prague and Burgas, three printed pages (fictional).
import type { SampleDocument } from '../types';

export const pragueBurgasReport: SampleDocument = {
  key: 'prague-burgas-report',
  title: 'Local integration policies in Prague and Burgas: a comparative brief',
  kind: 'report',
  language: 'eng',
  cities: ['prague', 'burgas'],
  date: '2025-09-30',
  author: 'EU-MIA consortium',
  importedFrom: 'sample/eu-mia-brief-prague-burgas.pdf',
  attributes: { project: 'EU-MIA', 'report series': 'Policy brief 3', 'stakeholder group': 'Research' },
  layout: {
    type: 'pages',
    headings: [
      { text: 'Local integration policies in Prague and Burgas', level: 1 },
      { text: '1. Summary', level: 2 },
      { text: '2. Prague: a capital catching up', level: 2 },
      { text: '3. Burgas: a seasonal city', level: 2 },
      { text: '4. Recommendations', level: 2 },
    ],
    pages: [
      [
        'Local integration policies in Prague and Burgas',
        'EU-MIA Policy brief 3, September 2025',
        '1. Summary',
        'Prague and Burgas received large numbers of displaced people from Ukraine after February 2022, yet they started from very different positions. Prague has a municipal integration concept since 2018, a network of community interpreters and a growing foreign-born population that makes up about a quarter of its residents. Burgas, a port and resort city on the Black Sea, had almost no local integration policy before 2022 and relied on national programmes and on the tourist accommodation sector.',
        'This brief compares how the two cities organised access to housing, schooling, work and information, based on twenty-four interviews with officials, service providers and residents conducted between January and June 2025.',
      ],
      [
        '2. Prague: a capital catching up',
        'The Prague integration centre offers free counselling in Ukrainian, Russian, Vietnamese and English, and its staff accompany clients to the foreign police and the labour office. Officials described the centre as "the front door" of the city for newcomers.',
        'Schools were the first institutions to absorb the arrivals. Several head teachers reported that extra Czech lessons were granted for short periods only, which made planning impossible. The city financed additional teaching assistants from its own budget in 2023, but the contracts were renewed quarterly.',
        'Housing remains the weakest point. Prague has a small municipal housing stock and long waiting times, and the private rental market is among the least affordable in Central Europe relative to local wages. Interviewees reported landlords asking for deposits of three months\' rent from foreign tenants only.',
      ],
      [
        '3. Burgas: a seasonal city',
        'In Burgas, the end of the state-funded hotel accommodation programme in 2023 was the decisive moment. Families had to find private housing within weeks, in a market where summer rents for tourists are several times higher than the annual rent. Some families left the city; others moved to villages in the region with poor public transport.',
        'The municipality responded with an information point run jointly with a non-governmental organisation. Its consultations in Ukrainian and Bulgarian reached people who had never contacted a public office. Labour market integration is high during the summer season but collapses in autumn, and recognition of diplomas is rare.',
        '4. Recommendations',
        'Both cities should secure multi-year funding for language teaching and mediation instead of short project contracts. Burgas in particular needs a crisis housing reserve, and Prague should extend its tenant counselling to the private rental market. Both cities would benefit from an advisory council in which migrant residents themselves can comment on local measures.',
      ],
    ],
  },
  passages: [
    {
      quote: 'Several head teachers reported that extra Czech lessons were granted for short periods only, which made planning impossible.',
      themes: ['education', 'language'],
      city: 'prague',
    },
    {
      quote: 'Interviewees reported landlords asking for deposits of three months\' rent from foreign tenants only.',
      themes: ['housing', 'discrimination'],
      city: 'prague',
    },
    {
      quote: 'Families had to find private housing within weeks, in a market where summer rents for tourists are several times higher than the annual rent.',
      themes: ['housing'],
      city: 'burgas',
    },
    {
      quote: 'Both cities would benefit from an advisory council in which migrant residents themselves can comment on local measures.',
      themes: ['participation'],
    },
  ],
};
