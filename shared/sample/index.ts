// The sample project: a small fictional multilingual study a newcomer can explore in a minute.
export { loadSampleProject, type SampleContext } from './load';
export { SAMPLE_REPOSITORY_NAME } from './notes';
export { SAMPLE_CITIES } from './cities';
export { SAMPLE_THEMES } from './codebook';
export { SAMPLE_DOCUMENTS } from './documents';
export { buildStructure, locateQuote, speakerTurns } from './structure';
export type { SampleDocument, SampleCity, SampleTheme, SamplePassage } from './types';
