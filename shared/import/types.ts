// The shapes of text extraction: a file to import, its options and limits, and what comes out.
import type * as Pdfjs from 'pdfjs-dist';
import type { AttributeValue, DocumentKind, DocumentMetadata, Heading, PageMark, SourceFormat, Turn } from '../model';

export interface FileToImport {
  name: string;
  /** relative path inside a picked folder, or the name */
  path: string;
  bytes: Uint8Array;
}

export type PdfjsModule = typeof Pdfjs;

export interface ImportLimits {
  /** Largest file accepted at all. */
  maxFileBytes: number;
  /** Largest total declared uncompressed size of a zip package (docx, odt); bigger ones are refused as bombs. */
  maxUncompressedBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Time allowed for one file. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxPages: 10_000,
  timeoutMs: 60_000,
};

export interface ExtractOptions {
  password?: string;
  /** injected: Node passes () => import('pdfjs-dist/legacy/build/pdf.mjs'), the browser its worker-configured module */
  loadPdfjs?: () => Promise<PdfjsModule>;
  /** Node needs standardFontDataUrl for pdfjs; passed through */
  pdfjsDocumentOptions?: Record<string, unknown>;
  signal?: AbortSignal;
  limits?: Partial<ImportLimits>;
}

export interface Extraction {
  sourceFormat: SourceFormat;
  /** NFC plain text, paragraphs separated by "\n\n" (or "\n" between lines). */
  text: string;
  pages: PageMark[];
  turns: Turn[];
  headings: Heading[];
  title?: string;
  metadata: DocumentMetadata;
  /** e.g. Markdown front matter */
  attributes: Record<string, AttributeValue>;
  /** ISO 639-3 code of the detected language, "und" when undetermined. */
  language: string;
  /** Guessed from the name and content; the researcher can change it. */
  kind: DocumentKind;
  /** Plain words, e.g. "skipped malformed cue 12 (no timing line)". */
  warnings: string[];
}

export const EXTRACTION_FAILURES = [
  'unsupported-format',
  'not-text',
  'password-required',
  'wrong-password',
  'scanned-no-text',
  'corrupt',
  'too-large',
  'timeout',
  'empty',
  'cancelled',
] as const;
export type ExtractionFailureCode = (typeof EXTRACTION_FAILURES)[number];

/** What one format reader returns; extractText adds language, kind, speakers and NFC. */
export interface FormatOutput {
  text: string;
  pages?: PageMark[];
  turns?: Turn[];
  headings?: Heading[];
  title?: string;
  metadata?: DocumentMetadata;
  attributes?: Record<string, AttributeValue>;
  warnings?: string[];
}

/** What a format reader gets besides the bytes. */
export interface ReadContext {
  name: string;
  password?: string;
  limits: ImportLimits;
  signal: AbortSignal;
  loadPdfjs?: () => Promise<PdfjsModule>;
  pdfjsDocumentOptions?: Record<string, unknown>;
}
