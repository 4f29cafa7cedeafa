// Decides a file's format from its extension, sniffing magic bytes when the extension lies (%PDF, PK zip, {\rtf).
import { unzipSync } from 'fflate';
import type { SourceFormat } from '../model';

export type ImportFormat = Exclude<SourceFormat, 'qdpx' | 'sample'>;

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', mdown: 'md', htm: 'html', html: 'html', xhtml: 'html',
  docx: 'docx', pdf: 'pdf', odt: 'odt', rtf: 'rtf', vtt: 'vtt', srt: 'srt',
};

export interface FormatGuess {
  format?: ImportFormat;
  extension: string;
  /** Set when the content contradicts the extension. */
  warning?: string;
}

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, ascii: string, from = 0): boolean {
  if (bytes.length < from + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[from + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function zipKind(bytes: Uint8Array): ImportFormat | 'zip' {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return 'zip';
  }
  if (names.includes('word/document.xml') || names.some((n) => /^word\/.*\.xml$/.test(n))) return 'docx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'odt';
  return 'zip';
}

/** What the bytes say they are, when they carry a signature. */
export function sniffFormat(bytes: Uint8Array): ImportFormat | 'zip' | undefined {
  const bom = startsWith(bytes, '\xef\xbb\xbf') ? 3 : 0;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return zipKind(bytes);
  if (startsWith(bytes, '{\\rtf', bom)) return 'rtf';
  if (startsWith(bytes, 'WEBVTT', bom)) return 'vtt';
  return undefined;
}

export function detectFormat(name: string, bytes: Uint8Array): FormatGuess {
  const extension = extensionOf(name);
  const byExtension = EXTENSIONS[extension];
  const sniffed = sniffFormat(bytes);
  if (!sniffed || sniffed === byExtension) return { format: byExtension, extension };
  if (sniffed === 'zip') {
    // A zip that is neither docx nor odt: let the named reader say what is missing.
    return byExtension === 'docx' || byExtension === 'odt' ? { format: byExtension, extension } : { extension };
  }
  if (sniffed === 'vtt' && byExtension === 'txt') return { format: byExtension, extension };
  const shown = extension ? `.${extension}` : 'no extension';
  return {
    format: sniffed,
    extension,
    warning: `the file has ${shown} but its content is ${sniffed.toUpperCase()}: read as ${sniffed.toUpperCase()}`,
  };
}
