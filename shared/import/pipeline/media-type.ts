// The MIME type an original file is stored with, from its extension (what "open the original" hands the system).
import { extensionOf } from '../detect';

const TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  mdown: 'text/markdown',
  htm: 'text/html',
  html: 'text/html',
  xhtml: 'application/xhtml+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
};

export function mediaTypeOf(name: string): string {
  return TYPES[extensionOf(name)] ?? 'application/octet-stream';
}
