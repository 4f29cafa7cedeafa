// The failures of reading one file, each a sentence naming the file that a researcher understands.
import { DomainError } from '../result';
import type { ExtractionFailureCode } from './types';

export class ExtractionError extends DomainError {
  constructor(code: ExtractionFailureCode, message: string) {
    super(code, message);
    this.name = 'ExtractionError';
  }
}

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const failures = {
  unsupported: (name: string, extension: string) =>
    new ExtractionError(
      'unsupported-format',
      extension
        ? `${name} is not a format Comparanda can import (.${extension}); use txt, md, html, docx, pdf, odt, rtf, vtt or srt`
        : `${name} has no file extension and its content is not a format Comparanda can import`,
    ),
  noPdfReader: (name: string) =>
    new ExtractionError('unsupported-format', `${name} cannot be read here: no PDF reader was provided (loadPdfjs)`),
  notText: (name: string) => new ExtractionError('not-text', `${name} is not text: it looks like binary data`),
  passwordRequired: (name: string) =>
    new ExtractionError('password-required', `${name} is protected by a password: give the password to import it`),
  wrongPassword: (name: string) =>
    new ExtractionError('wrong-password', `${name} could not be opened: wrong password`),
  scanned: (name: string) => new ExtractionError('scanned-no-text', `${name} is scanned: no text (needs OCR)`),
  corrupt: (name: string, reason: string) =>
    new ExtractionError('corrupt', `${name} is damaged and cannot be read: ${reason}`),
  tooLarge: (name: string, size: number, limit: number) =>
    new ExtractionError('too-large', `${name} is too large to import (${megabytes(size)}; the limit is ${megabytes(limit)})`),
  bomb: (name: string, size: number, limit: number) =>
    new ExtractionError(
      'too-large',
      `${name} unpacks to ${megabytes(size)}, more than the ${megabytes(limit)} allowed: refused as a possible zip bomb`,
    ),
  lyingSize: (name: string, entry: string) =>
    new ExtractionError('too-large', `${name} was refused as a possible zip bomb: its part "${entry}" unpacks to more than the package declares`),
  timeout: (name: string, ms: number) =>
    new ExtractionError('timeout', `${name} took longer than ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`} to read and was stopped`),
  empty: (name: string, detail = 'it contains no text') => new ExtractionError('empty', `${name} is empty: ${detail}`),
  cancelled: (name: string) => new ExtractionError('cancelled', `reading ${name} was cancelled`),
};

/** A short reason from anything thrown by a third-party reader, without stack traces. */
export function shortReason(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n')[0]?.trim() ?? '';
  const clipped = firstLine.length > 160 ? `${firstLine.slice(0, 157)}…` : firstLine;
  return clipped || 'unknown error';
}
