// Resolves each source's text before the transaction: packed .txt, inline content, or a packed PDF's text via pdfjs.
import { sha256Hex } from '../hash';
import { detectLanguage, detectSpeakerTurns, extractText, guessKind, type ExtractOptions } from '../import';
import { mediaTypeOf } from '../import/pipeline/media-type';
import type { DocumentKind, PageMark, Turn } from '../model';
import { CodePointOffsets } from './code-points';
import type { LossItem } from './format';
import { internalEntry, type ProjectPackage } from './package-read';
import type { ParsedSource, TextOrigin } from './project-model';

export interface PreparedSource {
  source: ParsedSource;
  /** NFC text, as every Comparanda document holds it. */
  text: string;
  textHash: string;
  /** SHA-256 of the packed file the text came from, or the text hash when it was inline. */
  sha256: string;
  original: { name: string; type: string; bytes: Uint8Array } | null;
  pages: PageMark[];
  turns: Turn[];
  language: string;
  kind: DocumentKind;
  /** The length of the source's text in code points, as positions count it. */
  codePointLength: number;
  /** Converts a REFI code-point position in the source's text to a UTF-16 offset in `text`. */
  toUtf16(codePoint: number): number;
}

export type ImportPdfOptions = Pick<ExtractOptions, 'loadPdfjs' | 'pdfjsDocumentOptions'>;

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** The text an element carries inline or in a packed file; null with a reason when it cannot be had. */
export function resolveText(pkg: ProjectPackage, origin: TextOrigin): { text: string; file?: { name: string; bytes: Uint8Array } } | { missing: string } {
  if (origin.content !== undefined) return { text: origin.content };
  const path = origin.plainTextPath;
  if (!path) return { missing: 'it has neither text of its own nor a text file' };
  const entry = internalEntry(pkg, path);
  if (!entry) {
    if (pkg.bare) return { missing: `its text file (${path}) is not included: a bare .qde carries no source files` };
    return { missing: path.toLowerCase().startsWith('internal://') ? `its text file (${path}) is not in the package` : `its text file is outside the project (${path})` };
  }
  const text = decode(entry.bytes);
  return text === null ? { missing: `its text file ${entry.name} is not UTF-8 text` } : { text, file: entry };
}

/** Offsets into `raw` (code points) → offsets into its NFC form (UTF-16); the identity when normalising changes nothing. */
function offsetMapper(raw: string): { text: string; codePointLength: number; toUtf16(codePoint: number): number } {
  const offsets = new CodePointOffsets(raw);
  const text = raw.normalize('NFC');
  if (text === raw) return { text, codePointLength: offsets.length, toUtf16: (cp) => offsets.toUtf16(cp) };
  return { text, codePointLength: offsets.length, toUtf16: (cp) => raw.slice(0, offsets.toUtf16(cp)).normalize('NFC').length };
}

async function prepared(
  source: ParsedSource,
  raw: string,
  file: { name: string; bytes: Uint8Array } | null,
  pages: PageMark[] = [],
): Promise<PreparedSource> {
  const { text, codePointLength, toUtf16 } = offsetMapper(raw);
  const textHash = await sha256Hex(text);
  const turns = detectSpeakerTurns(text);
  const name = source.name || file?.name || 'document';
  return {
    source,
    text,
    textHash,
    sha256: file ? await sha256Hex(file.bytes) : textHash,
    original: file ? { name: file.name.split('/').pop()!, type: mediaTypeOf(file.name), bytes: file.bytes } : null,
    pages,
    turns,
    language: detectLanguage(text),
    kind: guessKind({ name, sourceFormat: 'qdpx', text, turns, pageCount: pages.length || undefined }),
    codePointLength,
    toUtf16,
  };
}

/**
 * Reads every source's text. A source whose text cannot be had is not imported: it and its codings become
 * losses. A PDF without a text representation is read with pdfjs (through `pdf.loadPdfjs`).
 */
export async function prepareSources(pkg: ProjectPackage, sources: readonly ParsedSource[], pdf: ImportPdfOptions, losses: LossItem[]): Promise<PreparedSource[]> {
  const out: PreparedSource[] = [];
  for (const source of sources) {
    const label = `${source.kind === 'pdf' ? 'PDF' : 'Document'} "${source.name || source.guid}"`;
    const codings = source.selections.length > 0 ? ` (with ${source.selections.length} coded passages)` : '';
    const resolved = resolveText(pkg, source);
    if ('text' in resolved) {
      out.push(await prepared(source, resolved.text, resolved.file ?? null));
      continue;
    }
    const pdfEntry = source.kind === 'pdf' && source.pdfPath ? internalEntry(pkg, source.pdfPath) : undefined;
    if (!pdfEntry) {
      const why = source.kind === 'pdf' && source.pdfPath && !source.pdfPath.toLowerCase().startsWith('internal://') ? `its file is outside the project (${source.pdfPath})` : resolved.missing;
      losses.push({ kind: 'missing-text', item: `${label}${codings}`, reason: `It was not imported: ${why}.`, line: source.line });
      continue;
    }
    const extracted = await extractText({ name: pdfEntry.name.split('/').pop()!, path: pdfEntry.name, bytes: pdfEntry.bytes }, pdf);
    if (!extracted.ok) {
      losses.push({ kind: 'unreadable-source', item: `${label}${codings}`, reason: `It was not imported: ${extracted.error.message}`, line: source.line });
      continue;
    }
    // The PDF's own text: positions of other tools' text selections do not apply to it, and it has none here.
    out.push(await prepared({ ...source, selections: [] }, extracted.value.text, pdfEntry, extracted.value.pages));
  }
  return out;
}
