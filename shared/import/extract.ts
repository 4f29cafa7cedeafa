// Extracts one file's text and structure: picks the reader, enforces size and time limits, never throws.
import { fail, ok, type Result } from '../result';
import { detectFormat, type ImportFormat } from './detect';
import { readDocx } from './docx';
import { ExtractionError, failures, shortReason } from './failures';
import { guessKind } from './kind';
import { detectLanguage } from './language';
import { readMarkdown } from './md';
import { readHtml } from './html';
import { readOdt } from './odt';
import { readPdf } from './pdf';
import { readRtf } from './rtf';
import { detectSpeakerTurns } from './speakers';
import { readSrt } from './srt';
import { readTxt } from './txt';
import { DEFAULT_LIMITS, type ExtractOptions, type Extraction, type FileToImport, type FormatOutput, type ReadContext } from './types';
import { readVtt } from './vtt';

type Reader = (bytes: Uint8Array, context: ReadContext) => FormatOutput | Promise<FormatOutput>;

const READERS: Record<ImportFormat, Reader> = {
  txt: readTxt, md: readMarkdown, html: readHtml, docx: readDocx, pdf: readPdf, odt: readOdt, rtf: readRtf,
  vtt: readVtt, srt: readSrt,
};

/** Formats whose plain text may be an interview transcript with "Name:" lines. */
const SPEAKER_FORMATS = new Set<ImportFormat>(['txt', 'md', 'docx', 'odt', 'rtf', 'html']);

/** Runs the reader, ending it (through the signal) when time runs out or the caller cancels. */
async function withinLimits<T>(
  run: (signal: AbortSignal) => Promise<T>,
  file: FileToImport,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onOuterAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(failures.timeout(file.name, timeoutMs));
      controller.abort();
    }, timeoutMs);
    onOuterAbort = () => {
      reject(failures.cancelled(file.name));
      controller.abort();
    };
    outer?.addEventListener('abort', onOuterAbort, { once: true });
  });
  try {
    return await Promise.race([run(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    if (onOuterAbort) outer?.removeEventListener('abort', onOuterAbort);
    controller.abort();
  }
}

function finish(file: FileToImport, format: ImportFormat, output: FormatOutput, extraWarnings: string[]): Extraction {
  const hasOffsets = (output.pages?.length ?? 0) + (output.turns?.length ?? 0) + (output.headings?.length ?? 0) > 0;
  // Readers normalise the pieces they place offsets on; texts without offsets are normalised whole here.
  const text = hasOffsets ? output.text : output.text.normalize('NFC');
  let turns = output.turns ?? [];
  if (turns.length === 0 && SPEAKER_FORMATS.has(format)) turns = detectSpeakerTurns(text);
  const warnings = [...extraWarnings, ...(output.warnings ?? [])];
  const metadata = { ...output.metadata, ...(warnings.length > 0 ? { warnings } : {}) };
  const title = output.title?.replace(/\s+/g, ' ').trim();
  return {
    sourceFormat: format,
    text,
    pages: output.pages ?? [],
    turns,
    headings: output.headings ?? [],
    ...(title ? { title } : {}),
    metadata,
    attributes: output.attributes ?? {},
    language: detectLanguage(text),
    kind: guessKind({ name: file.name, sourceFormat: format, text, turns, pageCount: metadata.pageCount }),
    warnings,
  };
}

export async function extractText(file: FileToImport, options: ExtractOptions = {}): Promise<Result<Extraction>> {
  try {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    if (options.signal?.aborted) throw failures.cancelled(file.name);
    if (file.bytes.length > limits.maxFileBytes) throw failures.tooLarge(file.name, file.bytes.length, limits.maxFileBytes);
    if (file.bytes.length === 0) throw failures.empty(file.name, 'the file has no content (0 bytes)');
    const guess = detectFormat(file.name, file.bytes);
    if (!guess.format) throw failures.unsupported(file.name, guess.extension);
    const format = guess.format;
    const output = await withinLimits(
      async (signal) =>
        READERS[format](file.bytes, {
          name: file.name,
          limits,
          signal,
          ...(options.password !== undefined ? { password: options.password } : {}),
          ...(options.loadPdfjs ? { loadPdfjs: options.loadPdfjs } : {}),
          ...(options.pdfjsDocumentOptions ? { pdfjsDocumentOptions: options.pdfjsDocumentOptions } : {}),
        }),
      file,
      limits.timeoutMs,
      options.signal,
    );
    if (!output.text.trim()) throw failures.empty(file.name);
    return ok(finish(file, format, output, guess.warning ? [guess.warning] : []));
  } catch (error) {
    if (error instanceof ExtractionError) return fail(error.code, error.message);
    return fail('corrupt', failures.corrupt(file.name, shortReason(error)).message);
  }
}
