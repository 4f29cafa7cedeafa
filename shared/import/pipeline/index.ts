// Batch import: importFiles with its outcomes and progress, and the city suggestions that come with it.
export { importFiles, titleFromName } from './import-files';
export { acceptCitySuggestions, citiesByName, suggestCitiesFor, MAX_SUGGESTIONS, type AcceptedCities, type SuggestOptions } from './city-suggestions';
export { mediaTypeOf } from './media-type';
export type { CitySuggestion, FileToImport, ImportOptions, ImportOutcome, ImportProgress, ImportReport } from './types';
