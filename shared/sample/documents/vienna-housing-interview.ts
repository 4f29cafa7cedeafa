// Sample document: an English interview with a housing official in Vienna (fictional).
import type { SampleDocument } from '../types';

export const viennaHousingInterview: SampleDocument = {
  key: 'vienna-housing',
  title: 'Interview with a housing official, Vienna',
  kind: 'interview',
  language: 'eng',
  cities: ['vienna'],
  date: '2025-03-12',
  author: 'MiStra research team',
  importedFrom: 'sample/vienna-housing-official.txt',
  attributes: { project: 'MiStra', 'interview date': '2025-03-12', 'stakeholder group': 'Municipal administration', interviewer: 'A. Novak' },
  layout: {
    type: 'turns',
    paragraphs: [
      'Interviewer: Thank you for taking the time. Could you start by describing your role in the city administration?',
      'R1: I coordinate the advice service for tenants in municipal housing in three districts, mostly in Favoriten and Simmering. Our team has eleven people, and four of them speak languages other than German, which matters more than any brochure we print.',
      'Interviewer: Vienna is often presented as a model for social housing. How does that look from the perspective of newcomers?',
      'R1: The model is real, but the door into it is narrow for people who have just arrived. To apply for a municipal flat you need two years of continuous registration at a Vienna address. Many refugees move three or four times in their first years, between emergency shelters and sublets, and every gap resets the clock. So the people who need affordable housing most are the ones who cannot enter the queue.',
      'Interviewer: Where do they live in the meantime?',
      'R1: In the private market, and often in the worst part of it. We see families of six in two rooms, with rent paid in cash and no proper contract. Some landlords simply do not answer when the name on the email sounds foreign. We had a case where a colleague called the same landlord twice, once with her own name and once with a Serbian name, and the flat was suddenly gone the second time.',
      'Interviewer: What has the city done about that?',
      'R1: There is an anti-discrimination office now, and the Wohnberatung, the housing advice centre, accepts complaints in twelve languages. But a complaint takes months, and a family needs a flat next week. What helps more in my experience is the "Wohnpartner" neighbourhood work, where mediators go into the courtyards and explain the house rules before a conflict starts.',
      'Interviewer: You mentioned language. How important is German for housing?',
      'R1: For the application itself we accept help from interpreters. But since the reform, a German certificate at A2 level gives extra points in the ranking, and the waiting lists for free courses at the adult education centres are long. So in practice language and housing are tied together, even if nobody planned it that way.',
      'Interviewer: If you could change one thing, what would it be?',
      'R1: I would count the time people spend in any Austrian reception facility as registration time. It is a small legal change, and it would open the door for thousands of people who are doing everything right.',
      'Interviewer: Thank you very much.',
    ],
  },
  passages: [
    {
      quote:
        'Many refugees move three or four times in their first years, between emergency shelters and sublets, and every gap resets the clock.',
      themes: ['housing', 'services'],
      memo: 'The two-year registration rule as a structural barrier: compare with the Prague and Burgas material.',
    },
    {
      quote: 'Some landlords simply do not answer when the name on the email sounds foreign.',
      themes: ['housing', 'discrimination'],
    },
    {
      quote:
        'So in practice language and housing are tied together, even if nobody planned it that way.',
      themes: ['housing', 'language'],
    },
  ],
};
