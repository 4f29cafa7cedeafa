// JSON for archive data files: byte arrays (in change-log rows and search-index rows) travel as {"$bytes": base64}.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new TextEncoder().encode(ALPHABET);
const VALUES = new Uint8Array(256).fill(255);
for (let i = 0; i < CODES.length; i++) VALUES[CODES[i]!] = i;
const PAD = 61; // "="

/** Table-driven base64: btoa over String.fromCharCode took seconds for a 1,000-document search index. */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >>> 18]!;
    out[o++] = CODES[(n >>> 12) & 63]!;
    out[o++] = CODES[(n >>> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = CODES[n >>> 18]!;
    out[o++] = CODES[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? CODES[(n >>> 6) & 63]! : PAD;
    out[o] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** Throws SyntaxError on anything that is not canonical padded base64. */
export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new SyntaxError('base64 length must be a multiple of 4');
  const input = new TextEncoder().encode(text);
  const padding = input.length === 0 ? 0 : input[input.length - 1] === PAD ? (input[input.length - 2] === PAD ? 2 : 1) : 0;
  const out = new Uint8Array((input.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < input.length; i += 4) {
    const last = i + 4 === input.length;
    const a = VALUES[input[i]!]!;
    const b = VALUES[input[i + 1]!]!;
    const c = last && padding === 2 ? 0 : VALUES[input[i + 2]!]!;
    const d = last && padding >= 1 ? 0 : VALUES[input[i + 3]!]!;
    if ((a | b | c | d) > 63) throw new SyntaxError('not base64');
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/**
 * `bytes`: the rows may hold byte arrays (change log, search index). Other tables are written
 * without a replacer, which is several times faster for large texts.
 */
export function encodeJson(value: unknown, options: { bytes?: boolean } = { bytes: true }): Uint8Array {
  const text = options.bytes
    ? JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: toBase64(v) } : v))
    : JSON.stringify(value);
  return new TextEncoder().encode(text);
}

/** Throws SyntaxError on malformed JSON or base64; the reader turns that into a "damaged" error. */
export function decodeJson(bytes: Uint8Array, options: { bytes?: boolean } = { bytes: true }): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!options.bytes) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const encoded = (v as { $bytes?: unknown }).$bytes;
      if (typeof encoded === 'string' && Object.keys(v).length === 1) return fromBase64(encoded);
    }
    return v;
  });
}
