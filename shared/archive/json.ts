// JSON for archive data files: byte arrays (inside change-log rows) travel as {"$bytes": base64}.

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return globalThis.btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = globalThis.atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeJson(value: unknown): Uint8Array {
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: toBase64(v) } : v));
  return new TextEncoder().encode(text);
}

/** Throws SyntaxError on malformed JSON or base64; the reader turns that into a "damaged" error. */
export function decodeJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const encoded = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof encoded === 'string') return fromBase64(encoded);
    }
    return v;
  });
}
