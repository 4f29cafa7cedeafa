// The sample project's memos, attribute definitions and first chapter: the later steps of the workflow.
import type { AttributeType } from '../model';

export const SAMPLE_REPOSITORY_NAME = 'Sample project: migrant inclusion in four cities';

export const SAMPLE_ATTRIBUTES: { name: string; appliesTo: 'document' | 'city'; type: AttributeType; choices: string[] }[] = [
  { name: 'project', appliesTo: 'document', type: 'choice', choices: ['MiStra', 'EU-MIA'] },
  { name: 'interview date', appliesTo: 'document', type: 'date', choices: [] },
  { name: 'stakeholder group', appliesTo: 'document', type: 'text', choices: [] },
  { name: 'interviewer', appliesTo: 'document', type: 'text', choices: [] },
];

/** Memos point at sample items by key: "theme:housing", "city:vienna", "cell:housing|burgas". */
export const SAMPLE_MEMOS: { target: string; title: string; text: string }[] = [
  {
    target: 'repository',
    title: 'Start here',
    text:
      'This sample repository shows the whole workflow on six short fictional documents from Vienna, Berlin, Bologna, Prague and Burgas ' +
      'in five languages. Open a document to read it and see its coded passages, browse the codebook (the EU Action Plan areas and ' +
      'cross-cutting themes), search across languages, compare cities theme by theme in the matrix, and look at the draft chapter. ' +
      'Delete it or start a new repository when you are ready for your own material.',
  },
  {
    target: 'theme:housing',
    title: 'Housing as a gate',
    text:
      'In Vienna, Bologna and Burgas housing decides access to other things: registration, health cards, schooling. Check whether this holds in Berlin.',
  },
  {
    target: 'cell:housing|burgas',
    title: 'Seasonal rents',
    text: 'The tourist season explains the Burgas pattern; no other city in the sample has it.',
  },
];

export const SAMPLE_CHAPTER = {
  title: 'Housing as the gate to inclusion: a first comparison',
  heading: 'Registration, rent and the way into services',
  note: 'Draft: add the Berlin material before comparing all five cities.',
  /** Quotes refer to sample passages by document key and position in its passage list. */
  quotes: [
    { document: 'vienna-housing', passage: 0 },
    { document: 'bologna-focus-group', passage: 0 },
    { document: 'burgas-social', passage: 0 },
  ],
  matrixThemes: ['housing', 'language', 'services'],
  matrixCaption: 'Coded passages by city and theme',
};
