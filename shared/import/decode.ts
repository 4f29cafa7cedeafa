// Turns the bytes of a text file into a string: byte order marks, BOM-less UTF-16, UTF-8, else a detector.
import { analyse } from 'chardet';

export interface DecodedText {
  text: string;
  /** WHATWG label of the encoding used, e.g. "utf-8", "windows-1250". */
  encoding: string;
}

const SAMPLE = 64 * 1024;

/** Encodings TextDecoder knows under another name, from the detector's names. */
const DETECTOR_LABELS: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** windows-1252 bytes 0x80–0x9F; the rest of the code page equals ISO-8859-1. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x4000) {
    const chunk = Array.from(bytes.subarray(i, i + 0x4000), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}

/**
 * Decodes with a WHATWG label. windows-1252 (also "latin1", "iso-8859-1", "ascii") is decoded here because
 * Node 20's TextDecoder treats it as ISO-8859-1 and turns curly quotes into C1 control characters.
 */
export function decodeAs(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const codePoints: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    codePoints.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
  }
  return codePoints.join('');
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM shows as zero bytes in every other position for Latin text. */
function bomlessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Share of bytes that never occur in text (control characters other than tab, newlines, form feed, escape). */
export function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return 0;
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) suspicious++;
  }
  return suspicious / n;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'utf-32le') return decodeUtf32(bytes, true);
  if (encoding === 'utf-32be') return decodeUtf32(bytes, false);
  return decodeAs(encoding, bytes);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The legacy code page the detector finds most likely, as a TextDecoder label; windows-1252 as last resort. */
export function detectLegacyEncoding(bytes: Uint8Array): string {
  for (const match of analyse(bytes.subarray(0, 256 * 1024))) {
    const label = DETECTOR_LABELS[match.name] ?? match.name.toLowerCase();
    if (label === 'utf-8' || label.startsWith('utf-32') || label.startsWith('iso-2022')) continue;
    try {
      new TextDecoder(label);
      return label;
    } catch {
      // The detector named an encoding this TextDecoder lacks; try the next candidate.
    }
  }
  return 'windows-1252';
}

/**
 * Decodes text bytes, or returns undefined when they look like binary data.
 * `declared` is an encoding the file itself names (HTML meta charset); used when the bytes are not UTF-8
 * and decode under it without errors.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText | undefined {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  if (binaryShare(bytes) > 0.05) return undefined;
  // Valid UTF-8 with multi-byte sequences is practically never legacy text, whatever a page declares.
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (declared) {
    try {
      const encoding = new TextDecoder(declared).encoding;
      const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(declared, { fatal: true }).decode(bytes);
      return { text, encoding };
    } catch {
      // Unknown label or the declaration lies: fall through to detection.
    }
  }
  const legacy = detectLegacyEncoding(bytes);
  return { text: decodeAs(legacy, bytes), encoding: legacy };
}
