// The starter codebook: the four areas of the EU Action Plan on Integration and Inclusion 2021–2027
// and the cross-cutting themes that run through them.
import type { SampleTheme } from './types';

export const SAMPLE_THEMES: SampleTheme[] = [
  {
    key: 'areas',
    parent: null,
    name: 'EU Action Plan areas',
    colour: '#495057',
    description:
      'The four sectoral areas of the EU Action Plan on Integration and Inclusion 2021–2027. Code passages with one of the areas below rather than with this parent.',
  },
  {
    key: 'education',
    parent: 'areas',
    name: 'Education and training',
    colour: '#4c6ef5',
    description:
      'Schooling, early childhood education, vocational training and adult education of migrants and their children. Use when the passage is about access to, or experience of, an educational setting. Language courses go to "Language learning".',
  },
  {
    key: 'employment',
    parent: 'areas',
    name: 'Employment and skills',
    colour: '#12b886',
    description:
      'Work, job search, recognition of qualifications and skills, entrepreneurship. Use when the passage is about getting or keeping work or about having skills recognised.',
  },
  {
    key: 'health',
    parent: 'areas',
    name: 'Health',
    colour: '#fa5252',
    description:
      'Access to health care and mental health support, health insurance, health information. Use for physical and mental health alike.',
  },
  {
    key: 'housing',
    parent: 'areas',
    name: 'Housing',
    colour: '#fd7e14',
    description:
      'Access to adequate and affordable housing: social housing rules, private rental market, discrimination by landlords, overcrowding, segregation. Use when the passage is about where and how people live.',
  },
  {
    key: 'crosscutting',
    parent: null,
    name: 'Cross-cutting',
    colour: '#868e96',
    description: 'Themes that run through every area of the Action Plan. Code with the themes below, together with an area where one applies.',
  },
  {
    key: 'language',
    parent: 'crosscutting',
    name: 'Language learning',
    colour: '#7950f2',
    description:
      'Learning the local language: courses, waiting lists, levels required for work or housing, informal learning. Use together with an area when language is the barrier to it.',
  },
  {
    key: 'participation',
    parent: 'crosscutting',
    name: 'Participation',
    colour: '#15aabf',
    description:
      'Migrants taking part in decisions and in local life: advisory councils, associations, volunteering, voting, consultation. Use when the passage is about having a voice.',
  },
  {
    key: 'discrimination',
    parent: 'crosscutting',
    name: 'Anti-discrimination',
    colour: '#e64980',
    description:
      'Experiences of discrimination and racism and measures against them. Use for reported experiences as well as for policies and complaints procedures.',
  },
  {
    key: 'services',
    parent: 'crosscutting',
    name: 'Access to services',
    colour: '#40c057',
    description:
      'Finding and using public services: one-stop shops, information in other languages, interpreters, bureaucracy and waiting times. Use when the passage is about the way to a service rather than the service itself.',
  },
  {
    key: 'mediators',
    parent: 'services',
    name: 'Cultural mediators',
    colour: '#94d82d',
    description: 'Intercultural mediators, community interpreters and peer navigators who accompany people to services.',
  },
];
