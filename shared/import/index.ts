// The text extraction API other layers use: extractText for one file, plus its types and helpers.
export { extractText } from './extract';
export { detectFormat, extensionOf, type ImportFormat } from './detect';
export { detectLanguage } from './language';
export { guessKind } from './kind';
export { detectSpeakerTurns } from './speakers';
export {
  DEFAULT_LIMITS,
  EXTRACTION_FAILURES,
  type ExtractOptions,
  type Extraction,
  type ExtractionFailureCode,
  type FileToImport,
  type ImportLimits,
  type PdfjsModule,
} from './types';
