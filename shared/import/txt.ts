// Reads a plain text file: decoded (encoding recorded), line ends unified, binary refused as "not text".
import { decodeText } from './decode';
import { failures } from './failures';
import { removeControlCharacters } from './text-builder';
import type { FormatOutput, ReadContext } from './types';

/** Decoded text with "\n" line ends and no BOM or NUL characters; throws not-text for binary data. */
export function decodedLines(bytes: Uint8Array, name: string): { text: string; encoding: string } {
  const decoded = decodeText(bytes);
  if (!decoded) throw failures.notText(name);
  const text = removeControlCharacters(decoded.text)
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');
  return { text, encoding: decoded.encoding };
}

export function readTxt(bytes: Uint8Array, context: ReadContext): FormatOutput {
  const { text, encoding } = decodedLines(bytes, context.name);
  return { text: text.replace(/^\s*\n/, '').trimEnd(), metadata: { encoding } };
}
