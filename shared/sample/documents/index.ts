// The sample project's documents, in the order they are imported.
import type { SampleDocument } from '../types';
import { berlinJobInterview } from './berlin-jobcenter-interview';
import { bolognaFocusGroup } from './bologna-focus-group';
import { burgasInterview } from './burgas-municipality-interview';
import { pragueBurgasReport } from './prague-burgas-report';
import { pragueSchoolInterview } from './prague-school-interview';
import { viennaHousingInterview } from './vienna-housing-interview';

export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  viennaHousingInterview,
  berlinJobInterview,
  bolognaFocusGroup,
  pragueSchoolInterview,
  burgasInterview,
  pragueBurgasReport,
];
