// Reads a PDF through an injected pdfjs: text per page with page offsets and labels, metadata, passwords, scans.
import type { PageMark } from '../model';
import { failures, shortReason } from './failures';
import { pageText, type PositionedText } from './pdf-layout';
import { removeControlCharacters } from './text-builder';
import type { FormatOutput, PdfjsModule, ReadContext } from './types';

/** Consecutive unreadable pages after which the rest is not tried (fuzzed files declare millions of pages). */
const MAX_FAILED_PAGES_IN_A_ROW = 20;

/**
 * Whether the file holds image XObjects. Streams never live inside object streams, so an image's dictionary
 * ("/Subtype /Image") is always in the raw bytes; reading it there decodes nothing (a JBIG2 bomb stays harmless).
 */
export function hasImageObjects(bytes: Uint8Array): boolean {
  const chunk = 1 << 20;
  const pattern = /\/Subtype\s*\/Image\b/;
  for (let at = 0; at < bytes.length; at += chunk) {
    let text = '';
    const part = bytes.subarray(at, Math.min(bytes.length, at + chunk + 32));
    for (let i = 0; i < part.length; i += 0x8000) text += String.fromCharCode(...part.subarray(i, i + 0x8000));
    if (pattern.test(text)) return true;
  }
  return false;
}

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
  ModDate?: unknown;
}

function pdfDate(pdfjs: PdfjsModule, value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const date = pdfjs.PDFDateString.toDateObject(value);
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
  } catch {
    return undefined;
  }
}

function infoText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = removeControlCharacters(value).replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

/** SASLprep (RFC 4013) as far as passwords need it: non-ASCII spaces to spaces, "mapped to nothing" removed, NFKC. */
export function saslPrep(password: string): string {
  const mappedToNothing = (cp: number) =>
    cp === 0xad || cp === 0x34f || cp === 0x1806 || (cp >= 0x180b && cp <= 0x180d) || (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;
  return [...password]
    .filter((ch) => !mappedToNothing(ch.codePointAt(0)!))
    .join('')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .normalize('NFKC');
}

function isPasswordError(error: unknown): error is { name: string; code: number } {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'PasswordException';
}

export async function readPdf(bytes: Uint8Array, context: ReadContext): Promise<FormatOutput> {
  if (!context.loadPdfjs) throw failures.noPdfReader(context.name);
  const pdfjs = await context.loadPdfjs();
  const open = (password: string | undefined) =>
    pdfjs.getDocument({
      // pdfjs may transfer the buffer to its worker: give it a copy so the caller keeps the original bytes.
      data: bytes.slice(),
      ...(password !== undefined ? { password } : {}),
      isEvalSupported: false,
      ...context.pdfjsDocumentOptions,
    });
  let task = open(context.password);
  const stop = () => void task.destroy();
  context.signal.addEventListener('abort', stop, { once: true });
  try {
    let doc;
    try {
      try {
        doc = await task.promise;
      } catch (error) {
        const prepared = context.password === undefined ? undefined : saslPrep(context.password);
        if (!isPasswordError(error) || error.code !== 2 || prepared === undefined || prepared === context.password) throw error;
        // AES-256 (revision 6) passwords are SASLprep-ed, which pdfjs does not do: try the prepared form once.
        await task.destroy();
        task = open(prepared);
        doc = await task.promise;
      }
    } catch (error) {
      if (isPasswordError(error)) {
        throw error.code === 2 || context.password ? failures.wrongPassword(context.name) : failures.passwordRequired(context.name);
      }
      if (context.signal.aborted) throw failures.cancelled(context.name);
      throw failures.corrupt(context.name, shortReason(error));
    }
    const warnings: string[] = [];
    const pageCount = doc.numPages;
    const readable = Math.min(pageCount, context.limits.maxPages);
    if (readable < pageCount) warnings.push(`only the first ${readable} of ${pageCount} pages were read (page limit)`);
    const labels = await doc.getPageLabels().catch(() => null);
    const pages: PageMark[] = [];
    let text = '';
    let failedInARow = 0;
    let failedPages = 0;
    for (let number = 1; number <= readable; number++) {
      if (context.signal.aborted) throw failures.cancelled(context.name);
      let content = '';
      try {
        const page = await doc.getPage(number);
        const items = (await page.getTextContent()).items.filter((i): i is PositionedText & typeof i => 'str' in i);
        content = pageText(items).normalize('NFC');
        page.cleanup();
        failedInARow = 0;
      } catch (error) {
        if (context.signal.aborted) throw failures.cancelled(context.name);
        failedPages++;
        failedInARow++;
        warnings.push(`page ${number} could not be read: ${shortReason(error)}`);
        if (failedInARow >= MAX_FAILED_PAGES_IN_A_ROW) {
          warnings.push(`reading stopped after ${failedInARow} unreadable pages in a row`);
          break;
        }
      }
      if (text.length > 0 && content) text += '\n\n';
      const label = labels?.[number - 1];
      pages.push({ page: number, start: text.length, ...(label ? { label } : {}) });
      text += content;
    }
    if (failedPages > 0 && failedPages === pages.length) {
      throw failures.corrupt(context.name, 'none of its pages could be read');
    }
    if (!text.trim()) {
      if (hasImageObjects(bytes)) throw failures.scanned(context.name);
      throw failures.empty(context.name, 'its pages have no text and no images');
    }
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: PdfInfo };
    const title = infoText(info.Title);
    const author = infoText(info.Author);
    const created = pdfDate(pdfjs, info.CreationDate);
    const modified = pdfDate(pdfjs, info.ModDate);
    return {
      text,
      pages,
      ...(title ? { title } : {}),
      metadata: {
        pageCount,
        ...(author ? { author } : {}),
        ...(created ? { created } : {}),
        ...(modified ? { modified } : {}),
      },
      warnings,
    };
  } finally {
    context.signal.removeEventListener('abort', stop);
    await task.destroy().catch(() => undefined);
  }
}
